// hmip-ratings/sheets: case audits in and out of CSV and .xlsx, and reports as text. Kept apart
// from the core so that importing the rules pulls in zod only, not papaparse or exceljs.
export { readAnswer, type Spelling } from './answer-spelling.js';
export { casesFromRows, type CaseSheet } from './case-sheet.js';
export { judgementsFromJson, judgementsFromRows, type JudgementSheet } from './judgement-sheet.js';
export { rateSheets } from './rate-sheets.js';
export { csvRows, readCasesCsv, readJudgementsCsv, toCsv } from './csv.js';
export { casesWorkbook, readCasesWorkbook } from './workbook.js';
export { casesToRows, judgementsToRows, questionIds } from './rows.js';
export { formatReport, promptTableCsv, type ReportFormat, type ReportInput } from './report.js';
