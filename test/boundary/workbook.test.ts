// Named regressions for reading workbooks (issue 8): integrity, hidden sheets, sheet names in any
// case, merged cells, and limits that refuse bombs and giant sheets at once, in bounded memory.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { youth2021 } from '../../src/index.js';
import { casesToRows, rateAudit, readCasesWorkbook, LIMITS } from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { entriesOf, entry, inflated, repeated, zipOf, type Entry } from '../fixtures/zip.js';
import { refusedAsync as refused } from '../support/refused.js';

const AUDIT = readFileSync('examples/cumberland/audit.xlsx');

const rate = (data: Uint8Array, name = 'audit.xlsx') => rateAudit({ cases: { name, data } });

/** A workbook with the Cumberland cases on a sheet of this name and state, and the judgements. */
async function workbook(
  sheets: readonly {
    name: string;
    state?: 'visible' | 'hidden' | 'veryHidden';
    rows?: string[][];
  }[],
  edit?: (book: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { state: s.state ?? 'visible' });
    sheet.addRows(s.rows ?? casesToRows(youth2021, cumberlandCases()));
  }
  edit?.(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
const judgementRows = [
  ['standard', 'rating', 'reason'],
  ...Object.entries(cumberlandJudgements).map(([id, j]) =>
    'rating' in j ? [id, j.rating, ''] : [id, j.discretion.rating, j.discretion.reason],
  ),
];

describe('integrity: a damaged workbook is refused, never read', () => {
  it('one flipped bit that still inflates (only the CRC-32 can tell) is refused', async () => {
    const entries = entriesOf(AUDIT);
    const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml') as Entry;
    const original = inflated(strings);
    let damaged: Buffer | undefined;
    for (let bit = 64; bit < strings.compressed.length * 8 - 16 && !damaged; bit++) {
      const copy = Buffer.from(AUDIT);
      const at = (strings.dataAt as number) + (bit >> 3);
      copy[at] = (copy[at] as number) ^ (1 << (bit & 7));
      try {
        const out = inflateRawSync(
          copy.subarray(strings.dataAt, (strings.dataAt as number) + strings.compressed.length),
        );
        if (
          out.length === original.length &&
          !out.equals(original) &&
          /^[\x20-\x7e]*$/.test(out.toString('latin1'))
        )
          damaged = copy;
      } catch {
        // this bit breaks the deflate stream itself: try the next
      }
    }
    expect(damaged).toBeDefined();
    const e = await refused(() => rate(damaged as Buffer));
    expect(e.issues.map((i) => i.code)).toEqual(['invalid-file']);
    expect(e.issues[0]?.message).toMatch(/fails its integrity check.*CRC-32/);
  });

  it('a size that lies, and an entry that is not deflate data, are refused', async () => {
    const entries = entriesOf(AUDIT);
    const lying = zipOf(
      entries.map((e) => (e.name.endsWith('sheet1.xml') ? { ...e, declared: 100 } : e)),
    );
    expect((await refused(() => rate(lying))).issues[0]?.code).toBe('invalid-file');
    const garbage = zipOf(
      entries.map((e) =>
        e.name.endsWith('sheet1.xml') ? { ...e, compressed: Buffer.from('not deflate') } : e,
      ),
    );
    expect((await refused(() => rate(garbage))).issues[0]?.code).toBe('invalid-file');
    expect(
      (await refused(() => rate(Buffer.from('PK\u0003\u0004 not a zip')))).issues[0]?.code,
    ).toBe('invalid-file');
    expect(
      (await refused(() => rate(Buffer.from('case,kind'), 'audit.xlsx'))).issues[0]?.message,
    ).toContain('not a workbook');
  });
});

describe('sheets: visible only, names in any case, and what was found is said', () => {
  it('a very hidden sheet is never read, even when it is the only one named Cases', async () => {
    const book = await workbook([
      { name: 'Notes', rows: [['nothing here']] },
      { name: 'Cases', state: 'veryHidden' },
    ]);
    const e = await refused(() => rate(book));
    expect(e.issues[0]?.message).toBe(
      'the workbook has no visible sheet named Cases: found "Notes" (hidden sheets are not read: "Cases")',
    );
    const direct = await refused(() => readCasesWorkbook(book, { framework: youth2021 }));
    expect(direct.issues[0]?.code).toBe('missing-sheet');
  });

  it('sheet names match in any case: "cases" and "judgements" are read, not ignored', async () => {
    const book = await workbook([{ name: 'cases' }, { name: 'JUDGEMENTS', rows: judgementRows }]);
    expect((await rate(book)).rating.score).toBe(12);
    const hidden = await workbook([
      { name: 'cases' },
      { name: 'judgements', state: 'hidden', rows: judgementRows },
    ]);
    expect((await refused(() => rate(hidden))).issues.map((i) => i.code)).toEqual([
      'missing-judgements',
    ]);
  });

  it('merged cells in the answers are refused, naming the range', async () => {
    const book = await workbook(
      [{ name: 'Cases' }, { name: 'Judgements', rows: judgementRows }],
      (b) => b.getWorksheet('Cases')?.mergeCells('D2:F2'),
    );
    const e = await refused(() => rate(book));
    expect(`${e.issues[0]?.code} ${e.issues[0]?.location?.file}`).toBe(
      'merged-cells audit.xlsx [Cases]',
    );
    expect(e.issues[0]?.message).toContain('cells D2:F2 are merged');
  });
});

describe('limits: refused at once, in bounded memory', () => {
  it('one cell at XFD1048576 is refused without building the sheet', async () => {
    const book = await workbook([{ name: 'Cases' }], (b) => {
      const sheet = b.getWorksheet('Cases') as ExcelJS.Worksheet;
      sheet.getCell('XFD1048576').value = 'yes';
    });
    const e = await refused(() => rate(book));
    expect(e.issues[0]?.code).toBe('limit-exceeded');
    expect(e.issues[0]?.message).toMatch(/beyond (row|column)/);
  });

  describe('zip bombs', () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const row = '<row><c t="inlineStr"><is><t>yes</t></is></c></row>';
    let bomb: Entry;
    beforeAll(async () => {
      bomb = await repeated(
        'xl/worksheets/sheet1.xml',
        xml,
        row,
        '</sheetData></worksheet>',
        512 * 1024 * 1024,
      );
    }, 60_000);
    const withSheet = (sheet: Entry & { declared?: number }) =>
      zipOf(entriesOf(AUDIT).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? sheet : e)));

    it('a 512 MB sheet in 1.5 MB of zip (a ratio no sheet has) is refused', async () => {
      expect(bomb.compressed.length).toBeLessThan(2 * 1024 * 1024);
      const e = await refused(() => rate(withSheet(bomb)));
      expect(e.issues[0]?.code).toBe('limit-exceeded');
      expect(e.issues[0]?.message).toMatch(/ratio|beyond row/);
    });

    it('the same bomb declaring a small size is refused as soon as it passes it', async () => {
      const e = await refused(() => rate(withSheet({ ...bomb, declared: 4000 })));
      expect(e.issues[0]?.message).toContain('inflates past its declared size');
    });

    it('a workbook declaring more than the unzipped limit is refused before anything is inflated', async () => {
      const big = {
        ...entry('xl/worksheets/sheet1.xml', Buffer.from(xml)),
        declared: LIMITS.unzippedBytes + 1,
      };
      const e = await refused(() => rate(withSheet(big)));
      expect(e.issues[0]?.code).toBe('limit-exceeded');
    });

    it('the limits are options: a lower row limit refuses a sheet with more rows', async () => {
      const e = await refused(() =>
        rateAudit({ cases: { name: 'audit.xlsx', data: AUDIT } }, { limits: { rows: 5 } }),
      );
      expect(e.issues[0]?.message).toContain('beyond row 5');
    });
  });
});
