// A valid call of each exported function of both packages: the fuzz suites start from these and
// make one value hostile at a time. A test in fuzz.test-prop.ts checks the table names only real
// exports.
import { readFileSync } from 'node:fs';
import { api } from '../support/entries.js';
import type { CaseloadRecord } from '../../src/sampling/index.js';
import * as sheets from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';

const { cumberland2024, youth2021, youth2018 } = api;

export const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
export const JUDGEMENTS = readFileSync('examples/cumberland/judgements.csv', 'utf8');
export const AUDIT = readFileSync('examples/cumberland/audit.xlsx');
const rating = api.rateInspection(cumberland2024);
const CASELOAD = readFileSync('examples/caseload.csv', 'utf8');
const caseload: CaseloadRecord[] = [
  {
    id: 'C1',
    kind: 'court',
    disposal: 'community-sentence',
    date: '2024-11-15',
    attributes: { gender: 'girl' },
  },
  {
    id: 'C2',
    kind: 'court',
    disposal: 'custodial-sentence',
    date: '2024-12-01',
    attributes: { gender: 'boy' },
  },
  {
    id: 'C3',
    kind: 'out-of-court',
    disposal: 'youth-caution',
    date: '2025-03-01',
    attributes: { gender: 'boy' },
  },
];
const withTeams = cumberlandCases().map((c, i) => ({
  ...c,
  attributes: { team: i % 3 === 0 ? 'North' : 'South' },
}));
/** A grade for each of the Cumberland cases, one not graded. */
const GRADED = withTeams.map((_, i) => (i === 0 ? null : i % 4 === 0 ? 'Inadequate' : 'Good'));
const audits = [
  { date: '2024-01-15', label: 'January', rating },
  { date: '2024-04-15', rating },
];
const trend = api.auditTrend(youth2021, audits);
const caseloadSheet = {
  file: 'caseload.csv',
  framework: youth2021,
  records: caseload,
  rows: [2, 3, 4],
  columns: {},
};

/** A valid call of each exported function, from which hostile calls are made. */
export const VALID: Record<string, () => unknown[]> = {
  rateInspection: () => [cumberland2024, { banding: 'exact' }],
  safeRateInspection: () => [cumberland2024],
  rateCases: () => [youth2021, cumberlandCases(), cumberlandJudgements, {}],
  tallyCases: () => [youth2021, cumberlandCases(), { unanswered: 'leave-out' }],
  createLiveAudit: () => [
    youth2021,
    { cases: cumberlandCases(), judgements: cumberlandJudgements, banding: 'exact' },
  ],
  ratingMargins: () => [rating, youth2021],
  ratingsTable: () => [rating],
  discretionTriggers: () => [
    rating.byStandard['2.1']?.keyQuestions,
    youth2021.keyQuestionBands,
    youth2021.discretion,
    {},
  ],
  lowestKeyQuestion: () => [
    rating.byStandard['2.1']?.keyQuestions,
    youth2021.keyQuestionBands,
    'rounded',
  ],
  percentYes: () => [5, 8],
  bandFor: () => [64, youth2021],
  bandForCounts: () => [20, 31, { banding: 'exact' }],
  overallBandFor: () => [12, youth2021],
  ratingScore: () => ['Good', youth2021],
  ratingRank: () => ['Good'],
  defineFramework: () => [{ ...youth2018, id: 'local' }],
  standardsOf: () => [youth2021],
  keyQuestionsOf: () => [youth2018],
  formatPath: () => [['standards', '2.1']],
  formatLocation: () => [{ file: 'a.csv', row: 2, column: 'B' }],
  plainText: () => ['text'],
  csvRows: () => [CASES, 'cases.csv'],
  toCsv: () => [[['a', 'b']]],
  readCasesCsv: () => [CASES, { framework: youth2021, file: 'cases.csv' }],
  readJudgementsCsv: () => [JUDGEMENTS, { framework: youth2021 }],
  casesFromRows: () => [sheets.csvRows(CASES, 'c.csv'), { framework: youth2021, file: 'c.csv' }],
  judgementsFromRows: () => [
    sheets.csvRows(JUDGEMENTS, 'j.csv'),
    { framework: youth2021, file: 'j.csv' },
  ],
  judgementsFromJson: () => [
    JSON.stringify(cumberlandJudgements),
    { file: 'j.json', framework: youth2021 },
  ],
  rateSheets: () => [
    sheets.readCasesCsv(CASES, { framework: youth2021 }),
    sheets.readJudgementsCsv(JUDGEMENTS, { framework: youth2021 }),
  ],
  rateAudit: () => [
    { cases: { name: 'cases.csv', data: CASES }, judgements: { name: 'j.csv', data: JUDGEMENTS } },
    {},
  ],
  readCasesWorkbook: () => [new Uint8Array(AUDIT), { framework: youth2021 }],
  readColumnMap: () => [{ name: 'columns.csv', data: 'heading,key question\nDesistance?,2.1.1\n' }],
  formatReport: () => [{ rating }, 'markdown'],
  promptTableCsv: () => [api.tallyCases(youth2018, [])],
  casesToRows: () => [youth2021, cumberlandCases()],
  judgementsToRows: () => [youth2021, cumberlandJudgements],
  questionIds: () => [youth2018],
  readAnswer: () => ['yes'],
  drawSample: () => [youth2021, caseload, { fieldwork: '2025-07-07', seed: 3 }],
  sampleSize: () => [42, { policy: 'fraction', fraction: 0.2, minimum: 20 }],
  addCalendarMonths: () => ['2025-01-31', -1],
  normalQuantile: () => [0.9],
  keyQuestionInterval: () => [3, 8, { level: 0.8, banding: 'exact' }],
  ratingIntervals: () => [rating, youth2021, { level: 0.9 }],
  intervalRows: () => [api.ratingIntervals(rating, youth2021)],
  resampleRating: () => [
    youth2021,
    cumberlandCases(),
    cumberlandJudgements,
    { resamples: 20, seed: 5 },
  ],
  resampleRows: () => [
    api.resampleRating(youth2021, cumberlandCases(), cumberlandJudgements, { resamples: 20 }),
    { cells: 'count' },
  ],
  breakdownByGroup: () => [youth2021, withTeams, 'team', { suppressBelow: 3 }],
  breakdownRows: () => [api.breakdownByGroup(youth2021, withTeams, 'team')],
  gradeDistribution: () => [GRADED, { level: 0.9 }],
  gradesByGroup: () => [withTeams, GRADED, 'team', { suppressBelow: 3 }],
  gradeCrossTab: () => [youth2021, withTeams, GRADED, { unanswered: 'leave-out' }],
  summariseGrades: () => [youth2021, withTeams, GRADED, { by: 'team' }],
  gradeSummaryRows: () => [api.summariseGrades(youth2021, withTeams, GRADED, { by: 'team' })],
  weightedKappa: () => [
    [
      [13, 0, 0],
      [0, 20, 7],
      [0, 4, 56],
    ],
    'quadratic',
  ],
  compareGrades: () => [[{ case: 'c1', grade: 'Good' }], [{ case: 'c1', grade: 'Inadequate' }]],
  readCaseload: () => [{ name: 'caseload.csv', data: CASELOAD }, {}],
  readAuditLog: () => [{ name: 'audited.csv', data: 'case,date\nYJ-4101,2025-01-02\n' }],
  sampleCaseload: () => [caseloadSheet, { fieldwork: '2025-07-07', seed: 9 }],
  auditTrend: () => [youth2021, audits, { level: 0.9 }],
  shareChange: () => [{ yes: 3, of: 8 }, { yes: 11, of: 12 }, { level: 0.8 }],
  trendRows: () => [trend],
  trendFiles: () => [
    [
      { name: 'a-2024-01-15.csv', data: CASES },
      { name: 'a-2024-01-15-judgements.csv', data: '' },
    ],
  ],
  trendAudits: () => [
    [
      { cases: { name: 'a-2024-01-15.csv', data: CASES } },
      { cases: { name: 'b.csv', data: CASES }, date: '2024-04-15', label: 'April' },
    ],
    { level: 0.8 },
  ],
  formatTrend: () => [trend, 'markdown'],
  trendCharts: () => [trend, { width: 400 }],
  trendReport: () => [trend, { version: '1.0.0', date: '2024-05-01' }],
  keyQuestionChart: () => [rating, '2.1', { width: 400 }],
  ratingGridChart: () => [rating, { width: 400 }],
  overallScoreChart: () => [rating, {}],
  ratingCharts: () => [rating, { width: 500 }],
  htmlReport: () => [{ rating }, { date: '2025-03-07', version: '1.0.0' }],
  resultsWorkbook: () => [{ rating, tally: api.tallyCases(youth2021, cumberlandCases()) }],
};

const { toolkit, ...core } = api;
/** Every exported function of both packages by name, the toolkit's included. */
export const EXPORTED = { ...core, ...toolkit, ...sheets } as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;

/** Where an object sits inside a call's arguments: the keys from the argument list down. */
export type ArgumentPath = readonly (string | number)[];

/**
 * Paths to the objects inside a call's arguments (not the argument list itself), depth first:
 * records, and lists too unless `lists` is false, at most `depth` steps down.
 */
export function objectPaths(
  args: unknown,
  { lists = true, depth = Infinity }: { lists?: boolean; depth?: number } = {},
): ArgumentPath[] {
  const out: ArgumentPath[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: ArgumentPath) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value))
      return;
    seen.add(value);
    if (path.length > 0 && (lists || !Array.isArray(value))) out.push(path);
    if (path.length < depth)
      for (const key of Object.keys(value))
        walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(args, []);
  return out;
}

/** A fresh copy of a valid call's arguments (bytes and functions as they are), and the object at `path` in it. */
export function callWithTarget(
  make: () => unknown[],
  path: ArgumentPath,
): { readonly args: unknown[]; readonly target: object } {
  const args = make().map((a) =>
    a instanceof Uint8Array || typeof a === 'function' ? a : structuredClone(a),
  );
  let target: unknown = args;
  for (const key of path) target = (target as Record<string | number, unknown>)[key];
  return { args, target: target as object };
}
