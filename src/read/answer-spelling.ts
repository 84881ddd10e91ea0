import { type Answer } from 'hmip-ratings/cases';
import { quoteText } from 'hmip-ratings/toolkit';

/** How one typed answer reads: an answer, blank, ambiguous, or not an answer at all. */
export type Spelling =
  | { readonly answer: Answer }
  | { readonly blank: true }
  | { readonly ambiguous: string }
  | { readonly invalid: string };

const SPELLINGS = new Map<string, Answer>([
  ['y', 'yes'],
  ['yes', 'yes'],
  ['n', 'no'],
  ['no', 'no'],
  ['na', 'not applicable'],
  ['n/a', 'not applicable'],
  ['n.a.', 'not applicable'],
  ['n.a', 'not applicable'],
  ['not applicable', 'not applicable'],
  ['not-applicable', 'not applicable'],
]);

// Each spelling's reading, made once and shared (frozen, so no caller can change it).
const READ = new Map<string, Spelling>(
  [...SPELLINGS].map(([spelling, answer]) => [spelling, Object.freeze({ answer })]),
);
const BLANK: Spelling = Object.freeze({ blank: true });

// Marks that people use both ways: a tick-box "x" is yes to some teams and no to others.
const AMBIGUOUS = new Map<string, string>([
  ['x', '"x" can mean yes (a tick) or no (a cross)'],
  ['?', '"?" is not a judgement'],
  ['-', '"-" can mean no or not applicable'],
]);

/**
 * Reads an answer as people type it in a spreadsheet: Y/N/NA, Yes/No/N/A or "not applicable", in
 * any case and with surrounding spaces. Anything that could be read two ways is ambiguous, and so
 * is an answer marked with doubt ("yes?").
 *
 * @example
 * readAnswer(' Yes ') // => { answer: 'yes' }
 * readAnswer('N/A') // => { answer: 'not applicable' }
 * readAnswer('y/n') // => { ambiguous: '"y/n" reads as both yes and no' }
 * readAnswer('yes?') // => { ambiguous: '"yes?" is marked with doubt' }
 * @category Sheets
 */
export function readAnswer(cell: string): Spelling {
  if (typeof cell !== 'string') return { invalid: 'an answer must be text' };
  // Most cells are typed exactly as a spelling, or blank: read those without normalising.
  if (cell === '') return BLANK;
  const exact = READ.get(cell);
  if (exact) return exact;
  const text = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return BLANK;
  const answer = READ.get(text);
  if (answer) return answer;
  const known = AMBIGUOUS.get(text);
  if (known) return { ambiguous: known };
  if (text.includes('?')) return { ambiguous: `${quoteText(cell.trim())} is marked with doubt` };
  // Split on separators; split on "/" too, unless the part is itself a spelling such as "n/a".
  const parts = text
    .split(/\s*(?:,|;|\||\bor\b|&|\band\b)\s*/)
    .flatMap((p) => (SPELLINGS.has(p) ? [p] : p.split(/\s*\/\s*/)))
    .filter(Boolean);
  const readings = new Set(parts.map((p) => SPELLINGS.get(p)).filter(Boolean));
  if (parts.length > 1 && readings.size > 1) {
    return { ambiguous: `${quoteText(cell.trim())} reads as both ${[...readings].join(' and ')}` };
  }
  return { invalid: `${quoteText(cell.trim())} is not an answer: use yes, no or n/a` };
}
