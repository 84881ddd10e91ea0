// Rate a mock inspection from case answers: read a case-audit CSV and the panel's judgements,
// tally, rate, and say what would change each rating.
import { readFileSync } from 'node:fs';
import { youth2021 } from 'hmip-ratings';
import { formatReport, rateSheets, readCasesCsv, readJudgementsCsv } from 'hmip-ratings-sheets';

const cases = readCasesCsv(readFileSync('examples/cumberland/cases.csv', 'utf8'), {
  framework: youth2021,
  file: 'cases.csv',
});
const judgements = readJudgementsCsv(readFileSync('examples/cumberland/judgements.csv', 'utf8'), {
  framework: youth2021,
  file: 'judgements.csv',
});
const { rating, margins, tally } = rateSheets(cases, judgements);

console.log(
  `${tally.cases.court} court cases and ${tally.cases.outOfCourt} out-of-court disposals`,
);
console.log(formatReport({ rating, margins }, 'table'));
