// hmip-ratings rate: a mock inspection from a case audit and the panel's judgements, or the
// rating of evidence JSON.
import { basename } from 'node:path';
import { frameworks } from 'hmip-ratings';
import type { AuditOptions } from '../pipelines/rate-audit.js';
import {
  rateAuditReport,
  namedFramework,
  rateEvidenceReport,
  type ReportSections,
} from '../pipelines/rate-report.js';
import { formatReport, type ReportFormat } from '../output/text/report.js';
import { checkChoice, parse, UsageError } from './args.js';
import { nodeInflater } from './inflate.js';
import { readInput } from './io.js';
import { RATE_HELP } from './help.js';
import { withCheckedHints } from './fixes.js';
import { draftPlanText, isDraftPlan, withActions } from './actions.js';
import { REPORT_FLAGS, reportFlags, reportStamp } from './report-flags.js';

export { RATE_HELP };

const DEFAULT_LEVEL = 0.8;

const FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json', 'html'];

/** "NAME=DISPOSAL" pairs into the disposal aliases option. */
export function disposalAliases(pairs: readonly string[] | undefined): Record<string, string> {
  const aliases: Record<string, string> = Object.create(null);
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1)
      throw new UsageError(
        `--disposal needs NAME=DISPOSAL, for example "Outcome 22=community resolution" (got "${pair}")`,
      );
    aliases[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return { ...aliases };
}

/** The column map `--columns FILE` names (CSV or .xlsx), read with every problem located. */
export async function columnMap(
  path: string | undefined,
): Promise<{ columns?: ReadonlyMap<string, string> }> {
  if (path === undefined) return {};
  const { readColumnMap } = await import('../read/column-map.js');
  return {
    columns: await readColumnMap(
      { name: basename(path), data: readInput(path) },
      { inflater: nodeInflater },
    ),
  };
}

/** `--confidence` takes an optional level: "--confidence", "--confidence 0.9", "--confidence=0.9". */
function confidenceLevel(args: readonly string[]): { args: string[]; level?: number } {
  const rest: string[] = [];
  let level: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const inline = /^--confidence=(.*)$/.exec(arg);
    if (arg !== '--confidence' && !inline) {
      rest.push(arg);
      continue;
    }
    const next = inline ? inline[1] : args[i + 1];
    const value = next !== undefined && /^\d*\.?\d+$/.test(next) ? Number(next) : undefined;
    if (inline && value === undefined)
      throw new UsageError(
        `--confidence takes a level between 0 and 1, such as 0.8 (got "${inline[1]}")`,
      );
    if (value !== undefined && !(value > 0 && value < 1))
      throw new UsageError(
        `--confidence takes a level between 0 and 1, such as 0.8 (got ${value})`,
      );
    level = value ?? DEFAULT_LEVEL;
    if (value !== undefined && !inline) i++;
  }
  return { args: rest, ...(level !== undefined && { level }) };
}

/** A whole-number flag's value, or a usage error. */
function wholeFlag(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max.toLocaleString('en-GB')} (got "${text}")`,
    );
  return n;
}

/** The flags of `rate`, as `parse` reads them. */
const RATE_FLAGS = {
  judgements: { type: 'string' },
  framework: { type: 'string' },
  format: { type: 'string', default: 'table' },
  margins: { type: 'boolean', default: false },
  banding: { type: 'string', default: 'rounded' },
  'allow-incomplete': { type: 'boolean', default: false },
  'leave-out-unanswered': { type: 'boolean', default: false },
  disposal: { type: 'string', multiple: true },
  columns: { type: 'string' },
  resamples: { type: 'string' },
  seed: { type: 'string' },
  by: { type: 'string' },
  'suppress-below': { type: 'string' },
  actions: { type: 'string' },
  ...REPORT_FLAGS,
} as const;

export async function rate(given: readonly string[]): Promise<string> {
  const { args, level } = confidenceLevel(given);
  const { values, positionals } = parse(args, RATE_FLAGS);
  const named = reportFlags(values);
  const resamples = wholeFlag('resamples', values.resamples, 1, 100_000);
  const seed = wholeFlag('seed', values.seed, 0, Number.MAX_SAFE_INTEGER);
  const suppressBelow = wholeFlag('suppress-below', values['suppress-below'], 1, 100);
  if ((resamples !== undefined || seed !== undefined) && level === undefined)
    throw new UsageError('--resamples and --seed go with --confidence');
  if (suppressBelow !== undefined && values.by === undefined)
    throw new UsageError('--suppress-below goes with --by COLUMN');
  const [input, ...extra] = positionals;
  if (!input)
    throw new UsageError(
      'rate needs a file: hmip-ratings rate <cases.csv|cases.xlsx|evidence.json>',
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const draft = isDraftPlan(values.format, values.actions);
  const format = (draft ? 'csv' : values.format) as ReportFormat;
  // The board report always says what would change each rating: a board asks first.
  const withMargins = values.margins || format === 'html';
  checkChoice('format', values.format, [...FORMATS, 'actions']);
  checkChoice('banding', values.banding, ['rounded', 'exact'], ' or ');
  checkChoice('framework', values.framework, Object.keys(frameworks), ' or ');
  const options: AuditOptions = {
    banding: values.banding,
    ...(values.framework !== undefined && { framework: values.framework }),
    ...(values['allow-incomplete'] && { incomplete: 'allow' as const }),
    ...(values['leave-out-unanswered'] && { unanswered: 'leave-out' as const }),
    ...(values.disposal && { disposalAliases: disposalAliases(values.disposal) }),
    inflater: nodeInflater,
  };
  const sections: ReportSections = {
    margins: withMargins,
    ...(level !== undefined && {
      confidence: {
        level,
        ...(resamples !== undefined && { resamples }),
        ...(seed !== undefined && { seed }),
      },
    }),
    ...(values.by !== undefined && {
      breakdown: {
        attribute: values.by,
        ...(suppressBelow !== undefined && { suppressBelow }),
      },
    }),
  };
  const stamp = () => ({ ...named, ...(format === 'html' && reportStamp()) });
  const name = basename(input);
  const bytes = readInput(input);
  if (name.toLowerCase().endsWith('.json')) {
    if (values.judgements)
      throw new UsageError(
        '--judgements is for case audits: evidence JSON carries its own judgements',
      );
    if (values.columns)
      throw new UsageError('--columns is for case audits: evidence JSON has no columns');
    const report = rateEvidenceReport({ name, data: bytes }, options, sections);
    if (values.by !== undefined)
      throw new UsageError('--by needs case answers: give a case audit, not evidence JSON');
    const framework = namedFramework(report.rating);
    if (draft) return draftPlanText(report.rating, framework);
    return await formatReport(
      await withActions(report, framework, values.actions),
      format,
      stamp(),
    );
  }
  const judgements = values.judgements
    ? { name: basename(values.judgements), data: readInput(values.judgements) }
    : undefined;
  const files = { cases: { name, data: bytes }, ...(judgements && { judgements }) };
  const mapped = { ...options, ...(await columnMap(values.columns)) };
  const audit = await withCheckedHints(
    () => rateAuditReport(files, mapped, sections),
    (hinted) => rateAuditReport(files, { ...mapped, ...hinted }, {}),
  );
  const note =
    audit.frameworkChoice === 'assumed' && format === 'table'
      ? `\nFramework ${audit.framework.id} assumed: the sheet's columns fit more than one framework; choose with --framework.\n`
      : '';
  if (draft) return draftPlanText(audit.report.rating, audit.framework);
  const report = await withActions(audit.report, audit.framework, values.actions);
  return (await formatReport(report, format, stamp())) + note;
}
