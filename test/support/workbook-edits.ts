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

/**
 * The workbook retyped as people type (each word respelled throughout, in its shared string) and
 * with a wrong cached result in every formula cell of the Ratings sheet (xl/worksheets/sheet3.xml:
 * Cases, Judgements, Ratings, Questions), which the spreadsheet must recalculate.
 */
export function retyped(bytes: Uint8Array, seed: number): Uint8Array {
  const r = randomSource(seed ^ 0x5eed);
  const files = entriesOf(Buffer.from(bytes)).filter((e) => !e.name.endsWith('/'));
  const entries = files.map((e) => {
    if (e.name !== 'xl/sharedStrings.xml' && e.name !== 'xl/worksheets/sheet3.xml') return e;
    let xml = inflated(e).toString('utf8');
    if (e.name === 'xl/sharedStrings.xml')
      xml = xml.replace(/<t>([^<]*)<\/t>/g, (whole, word: string) => {
        const ways = SPELLINGS[word];
        const way = ways ? (ways[r.below(ways.length)] as string) : undefined;
        return way === undefined ? whole : `<t xml:space="preserve">${way}</t>`;
      });
    else
      xml = xml.replace(
        /<c r="([A-Z]+[0-9]+)"( s="[0-9]+")?><f>([^<]*)<\/f><\/c>/g,
        '<c r="$1"$2 t="str"><f>$3</f><v>WRONG</v></c>',
      );
    return entry(e.name, Buffer.from(xml, 'utf8'));
  });
  return new Uint8Array(zipOf(entries));
}
