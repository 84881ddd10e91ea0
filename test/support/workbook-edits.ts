// Edits to a workbook the library wrote, made in its zip as a person's spreadsheet would leave
// them: words respelled, and cached formula results that are wrong.
import { randomSource } from '../../src/model/random.js';
import { entriesOf, entry, inflated, zipOf } from '../fixtures/zip.js';

/** Spellings people type that the readers accept, for the words the workbook writes. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  yes: ['Y', 'y', 'YES', 'Yes'],
  no: ['N', 'n', 'No', 'NO'],
  'n/a': ['NA', 'N/A', 'not applicable'],
  Good: ['good', ' Good ', 'GOOD'],
  'Requires improvement': ['requires-improvement', 'REQUIRES_IMPROVEMENT', 'requires  improvement'],
  Outstanding: ['outstanding'],
  Inadequate: ['inadequate '],
};

/** The workbook with some of its zip's XML entries changed. */
function edited(bytes: Uint8Array, edits: Readonly<Record<string, (xml: string) => string>>) {
  const files = entriesOf(Buffer.from(bytes)).filter((e) => !e.name.endsWith('/'));
  const entries = files.map((e) => {
    const edit = Object.hasOwn(edits, e.name) ? edits[e.name] : undefined;
    return edit ? entry(e.name, Buffer.from(edit(inflated(e).toString('utf8')), 'utf8')) : e;
  });
  return new Uint8Array(zipOf(entries));
}

/**
 * The workbook with a wrong cached result, `WRONG`, in every formula cell of its Ratings sheet
 * (xl/worksheets/sheet3.xml: Cases, Judgements, Ratings, Questions).
 */
export function withWrongCachedResults(bytes: Uint8Array): Uint8Array {
  return edited(bytes, {
    'xl/worksheets/sheet3.xml': (xml) =>
      xml.replace(
        /<c r="([A-Z]+[0-9]+)"( s="[0-9]+")?><f>([^<]*)<\/f><\/c>/g,
        '<c r="$1"$2 t="str"><f>$3</f><v>WRONG</v></c>',
      ),
  });
}

/**
 * The workbook retyped as people type (each word respelled throughout, in its shared string), with
 * wrong cached results that the spreadsheet must recalculate.
 */
export function retyped(bytes: Uint8Array, seed: number): Uint8Array {
  const r = randomSource(seed ^ 0x5eed);
  return withWrongCachedResults(
    edited(bytes, {
      'xl/sharedStrings.xml': (xml) =>
        xml.replace(/<t>([^<]*)<\/t>/g, (whole, word: string) => {
          const ways = Object.hasOwn(SPELLINGS, word) ? SPELLINGS[word] : undefined;
          const way = ways ? (ways[r.below(ways.length)] as string) : undefined;
          return way === undefined ? whole : `<t xml:space="preserve">${way}</t>`;
        }),
    }),
  );
}
