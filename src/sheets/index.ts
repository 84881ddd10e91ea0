// hmip-ratings-sheets: case audits in and out of CSV and .xlsx, whole mock inspections from
// files, and reports as text. Apart from the core, so that the rules install with zod only.
export { readAnswer, type Spelling } from './answer-spelling.js';
export { casesFromRows, type CaseSheet, type CaseSheetOptions } from './case-sheet.js';
export { judgementsFromJson, judgementsFromRows, type JudgementSheet } from './judgement-sheet.js';
export { rateSheets } from './rate-sheets.js';
export {
  rateAudit,
  type AuditFile,
  type AuditOptions,
  type AuditRating,
  type FrameworkChoice,
} from './audit.js';
export { csvRows, readCasesCsv, readJudgementsCsv, toCsv, type CsvOptions } from './csv.js';
export { readCasesWorkbook } from './read-workbook.js';
export type { Inflater } from './workbook-reader.js';
export { casesWorkbook, judgementsWorkbook, resultsWorkbook } from './workbook.js';
export { casesToRows, judgementsToRows, questionIds } from './rows.js';
export { LIMITS, type ReadLimits } from './limits.js';
export { formatReport, promptTableCsv, type ReportFormat, type ReportInput } from './report.js';
// Caseloads and sample sheets (issue 10)
export {
  readAuditLog,
  readCaseload,
  type AuditLogSheet,
  type CaseloadOptions,
  type CaseloadSheet,
} from './caseload.js';
export {
  formatSamplePlan,
  sampleCases,
  sampleCaseload,
  sampleExclusionRows,
  sampleStrataRows,
  type CaseloadSampleOptions,
  type SamplePlanFormat,
} from './sample-sheet.js';

// Moderation sheets (issue 11)
export {
  disagreementRows,
  formatModeration,
  moderateAudits,
  type ModeratedAudit,
  type ModerationFiles,
  type ModerationSheetOptions,
} from './moderation.js';

// Charts and the board report (issue 12)
export {
  keyQuestionChart,
  overallScoreChart,
  ratingCharts,
  ratingGridChart,
  serverDocument,
  svgMarkup,
  type ChartOptions,
  type KeyQuestionChartOptions,
  type RatingCharts,
} from '../report/charts.js';
export { htmlReport, type HtmlReportOptions } from '../report/html.js';
export type { ReportOptions } from '../report/options.js';

// Trends across audits (issue 12)
export {
  formatTrend,
  trendAudits,
  trendFiles,
  type TrendDateSource,
  type TrendFile,
  type TrendFormat,
  type TrendSheetAudit,
  type TrendSheetOptions,
  type TrendSheets,
} from './trend.js';
export { trendCharts, type TrendChart, type TrendChartOptions } from '../report/trend-chart.js';
export { trendReport, type TrendReportOptions } from '../report/trend-html.js';
