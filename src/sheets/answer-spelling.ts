import type { Answer } from '../cases/case-record.js';

/** How one typed answer reads: an answer, blank, ambiguous, or not an answer at all. */
export type Spelling =
  | { readonly answer: Answer }
  | { readonly blank: true }
  | { readonly ambiguous: string }
  | { readonly invalid: string };

const SPELLINGS: Readonly<Record<string, Answer>> = {
  y: 'yes',
  yes: 'yes',
  n: 'no',
  no: 'no',
  na: 'not applicable',
  'n/a': 'not applicable',
  'n.a.': 'not applicable',
  'n.a': 'not applicable',
  'not applicable': 'not applicable',
  'not-applicable': 'not applicable',
};

// Marks that people use both ways: a tick-box "x" is yes to some teams and no to others.
const AMBIGUOUS: Readonly<Record<string, string>> = {
  x: '"x" can mean yes (a tick) or no (a cross)',
  '?': '"?" is not a judgement',
  '-': '"-" can mean no or not applicable',
};

/**
 * Reads an answer as people type it in a spreadsheet: Y/N/NA, Yes/No/N/A or "not applicable", in
 * any case and with surrounding spaces. Anything that could be read two ways is ambiguous.
 *
 * @example
 * readAnswer(' Yes ') // => { answer: 'yes' }
 * readAnswer('N/A') // => { answer: 'not applicable' }
 * readAnswer('y/n') // => { ambiguous: '"y/n" reads as both yes and no' }
 */
export function readAnswer(cell: string): Spelling {
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { blank: true };
  const answer = SPELLINGS[text];
  if (answer) return { answer };
  const known = AMBIGUOUS[text];
  if (known) return { ambiguous: known };
  // Split on separators; split on "/" too, unless the part is itself a spelling such as "n/a".
  const parts = text
    .split(/\s*(?:,|;|\||\bor\b|&|\band\b)\s*/)
    .flatMap((p) => (SPELLINGS[p] ? [p] : p.split(/\s*\/\s*/)))
    .filter(Boolean);
  const readings = new Set(parts.map((p) => SPELLINGS[p]).filter(Boolean));
  if (parts.length > 1 && readings.size > 1) {
    return { ambiguous: `"${cell.trim()}" reads as both ${[...readings].join(' and ')}` };
  }
  return { invalid: `"${cell.trim()}" is not an answer: use yes, no or n/a` };
}
