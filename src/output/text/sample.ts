// A sample's plan as text (table, markdown, csv, json), its strata and exclusions as rows of cells,
// and what the sample command writes and prints.
import { RatingRuleError, plainText, type Framework, type RatingIssue } from 'hmip-ratings';
import { type AuditSample, type ExcludedCase, type KindPlan } from 'hmip-ratings/sampling';
import { argumentIssue, isRecord, oneOf } from 'hmip-ratings/toolkit';
import { sampleCases } from '../../pipelines/sample.js';
import { casesToRows } from '../../sheet/layout.js';
import { toCsv } from '../csv.js';
import { markdownText } from '../escape.js';

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

/** What the sample command writes: the sample as an audit sheet, and the cases left out. */
export interface SampleCommandFiles {
  readonly format: SamplePlanFormat;
  /** The audit sheet's path, and whether it is a workbook (.xlsx) rather than CSV. */
  readonly sheet?: { readonly path: string; readonly workbook: boolean } | undefined;
  /** The path of the CSV of the cases left out. */
  readonly exclusions?: string | undefined;
}

/**
 * The sample command's output: the files to write (the audit sheet of the sampled cases, ready to
 * rate, and the cases left out), in that order, and the text to print (the plan, and what was
 * written or how to write the sheet; json: the sample with the files' paths).
 */
export async function sampleCommandOutput(
  framework: Framework,
  sample: AuditSample,
  request: SampleCommandFiles,
): Promise<{
  readonly files: readonly { readonly path: string; readonly data: string | Uint8Array }[];
  readonly text: string;
}> {
  const { format, sheet, exclusions } = request;
  const files: { path: string; data: string | Uint8Array }[] = [];
  const written: string[] = [];
  if (sheet) {
    const cases = sampleCases(sample);
    const data = sheet.workbook
      ? await (await import('../workbook.js')).casesWorkbook(framework, { cases })
      : toCsv(casesToRows(framework, cases));
    files.push({ path: sheet.path, data });
    written.push(
      `Wrote ${sheet.path}: an audit sheet of the ${cases.length} sampled cases (case, kind, disposal and the caseload's other columns), ready to fill in and rate with hmip-ratings rate`,
    );
  }
  if (exclusions) {
    files.push({ path: exclusions, data: toCsv(sampleExclusionRows(sample)) });
    written.push(`Wrote ${exclusions}: the ${sample.excluded.length} cases left out, with why`);
  }
  if (format === 'json') {
    const json = {
      ...sample,
      ...(sheet && { sheet: sheet.path }),
      ...(exclusions && { exclusionsFile: exclusions }),
    };
    return { files, text: `${JSON.stringify(json, null, 2)}\n` };
  }
  const plan = formatSamplePlan(sample, format);
  const gap = format === 'markdown' ? '\n' : '';
  if (format === 'csv') return { files, text: plan };
  if (written.length === 0)
    return {
      files,
      text: `${plan}${gap}No sample sheet written: add --out audit.xlsx (or audit.csv).\n`,
    };
  return { files, text: `${plan}${gap}${written.join('\n')}\n` };
}
