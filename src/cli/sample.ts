// hmip-ratings sample: draw an audit sample from a caseload, print the plan and write the sample
// as an audit sheet ready for `hmip-ratings rate`.
import { basename, extname, resolve } from 'node:path';
import { RatingRuleError, formatPath, type CaseKind, type RatingIssue } from 'hmip-ratings';
import { type AuditSample, type MonthWindow, type SizePolicy } from 'hmip-ratings/sampling';
import type { CaseloadSheet } from '../read/caseload-sheet.js';
import {
  readSampleSheets,
  sampleCaseload,
  type CaseloadSampleOptions,
} from '../pipelines/sample.js';
import { sampleCommandOutput, type SamplePlanFormat } from '../output/text/sample.js';
import { checkChoice, parse, UsageError } from './args.js';
import { nodeInflater } from './inflate.js';
import { checkOutputs, readInput, writeOutput } from './io.js';
import { disposalAliases } from './rate.js';
import { frameworkFor } from './template.js';
import { SAMPLE_HELP } from './help.js';
import { DATE_ORDERS, type DateOrder } from '../sheet/dates.js';

export { SAMPLE_HELP };

const FORMATS: readonly SamplePlanFormat[] = ['table', 'markdown', 'csv', 'json'];
const KINDS: readonly CaseKind[] = ['court', 'out-of-court'];

/** A flag's number, or a usage error naming the flag. */
function numberFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${flag} needs a number (got "${text.slice(0, 40)}")`);
  return value;
}

/** "6-9" into a month window. */
function windowFlag(flag: string, text: string | undefined): MonthWindow | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d{1,3})\s*-\s*(\d{1,3})\s*$/.exec(text);
  if (!m)
    throw new UsageError(
      `--${flag} needs MIN-MAX months, such as 6-9 (got "${text.slice(0, 40)}")`,
    );
  return { min: Number(m[1]), max: Number(m[2]) };
}

/** The size flags into a size policy (or one per kind), refusing flags that do not go together. */
function sizeFlags(values: {
  size?: string | undefined;
  fraction?: string | undefined;
  minimum?: string | undefined;
  confidence?: string | undefined;
  margin?: string | undefined;
}): SizePolicy | Partial<Record<CaseKind, SizePolicy>> | undefined {
  const { size, fraction, minimum, confidence, margin } = values;
  const cochran = confidence !== undefined || margin !== undefined;
  if ([size !== undefined, fraction !== undefined, cochran].filter(Boolean).length > 1)
    throw new UsageError(
      'choose one size rule: --size, or --fraction (with --minimum), or --confidence and --margin',
    );
  if (minimum !== undefined && fraction === undefined)
    throw new UsageError('--minimum goes with --fraction, for example --fraction 0.2 --minimum 20');
  if (fraction !== undefined)
    return {
      policy: 'fraction',
      fraction: numberFlag('fraction', fraction) as number,
      ...(minimum !== undefined && { minimum: numberFlag('minimum', minimum) as number }),
    };
  if (cochran)
    return {
      policy: 'cochran',
      ...(confidence !== undefined && {
        confidence: numberFlag('confidence', confidence) as number,
      }),
      ...(margin !== undefined && { margin: numberFlag('margin', margin) as number }),
    };
  if (size === undefined) return undefined;
  if (!size.includes('=')) return { policy: 'fixed', size: numberFlag('size', size) as number };
  const perKind: Partial<Record<CaseKind, SizePolicy>> = {};
  for (const part of size.split(',')) {
    const [kind = '', n] = part.split('=').map((s) => s.trim());
    if (!KINDS.includes(kind as CaseKind) || n === undefined)
      throw new UsageError(
        `--size takes N, or court=N,out-of-court=M (got "${size.slice(0, 40)}")`,
      );
    perKind[kind as CaseKind] = { policy: 'fixed', size: numberFlag('size', n) as number };
  }
  // A kind left out takes the default rule, as in the API; court=N,out-of-court=0 draws court only.
  return perKind;
}

const FLAG_OF: Readonly<Record<string, string>> = {
  fieldwork: '--fieldwork',
  dateOrder: '--date-order',
  seed: '--seed',
  strata: '--strata',
  reauditMonths: '--reaudit-months',
  size: '--size',
  fraction: '--fraction',
  minimum: '--minimum',
  confidence: '--confidence',
  margin: '--margin',
  court: '--court-window',
  'out-of-court': '--out-of-court-window',
};

/** An option's problem in the words of the command line: the flag, not the option's path. */
function flagIssue(i: RatingIssue): RatingIssue {
  const [, option, key] = i.path;
  const flag =
    option === 'windows'
      ? FLAG_OF[key as string]
      : option === 'size'
        ? (FLAG_OF[i.path[i.path.length - 1] as string] ?? '--size')
        : FLAG_OF[option as string];
  return flag ? { ...i, path: [], message: `${flag}: ${i.message}` } : i;
}

const SAMPLE_FLAGS = {
  fieldwork: { type: 'string' },
  'date-order': { type: 'string' },
  framework: { type: 'string' },
  seed: { type: 'string' },
  size: { type: 'string' },
  fraction: { type: 'string' },
  minimum: { type: 'string' },
  confidence: { type: 'string' },
  margin: { type: 'string' },
  strata: { type: 'string' },
  'court-window': { type: 'string' },
  'out-of-court-window': { type: 'string' },
  audited: { type: 'string' },
  'reaudit-months': { type: 'string' },
  out: { type: 'string' },
  exclusions: { type: 'string' },
  format: { type: 'string', default: 'table' },
  disposal: { type: 'string', multiple: true },
  force: { type: 'boolean', default: false },
} as const;

type SampleFlags = ReturnType<typeof parse<typeof SAMPLE_FLAGS>>['values'];

/**
 * The files to write must be CSV (or a workbook, for the sample sheet), neither an input, and not
 * an existing file unless --force.
 */
function checkOutputPaths(values: SampleFlags, inputs: readonly string[]): void {
  for (const [flag, path] of [
    ['out', values.out],
    ['exclusions', values.exclusions],
  ] as const)
    if (
      path !== undefined &&
      !['.csv', ...(flag === 'out' ? ['.xlsx'] : [])].includes(extname(path).toLowerCase())
    )
      throw new UsageError(
        `cannot write "${path}": give --${flag} a ${flag === 'out' ? '.csv or .xlsx' : '.csv'} file`,
      );
  for (const out of [values.out, values.exclusions])
    if (out && inputs.some((i) => resolve(i) === resolve(out)))
      throw new UsageError(`will not write over an input file: ${out}`);
  checkOutputs(
    [
      values.out === undefined ? undefined : { path: values.out, flag: 'out' },
      values.exclusions === undefined ? undefined : { path: values.exclusions, flag: 'exclusions' },
    ],
    values.force,
  );
}

/** The draw's options from the flags (the audit log aside), refusing a flag that is not a number or window. */
function drawOptions(values: SampleFlags, fieldwork: string): CaseloadSampleOptions {
  const size = sizeFlags(values);
  const windows: Partial<Record<CaseKind, MonthWindow>> = {};
  const court = windowFlag('court-window', values['court-window']);
  const outOfCourt = windowFlag('out-of-court-window', values['out-of-court-window']);
  if (court) windows.court = court;
  if (outOfCourt) windows['out-of-court'] = outOfCourt;
  const strata =
    values.strata === undefined
      ? undefined
      : values.strata.trim().toLowerCase() === 'none'
        ? []
        : values.strata.split(',').map((s) => s.trim());
  const seed = numberFlag('seed', values.seed);
  const reauditMonths = numberFlag('reaudit-months', values['reaudit-months']);
  return {
    fieldwork,
    ...(values['date-order'] !== undefined && { dateOrder: values['date-order'] as DateOrder }),
    ...(seed !== undefined && { seed }),
    ...(size !== undefined && { size }),
    ...(strata !== undefined && { strata }),
    ...(Object.keys(windows).length > 0 && { windows }),
    ...(reauditMonths !== undefined && { reauditMonths }),
  };
}

/** The draw, with a problem in an option told as the flag's: only flags wrong is a usage error. */
function drawByFlags(caseload: CaseloadSheet, options: CaseloadSampleOptions): AuditSample {
  try {
    return sampleCaseload(caseload, options);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    const issues = e.issues.map((i) => (i.path[0] === 'options' ? flagIssue(i) : i));
    if (issues.every((i) => !i.location))
      throw new UsageError(
        issues
          .map((i) => (i.path.length > 0 ? `${formatPath(i.path)}: ${i.message}` : i.message))
          .join('; '),
      );
    throw new RatingRuleError(issues);
  }
}

export async function sample(args: readonly string[]): Promise<string> {
  const { values, positionals } = parse(args, SAMPLE_FLAGS);
  const [input, ...extra] = positionals;
  if (!input)
    throw new UsageError(
      'sample needs a caseload: hmip-ratings sample <caseload.csv|caseload.xlsx> --fieldwork YYYY-MM-DD',
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.fieldwork === undefined)
    throw new UsageError('sample needs --fieldwork YYYY-MM-DD, the first day of fieldwork');
  const format = values.format as SamplePlanFormat;
  checkChoice('format', format, FORMATS);
  checkChoice('date-order', values['date-order'], DATE_ORDERS);
  checkOutputPaths(values, [input, ...(values.audited ? [values.audited] : [])]);
  const framework = frameworkFor(values.framework);
  const options = drawOptions(values, values.fieldwork);
  const audited = values.audited;
  const sheets = await readSampleSheets(
    { name: basename(input), data: readInput(input) },
    audited ? () => ({ name: basename(audited), data: readInput(audited) }) : undefined,
    {
      framework,
      ...(values.disposal && { disposalAliases: disposalAliases(values.disposal) }),
      ...(options.dateOrder && { dateOrder: options.dateOrder }),
      inflater: nodeInflater,
    },
  );
  const drawn = drawByFlags(sheets.caseload, {
    ...options,
    ...(sheets.auditLog && { auditLog: sheets.auditLog }),
  });
  const output = await sampleCommandOutput(framework, drawn, {
    format,
    sheet: values.out
      ? { path: values.out, workbook: extname(values.out).toLowerCase() === '.xlsx' }
      : undefined,
    exclusions: values.exclusions,
  });
  for (const file of output.files)
    writeOutput(file.path, file.data, {
      flag: file.path === values.out ? 'out' : 'exclusions',
      force: values.force,
    });
  return output.text;
}
