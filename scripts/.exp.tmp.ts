import { readFileSync } from 'node:fs';
import { youth2021 } from '../src/index.js';
import { csvRows } from '../src/sheets/csv.js';
import { readCaseRows } from '../src/sheets/case-sheet.js';
const text = readFileSync('/root/wb/big.csv', 'utf8');
let t = performance.now();
const rows = csvRows(text, 'big.csv');
console.log('csvRows', Math.round(performance.now() - t), rows.length);
t = performance.now();
const { sheet, issues } = readCaseRows(
  rows,
  { framework: youth2021, file: 'big.csv' },
  { rows: rows as string[][] },
);
console.log('readCaseRows', Math.round(performance.now() - t), sheet.cases.length, issues.length);
