// Everything a moderation is written as: the report in a format, and on request the moderated case
// sheet (CSV or workbook) and the disagreements sheet (CSV). The workbook writer loads only when a
// workbook is asked for.
import type { ModeratedAudit } from '../pipelines/moderate.js';
import { casesToRows } from '../sheet/layout.js';
import { toCsv } from './csv.js';
import type { ReportFormat } from './report-input.js';
import { disagreementRows, formatModeration } from './text/moderation.js';

/** The sheets to write besides the report: the moderated cases as `.csv` or `.xlsx`, the disagreements. */
export interface ModerationSheetsWanted {
  readonly moderated?: '.csv' | '.xlsx';
  readonly disagreements?: boolean;
}

/** A moderation rendered: the report, and the sheets asked for. */
export interface ModerationOutputs {
  readonly report: string;
  readonly moderatedSheet?: string | Uint8Array;
  readonly disagreements?: { readonly csv: string; readonly count: number };
}

/** The moderated case records as a sheet: CSV text, or a workbook's bytes. */
async function moderatedSheetOf(
  audit: ModeratedAudit,
  type: '.csv' | '.xlsx',
): Promise<string | Uint8Array> {
  const cases = audit.moderated.cases;
  if (type === '.csv') return toCsv(casesToRows(audit.framework, cases));
  const { casesWorkbook } = await import('./workbook.js');
  return casesWorkbook(audit.framework, { cases });
}

/** The report of a moderation in a format, and the moderated and disagreements sheets wanted. */
export async function moderationOutputs(
  audit: ModeratedAudit,
  format: ReportFormat,
  wanted: ModerationSheetsWanted,
): Promise<ModerationOutputs> {
  const moderatedSheet = wanted.moderated && (await moderatedSheetOf(audit, wanted.moderated));
  const rows = wanted.disagreements ? disagreementRows(audit) : undefined;
  return {
    report: formatModeration(audit, format),
    ...(moderatedSheet !== undefined && { moderatedSheet }),
    ...(rows && { disagreements: { csv: toCsv(rows), count: rows.length - 1 } }),
  };
}
