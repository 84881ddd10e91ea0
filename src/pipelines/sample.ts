// An audit sample drawn from a caseload sheet: the draw with its problems located in the sheet,
// the sample as an audit sheet ready for `rate`, and the plan (sizes, strata, exclusions) as text.
import {
  RatingRuleError,
  drawSample,
  plainText,
  type AuditSample,
  type CaseRecord,
  type ExcludedCase,
  type KindPlan,
  type RatingIssue,
  type SampleOptions,
  toolkit,
} from 'hmip-ratings';
import type { AuditLogSheet, CaseloadSheet } from '../read/caseload-sheet.js';
import { toCsv } from '../output/csv.js';
import { markdownText } from '../output/escape.js';
import { located, sortIssues } from '../read/located.js';

const { argumentIssue, isRecord, oneOf } = toolkit;

/** Options of `sampleCaseload`: those of `drawSample`, with the audit log as a sheet. @category Sheets */
export interface CaseloadSampleOptions extends Omit<SampleOptions, 'audited'> {
  /** The log of earlier audits, as `readAuditLog` read it. */
  readonly auditLog?: AuditLogSheet;
}

const isCaseloadSheet = (v: unknown): v is CaseloadSheet =>
  isRecord(v) &&
  typeof v['file'] === 'string' &&
  Array.isArray(v['records']) &&
  Array.isArray(v['rows']) &&
  isRecord(v['columns']) &&
  isRecord(v['framework']);

const FIELD_COLUMN: Readonly<Record<string, string>> = {
  id: 'case',
  kind: 'kind',
  disposal: 'disposal',
  date: 'date',
};

/**
 * Draws an audit sample from a caseload read by `readCaseload` (see `drawSample` for the rules),
 * with the log of earlier audits read by `readAuditLog`. A problem in a case (a case eligible
 * twice) is located at its row and column in the sheet.
 *
 * @throws {RatingRuleError} every problem at once: in the sheets located at row and column, in the
 * options at their path
 * @example
 * const caseload = await readCaseload({ name: 'caseload.csv', data: 'case,disposal,date\nC1,youth caution,2025-03-01\nC2,youth caution,2025-03-02\nC3,youth caution,2024-01-02\n' });
 * const sample = sampleCaseload(caseload, { fieldwork: '2025-07-07', size: { policy: 'fixed', size: 1 }, seed: 7 });
 * sample.cases.length // => 1
 * sample.excluded.map((e) => [e.id, e.reason]) // => [['C3', 'before-window']]
 * @category Sheets
 */
export function sampleCaseload(
  caseload: CaseloadSheet,
  options: CaseloadSampleOptions,
): AuditSample {
  const found: RatingIssue[] = [];
  if (!isCaseloadSheet(caseload))
    found.push(argumentIssue('caseload', 'a caseload sheet from readCaseload', caseload));
  const log = isRecord(options) ? options['auditLog'] : undefined;
  if (log !== undefined && !(isRecord(log) && Array.isArray(log['entries'])))
    found.push(argumentIssue('options.auditLog', 'an audit log from readAuditLog', log));
  if (found.length > 0) throw new RatingRuleError(found);
  const { auditLog, ...rest } = isRecord(options) ? options : ({} as CaseloadSampleOptions);
  try {
    return drawSample(caseload.framework, caseload.records, {
      ...rest,
      ...(auditLog && { audited: auditLog.entries }),
    } as SampleOptions);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    const rowOf = (i: unknown) => (typeof i === 'number' ? caseload.rows[i] : undefined);
    const relocated = e.issues.map((i): RatingIssue => {
      const [where, index, field] = i.path;
      if (where === 'caseload' && typeof index === 'number')
        return {
          ...located(
            i.code,
            i.message.replace(
              /caseload\[(\d+)\]/g,
              (_, n: string) => `row ${rowOf(Number(n)) ?? '?'}`,
            ),
            caseload.file,
            rowOf(index),
            caseload.columns[FIELD_COLUMN[field as string] ?? ''] ??
              (field === 'kind' ? caseload.columns['disposal'] : undefined),
          ),
          path: i.path,
        };
      if (where === 'options' && field !== undefined && i.path[1] === 'audited' && auditLog)
        return {
          ...located(i.code, i.message, auditLog.file, auditLog.rows[i.path[2] as number]),
          path: i.path,
        };
      return i;
    });
    throw new RatingRuleError(sortIssues(relocated, [caseload.file, auditLog?.file ?? '']));
  }
}

/**
 * The sample as case records for an audit sheet: id, kind, disposal and the caseload's attribute
 * columns, with no answers yet. Write it with `casesToRows` and `toCsv`, or `casesWorkbook`; the
 * attribute columns come after the question columns and travel through `rate` untouched.
 * @example
 * const sample = drawSample(youth2021, [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', date: '2024-12-01', attributes: { gender: 'girl' } }], { fieldwork: '2025-07-07' });
 * sampleCases(sample) // => [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', answers: {}, attributes: { gender: 'girl' } }]
 * casesToRows(youth2021, sampleCases(sample))[1]?.at(-1) // => 'girl'
 * @category Sheets
 */
export function sampleCases(sample: AuditSample): CaseRecord[] {
  if (!isRecord(sample) || !Array.isArray(sample['cases']))
    throw new RatingRuleError([argumentIssue('sample', 'a sample from drawSample', sample)]);
  return sample.cases.map((c) => ({
    id: c.id,
    kind: c.kind,
    disposal: c.disposal,
    answers: {},
    ...(c.attributes && { attributes: { ...c.attributes } }),
  }));
}

const KIND_NAME = { court: 'Court', 'out-of-court': 'Out-of-court' } as const;
const blank = (value: string) => (value === '' ? '(blank)' : value);
const fixed2 = (x: number) => x.toFixed(2);
const percent = (p: number | undefined) => (p === undefined ? '' : `${p}%`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why a case was left out, in words. */
export function exclusionWords(sample: AuditSample, e: ExcludedCase): string {
  const plan = sample.kinds.find((k) => k.kind === e.kind);
  const window = plan ? ` (${plan.window.start} to ${plan.window.end})` : '';
  if (e.reason === 'audited')
    return `audited on ${e.audited ?? '?'}, less than ${sample.reaudit.months} months before the fieldwork start (after ${sample.reaudit.auditedAfter})`;
  return `disposal made ${e.date}, ${e.reason === 'before-window' ? 'before' : 'after'} the ${e.kind} window${window}`;
}

function checkSample(sample: unknown): asserts sample is AuditSample {
  if (!isRecord(sample) || !Array.isArray(sample['kinds']) || !Array.isArray(sample['excluded']))
    throw new RatingRuleError([argumentIssue('sample', 'a sample from drawSample', sample)]);
}

/**
 * The strata table as rows of cells: one row per stratum of each kind (its value of each stratifying
 * field, eligible count and share, proportional share, sample count and share), then a total row
 * per kind and the seed. Write it with `toCsv`.
 * @example
 * const sample = drawSample(youth2021, [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', date: '2024-12-01' }], { fieldwork: '2025-07-07' });
 * sampleStrataRows(sample)[0] // => ['kind', 'disposal', 'eligible', 'eligible %', 'proportional', 'sample', 'sample %']
 * sampleStrataRows(sample)[1] // => ['court', 'custodial-sentence', '1', '100%', '1.00', '1', '100%']
 * @category Sheets
 */
export function sampleStrataRows(sample: AuditSample): string[][] {
  checkSample(sample);
  const width = sample.strata.length;
  const rows = [
    ['kind', ...sample.strata, 'eligible', 'eligible %', 'proportional', 'sample', 'sample %'],
  ];
  for (const plan of sample.kinds)
    for (const s of plan.strata)
      rows.push([
        plan.kind,
        ...s.values,
        String(s.population),
        percent(s.populationPercent),
        fixed2(s.proportional),
        String(s.sample),
        percent(s.samplePercent),
      ]);
  const pad = (n: number) => Array.from({ length: n }, () => '');
  for (const plan of sample.kinds)
    rows.push([
      `${plan.kind} total`,
      ...pad(width),
      String(plan.eligible),
      '',
      String(plan.size.size),
      String(plan.size.size),
      '',
    ]);
  rows.push(['seed', String(sample.seed), ...pad(width + 4)]);
  rows.push(['fieldwork', sample.fieldwork, ...pad(width + 4)]);
  return rows;
}

/**
 * Every case left out of the eligible population, with its reason, as rows of cells (header first).
 * @example
 * const sample = drawSample(youth2021, [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', date: '2025-06-01' }], { fieldwork: '2025-07-07' });
 * sampleExclusionRows(sample)[1] // => ['C1', 'court', 'custodial-sentence', '2025-06-01', 'after-window', 'disposal made 2025-06-01, after the court window (2024-10-07 to 2025-01-07)']
 * @category Sheets
 */
export function sampleExclusionRows(sample: AuditSample): string[][] {
  checkSample(sample);
  return [
    ['case', 'kind', 'disposal', 'disposal date', 'reason', 'detail'],
    ...sample.excluded.map((e) => [
      e.id,
      e.kind,
      e.disposal,
      e.date,
      e.reason,
      exclusionWords(sample, e),
    ]),
  ];
}

function kindHeading(plan: KindPlan): string {
  return `${KIND_NAME[plan.kind]} disposals made ${plan.window.start} to ${plan.window.end} (${plan.window.months.min} to ${plan.window.months.max} months before the fieldwork start)`;
}

function countsLine(sample: AuditSample, plan: KindPlan): string {
  return `${plan.caseload} in the caseload, ${plan.outsideWindow} outside the window, ${plan.recentlyAudited} audited after ${sample.reaudit.auditedAfter}, ${plan.eligible} eligible`;
}

function sizeLine(plan: KindPlan): string {
  return `Size ${plan.size.size}${plan.size.whole ? ' (the whole eligible population)' : ''}: ${plan.size.rule}`;
}

function leftOutLine(sample: AuditSample): string {
  const parts = sample.kinds.map(
    (k) =>
      `${k.kind}: ${k.outsideWindow} outside the window, ${k.recentlyAudited} audited recently`,
  );
  return `Left out: ${plural(sample.excluded.length, 'case')} (${parts.join('; ')})`;
}

function sampleLine(sample: AuditSample): string {
  const [court, out] = sample.kinds;
  return `Sample: ${plural(sample.cases.length, 'case')} (${court?.size.size ?? 0} court, ${out?.size.size ?? 0} out-of-court), seed ${sample.seed}`;
}

function headLines(sample: AuditSample): string[] {
  return [
    `Audit sample for fieldwork starting ${sample.fieldwork} (${sample.framework}), seed ${sample.seed}`,
    `Strata: ${sample.strata.length > 0 ? sample.strata.join(', ') : 'none (a simple random sample of each kind)'}`,
    `Left out if audited after ${sample.reaudit.auditedAfter} (${sample.reaudit.months} months before the fieldwork start; ${plural(sample.reaudit.logEntries, 'audit')} in the log)`,
  ];
}

function table(sample: AuditSample): string {
  const out = headLines(sample).map(plainText);
  for (const plan of sample.kinds) {
    out.push('', kindHeading(plan), `  ${countsLine(sample, plan)}`, `  ${sizeLine(plan)}`);
    if (plan.strata.length === 0) continue;
    const labels = plan.strata.map((s) =>
      plainText(s.values.map(blank).join(' / ') || 'all eligible cases'),
    );
    const width = Math.min(60, Math.max(7, ...labels.map((l) => l.length)));
    out.push(
      `  ${'Stratum'.padEnd(width)}  ${'Eligible'.padStart(10)}  ${'Proportional'.padStart(12)}  ${'Sample'.padStart(10)}`,
    );
    plan.strata.forEach((s, i) => {
      const label = labels[i] as string;
      out.push(
        `  ${(label.length > width ? `${label.slice(0, width - 1)}…` : label).padEnd(width)}  ${`${s.population} ${percent(s.populationPercent).padStart(4)}`.padStart(10)}  ${fixed2(s.proportional).padStart(12)}  ${`${s.sample} ${percent(s.samplePercent).padStart(4)}`.padStart(10)}`,
      );
    });
    // With two or more fields, each field's own ratios (HMIP matches these "ratios").
    if (sample.strata.length > 1) {
      out.push('  Ratios (eligible share, sample share)');
      for (const m of plan.marginals)
        out.push(
          plainText(
            `    ${m.field} ${blank(m.value)}: ${percent(m.populationPercent)} of eligible, ${percent(m.samplePercent) || 'none'} of the sample (${m.sample} of ${plan.size.size})`,
          ),
        );
    }
  }
  out.push(
    '',
    plainText(leftOutLine(sample)),
    '  (the markdown and json formats list every case left out, with its reason)',
    plainText(sampleLine(sample)),
  );
  return `${out.join('\n')}\n`;
}

function markdown(sample: AuditSample): string {
  const md = markdownText;
  const [title, ...rest] = headLines(sample);
  const out = [`# ${md(title as string)}`, '', ...rest.map((l) => `- ${md(l)}`)];
  for (const plan of sample.kinds) {
    out.push(
      '',
      `## ${md(kindHeading(plan))}`,
      '',
      md(countsLine(sample, plan)),
      '',
      md(sizeLine(plan)),
    );
    if (plan.strata.length === 0) continue;
    out.push(
      '',
      `| ${sample.strata.map(md).join(' | ')}${sample.strata.length > 0 ? ' | ' : ''}Eligible | % | Proportional | Sample | % |`,
      `|${'---|'.repeat(sample.strata.length + 5)}`,
    );
    for (const s of plan.strata)
      out.push(
        `| ${s.values.map((v) => md(blank(v))).join(' | ')}${s.values.length > 0 ? ' | ' : ''}${s.population} | ${percent(s.populationPercent)} | ${fixed2(s.proportional)} | ${s.sample} | ${percent(s.samplePercent)} |`,
      );
    if (sample.strata.length > 1) {
      out.push('', '| Field | Value | Eligible % | Sample % | Sample |', '|---|---|---|---|---|');
      for (const m of plan.marginals)
        out.push(
          `| ${md(m.field)} | ${md(blank(m.value))} | ${percent(m.populationPercent)} | ${percent(m.samplePercent)} | ${m.sample} |`,
        );
    }
  }
  out.push('', `## ${md(leftOutLine(sample))}`);
  if (sample.excluded.length > 0) {
    out.push('', '| Case | Kind | Disposal | Disposal date | Reason |', '|---|---|---|---|---|');
    for (const e of sample.excluded)
      out.push(
        `| ${md(e.id)} | ${e.kind} | ${md(e.disposal)} | ${e.date} | ${md(exclusionWords(sample, e))} |`,
      );
  }
  out.push('', md(sampleLine(sample)));
  return `${out.join('\n')}\n`;
}

/** The output formats of `formatSamplePlan`. @category Sheets */
export type SamplePlanFormat = 'table' | 'markdown' | 'csv' | 'json';

/**
 * A sample's plan as text: `table` (the windows, counts, size rule and strata table of each kind,
 * the ratios by field, what was left out, and the seed), `markdown` (the same, listing every case
 * left out with its reason), `csv` (the strata table, `sampleStrataRows`) or `json` (the whole
 * result). Text from files is made safe for each format.
 *
 * @example
 * const sample = drawSample(youth2021, [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', date: '2024-12-01' }], { fieldwork: '2025-07-07' });
 * formatSamplePlan(sample, 'table').split('\n')[0] // => 'Audit sample for fieldwork starting 2025-07-07 (hmip-youth-2021), seed 2021'
 * @category Sheets
 */
export function formatSamplePlan(sample: AuditSample, format: SamplePlanFormat): string {
  const problem = oneOf('table', 'markdown', 'csv', 'json')(format);
  const found: RatingIssue[] = [];
  if (problem)
    found.push({ code: 'invalid-option', path: ['format'], message: `format ${problem}` });
  try {
    checkSample(sample);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    found.push(...e.issues);
  }
  if (found.length > 0) throw new RatingRuleError(found);
  if (format === 'json') return `${JSON.stringify(sample, null, 2)}\n`;
  if (format === 'csv') return toCsv(sampleStrataRows(sample));
  if (format === 'markdown') return markdown(sample);
  return table(sample);
}
