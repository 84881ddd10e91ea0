/**
 * hmip-ratings-sheets: case audits in and out of CSV and .xlsx, whole mock inspections from
 * files, and reports as text. Apart from the core, so that the rules install with zod only.
 *
 * @module hmip-ratings-sheets
 */
export { readAnswer, type Spelling } from './read/answer-spelling.js';
export { casesFromRows, type CaseSheet, type CaseSheetOptions } from './read/case-sheet.js';
export {
  judgementsFromJson,
  judgementsFromRows,
  type JudgementSheet,
} from './read/judgement-sheet.js';
export { readColumnMap, type ColumnsOption } from './read/column-map.js';
export { rateSheets } from './pipelines/rate-sheets.js';
export {
  rateAudit,
  type AuditFile,
  type AuditOptions,
  type AuditRating,
  type FrameworkChoice,
} from './pipelines/rate-audit.js';
export { csvRows, readCasesCsv, readJudgementsCsv, type CsvOptions } from './read/csv.js';
export { toCsv } from './output/csv.js';
export { readCasesWorkbook } from './read/read-workbook.js';
export type { Inflater } from './read/workbook-reader.js';
export { casesWorkbook, judgementsWorkbook, resultsWorkbook } from './output/workbook.js';
export { casesToRows, judgementsToRows, questionIds } from './sheet/layout.js';
export { LIMITS, type ReadLimits } from './read/limits.js';
export type { DateOrder } from './sheet/dates.js';
export type { SheetGrades } from './read/grade-column.js';
export {
  formatReport,
  promptTableCsv,
  type ReportFormat,
  type ReportInput,
} from './output/text/report.js';
// Caseloads and sample sheets
export {
  readAuditLog,
  readCaseload,
  type AuditLogSheet,
  type CaseloadOptions,
  type CaseloadSheet,
} from './read/caseload-sheet.js';
export { sampleCases, sampleCaseload, type CaseloadSampleOptions } from './pipelines/sample.js';
export {
  formatSamplePlan,
  sampleExclusionRows,
  sampleStrataRows,
  type SamplePlanFormat,
} from './output/text/sample.js';

// Moderation sheets
export {
  moderateAudits,
  type ModeratedAudit,
  type ModerationFiles,
  type ModerationSheetOptions,
} from './pipelines/moderate.js';
export { disagreementRows, formatModeration } from './output/text/moderation.js';

// Charts and the board report
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
} from './output/charts/charts.js';
export { htmlReport, type HtmlReportOptions } from './output/html/report.js';
export type { ReportOptions } from './output/html/options.js';

// Trends across audits
export { trendFiles, type TrendDateSource, type TrendFile } from './read/trend-files.js';
export {
  trendAudits,
  type TrendSheetAudit,
  type TrendSheetOptions,
  type TrendSheets,
} from './pipelines/trend.js';
export { formatTrend, type TrendFormat, type TrendTextOptions } from './output/text/trend.js';
export {
  trendCharts,
  type TrendChart,
  type TrendChartOptions,
} from './output/charts/trend-chart.js';
export { trendReport, type TrendReportOptions } from './output/html/trend.js';

// Improvement actions
export {
  ACTION_STATUS_WORDS,
  readActions,
  type ActionsOptions,
  type ActionsSheet,
} from './read/actions-sheet.js';
export { ratedActions, trendActions, type ActionsReadOptions } from './pipelines/actions.js';
export { draftPlanCsv } from './output/text/actions.js';
