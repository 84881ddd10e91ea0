// Draw an audit sample from a caseload the way HMIP draws an inspection sample, and print the
// plan: the windows, the eligible and left-out counts, each kind's size and the strata table.
// examples/caseload.csv and examples/audited.csv are INVENTED (scripts/make-caseload.ts).
import { readFileSync } from 'node:fs';
import { sampleSize } from 'hmip-ratings/sampling';
import { youth2021 } from 'hmip-ratings';
import {
  casesToRows,
  formatSamplePlan,
  readAuditLog,
  readCaseload,
  sampleCaseload,
  sampleCases,
  toCsv,
} from 'hmip-ratings-sheets';

const caseload = await readCaseload({
  name: 'caseload.csv',
  data: readFileSync('examples/caseload.csv', 'utf8'),
});
const auditLog = await readAuditLog({
  name: 'audited.csv',
  data: readFileSync('examples/audited.csv', 'utf8'),
});

// Fieldwork starts on Monday 7 July 2025; the seed makes the draw reproducible.
const sample = sampleCaseload(caseload, { fieldwork: '2025-07-07', auditLog, seed: 2021 });
console.log(formatSamplePlan(sample, 'table'));

// The size rule on its own: HMIP's inferred design gives Cheshire's 34 and 23.
console.log(
  `42 eligible court cases: ${sampleSize(42).size}; 26 out-of-court: ${sampleSize(26).size}`,
);

// The sample as an audit sheet, ready to fill in and rate (write it to a file to use it).
const sheet = toCsv(casesToRows(youth2021, sampleCases(sample)));
console.log(`The audit sheet has ${sheet.trimEnd().split('\n').length - 1} rows of cases.`);
