// hmip-ratings trend: several audits of one service compared over time, in every format, and as a
// self-contained HTML page with the trend charts.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { frameworks } from 'hmip-ratings';
import { formatTrend, type TrendFormat } from '../output/text/trend.js';
import { trendAudits, type TrendSheetOptions, type TrendSheets } from '../pipelines/trend.js';
import type { AuditFile } from '../read/files.js';
import { JUDGEMENTS_NAME, trendFiles, type TrendFile } from '../read/trend-files.js';
import { checkChoice, parse, UsageError } from './args.js';
import { nodeInflater } from './inflate.js';
import { checkOutputs, readInput, writeOutput } from './io.js';
import { columnMap, disposalAliases } from './rate.js';
import { withCheckedHints } from './fixes.js';
import type { ActionChange } from 'hmip-ratings/actions';
import { TREND_HELP } from './help.js';
import { REPORT_FLAGS, reportFlags, reportStamp, type ReportFlags } from './report-flags.js';
import { DATE_ORDERS, type DateOrder } from '../sheet/dates.js';
import { trendActionChanges, trendActionsText } from './actions.js';

export { TREND_HELP };

const FORMATS: readonly (TrendFormat | 'html')[] = ['table', 'markdown', 'csv', 'json', 'html'];

/** The audits' files: a folder's .csv and .xlsx files (and judgements), or the files named. */
function auditPaths(positionals: readonly string[]): { paths: string[]; folder: boolean } {
  if (positionals.length === 0)
    throw new UsageError(
      'trend needs two or more audits, or a folder of them: hmip-ratings trend <audit1.csv> <audit2.csv> ...',
    );
  const isFolder = (path: string) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false; // readInput says what is wrong with a path that cannot be read
    }
  };
  const folders = positionals.filter(isFolder);
  if (folders.length > 0 && positionals.length > 1)
    throw new UsageError(
      `give the audits as files, or one folder of them, not both (${folders[0]} is a folder)`,
    );
  if (folders.length === 0) return { paths: [...positionals], folder: false };
  const folder = folders[0] as string;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new UsageError(`cannot read the folder ${folder}`);
  }
  const paths = names
    .filter(
      (n) =>
        !n.startsWith('.') &&
        !n.startsWith('~$') &&
        (/\.(csv|xlsx)$/i.test(n) || (JUDGEMENTS_NAME.test(n) && /\.json$/i.test(n))),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(folder, n))
    .filter((p) => !isFolder(p));
  return { paths, folder: true };
}

/** The judgements file beside an audit file, named as the audit with "-judgements", if there is one. */
function judgementsBeside(path: string): string | undefined {
  const base = basename(path)
    .replace(/\.[^.]*$/, '')
    .toLowerCase();
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return undefined;
  }
  const found = names.filter((n) => JUDGEMENTS_NAME.exec(n)?.[1]?.toLowerCase() === base);
  if (found.length > 1)
    throw new UsageError(
      `${basename(path)} has ${found.length} judgements files beside it (${found.join(', ')}): keep one, or give --judgements`,
    );
  return found[0] === undefined ? undefined : join(dirname(path), found[0]);
}

function confidenceLevel(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
  if (!(value > 0 && value < 1))
    throw new UsageError(`--confidence takes a level between 0 and 1, such as 0.8 (got "${text}")`);
  return value;
}

const auditFile = (path: string): AuditFile => ({ name: basename(path), data: readInput(path) });

/**
 * The audits' judgements: from --judgements, once per audit in their order; else, for audits
 * named one by one, the judgements file beside each on disk.
 */
function withJudgements(
  audits: readonly TrendFile[],
  paths: readonly string[],
  folder: boolean,
  given: readonly string[] | undefined,
): TrendFile[] {
  if (given) {
    if (given.length !== audits.length)
      throw new UsageError(
        `--judgements was given ${given.length} time${given.length === 1 ? '' : 's'} for ${audits.length} audits: give it once per audit, in the order of the audits`,
      );
    return audits.map((a, i) => ({ ...a, judgements: auditFile(given[i] as string) }));
  }
  if (folder) return [...audits];
  const byName = new Map(paths.map((p) => [basename(p), p] as const));
  return audits.map((a) => {
    if (a.judgements) return a;
    const beside = judgementsBeside(byName.get(a.cases.name) ?? a.cases.name);
    return beside ? { ...a, judgements: auditFile(beside) } : a;
  });
}

/** The audits' dates from --dates, one per audit in their order (a blank one is read from the sheet). */
function withDates(audits: readonly TrendFile[], text: string | undefined): TrendFile[] {
  if (text === undefined) return [...audits];
  const dates = text.split(',').map((d) => d.trim());
  if (dates.length !== audits.length)
    throw new UsageError(
      `--dates gives ${dates.length} date${dates.length === 1 ? '' : 's'} for ${audits.length} audits: give one per audit, in their order (leave one blank to read it from its sheet or name)`,
    );
  return audits.map((a, i) => (dates[i] === '' ? a : { ...a, date: dates[i] as string }));
}

/** The trend in the format asked for: text, or the HTML page with its charts. */
async function render(
  result: TrendSheets,
  format: TrendFormat | 'html',
  named: ReportFlags,
  changes?: readonly ActionChange[],
): Promise<string> {
  const { footer, ...heading } = named;
  if (format !== 'html')
    return formatTrend(result, format, heading) + trendActionsText(changes, format);
  const [{ parseHTML }, { trendReport }] = await Promise.all([
    import('linkedom'),
    import('../output/html/trend.js'),
  ]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const page = await trendReport(result, {
    document: document as unknown as Document,
    ...reportStamp(),
    ...named,
  });
  if (!changes) return page;
  const { trendPageWithActions } = await import('../output/html/actions.js');
  return trendPageWithActions(page, changes);
}

export async function trend(args: readonly string[]): Promise<string> {
  const { values, positionals } = parse(args, {
    dates: { type: 'string' },
    'date-order': { type: 'string' },
    judgements: { type: 'string', multiple: true },
    framework: { type: 'string' },
    confidence: { type: 'string' },
    format: { type: 'string', default: 'table' },
    out: { type: 'string' },
    banding: { type: 'string', default: 'rounded' },
    'allow-incomplete': { type: 'boolean', default: false },
    'leave-out-unanswered': { type: 'boolean', default: false },
    disposal: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    columns: { type: 'string' },
    actions: { type: 'string' },
    ...REPORT_FLAGS,
  });
  const named = reportFlags(values);
  const format = values.format as TrendFormat | 'html';
  checkChoice('format', format, FORMATS);
  checkChoice('banding', values.banding, ['rounded', 'exact'], ' or ');
  checkChoice('framework', values.framework, Object.keys(frameworks), ' or ');
  checkChoice('date-order', values['date-order'], DATE_ORDERS);
  const level = confidenceLevel(values.confidence);
  const { paths, folder } = auditPaths(positionals);
  if (folder && values.dates !== undefined)
    throw new UsageError(
      "--dates goes with audits named one by one, in their order; a folder's audits are dated by a date column or their file names",
    );
  if (folder && values.judgements)
    throw new UsageError(
      '--judgements goes with audits named one by one; in a folder, name each judgements file as its audit with "-judgements"',
    );
  const out = values.out;
  if (out && paths.some((p) => resolve(p) === resolve(out)))
    throw new UsageError(`will not write over an input file: ${out}`);
  checkOutputs([out === undefined ? undefined : { path: out, flag: 'out' }], values.force);

  const paired = trendFiles(paths.map(auditFile));
  const audits = withDates(withJudgements(paired, paths, folder, values.judgements), values.dates);
  const options: TrendSheetOptions = {
    banding: values.banding,
    ...(values.framework !== undefined && { framework: values.framework }),
    ...(level !== undefined && { level }),
    ...(values['allow-incomplete'] && { incomplete: 'allow' as const }),
    ...(values['leave-out-unanswered'] && { unanswered: 'leave-out' as const }),
    ...(values.disposal && { disposalAliases: disposalAliases(values.disposal) }),
    ...(values['date-order'] !== undefined && { dateOrder: values['date-order'] as DateOrder }),
    ...(await columnMap(values.columns)),
    inflater: nodeInflater,
  };
  const result = await withCheckedHints(
    () => trendAudits(audits, options),
    (hinted) => trendAudits(audits, { ...options, ...hinted }),
  );
  const changes = await trendActionChanges(result.trend, result.framework, values.actions);
  const report = await render(result, format, named, changes);
  if (!out) return report;
  writeOutput(out, report, { force: values.force });
  const n = result.trend.audits.length;
  return `wrote ${out}: the trend of ${n} audits, ${result.trend.audits[0]?.date} to ${result.trend.audits[n - 1]?.date} (${format})\n`;
}
