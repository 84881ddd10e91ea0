import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youth2018, youth2021 } from '../../src/index.js';
import {
  casesToRows,
  casesWorkbook,
  judgementsToRows,
  readCasesWorkbook,
  toCsv,
} from '../../src/sheets.js';

describe('the example sheets in examples/ are what the library writes', () => {
  for (const framework of [youth2018, youth2021]) {
    it(`${framework.id}: blank CSV and workbook templates match the framework`, async () => {
      expect(readFileSync(`examples/templates/${framework.id}-cases.csv`, 'utf8')).toBe(
        toCsv(casesToRows(framework)),
      );
      expect(readFileSync(`examples/templates/${framework.id}-judgements.csv`, 'utf8')).toBe(
        toCsv(judgementsToRows(framework)),
      );
      const book = await readCasesWorkbook(
        readFileSync(`examples/templates/${framework.id}-audit.xlsx`),
        { framework },
      );
      expect(book.cases.cases).toEqual([]);
      // Byte for byte what casesWorkbook writes now (its Ratings sheet included): npm run examples.
      expect(
        Buffer.from(readFileSync(`examples/templates/${framework.id}-audit.xlsx`)).equals(
          Buffer.from(await casesWorkbook(framework)),
        ),
      ).toBe(true);
    });
  }
});
