// hmip-ratings rate: a mock inspection from a case audit and the panel's judgements, or the
// rating of evidence JSON.
import { basename } from 'node:path';
import {
  RatingRuleError,
  breakdownByGroup,
  formatPath,
  frameworks,
  rateInspection,
  ratingIntervals,
  ratingMargins,
  resampleRating,
  type RatingIssue,
} from 'hmip-ratings';
import { rateAudit, type AuditOptions } from '../sheets/audit.js';
import { parseJson } from '../sheets/json.js';
import { formatReport, type ReportFormat } from '../sheets/report.js';
import { parse, UsageError } from './args.js';
import { nodeInflater } from './inflate.js';
import { readInput } from './io.js';

export const RATE_HELP = `rate: prints the ratings table (score, overall rating, one row per standard with its lowest key
question), the sample, then each case-sampled standard's key questions.
  hmip-ratings rate <cases.csv|cases.xlsx|evidence.json> [options]
  --judgements FILE    the panel's judgements: a CSV (standard,rating,reason), a JSON file
                       ({"1.1": "Good", ...}) or a workbook with a Judgements sheet. Judgement
                       standards need a rating; a rating on a case-sampled standard is a
                       discretion decision with a reason. A workbook's own Judgements sheet is
                       read when this is not given.
  --framework ID       hmip-youth-2021 or hmip-youth-2018; by default read off the sheet's
                       question columns (hmip-youth-2021 when they fit both); evidence JSON
                       names its own
  --format FORMAT      table (default), markdown, csv or json
  --margins            also say what would change each case-sampled standard's rating
  --banding POLICY     rounded (default: band the printed whole percent) or exact (the fraction)
  --allow-incomplete   rate even when a counted standard is missing or not rated (no overall)
  --leave-out-unanswered
                       a blank key-question answer leaves that case out of the question's sample
                       (by default a case must answer every key question it can)
  --confidence [LEVEL] how far the figures can be trusted: each key question's exact
                       (Clopper-Pearson) interval and, from a case audit, a seeded bootstrap of
                       the ratings; LEVEL is 0.8 by default (HMIP's design level)
  --resamples N        resamples for --confidence (default 2,000, at most 100,000)
  --seed N             the resampling seed (default 1), printed with the figures
  --by COLUMN          each key question's and standard's figures by group of a column of the
                       case sheet (gender, ethnicity, team), small numbers suppressed
  --suppress-below K   hide a group's figure when it rests on fewer than K cases (default 5)
  --disposal NAME=DISPOSAL
                       read a disposal name the sources do not settle as one of the framework's
                       disposals, for example --disposal "Outcome 22=community resolution";
                       repeat for more names`;

const DEFAULT_LEVEL = 0.8;

const FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

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

export async function rate(given: readonly string[]): Promise<string> {
  const { args, level } = confidenceLevel(given);
  const { values, positionals } = parse(args, {
    judgements: { type: 'string' },
    framework: { type: 'string' },
    format: { type: 'string', default: 'table' },
    margins: { type: 'boolean', default: false },
    banding: { type: 'string', default: 'rounded' },
    'allow-incomplete': { type: 'boolean', default: false },
    'leave-out-unanswered': { type: 'boolean', default: false },
    disposal: { type: 'string', multiple: true },
    resamples: { type: 'string' },
    seed: { type: 'string' },
    by: { type: 'string' },
    'suppress-below': { type: 'string' },
  });
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
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${values.format}": use ${FORMATS.join(', ')}`);
  if (values.banding !== 'rounded' && values.banding !== 'exact')
    throw new UsageError(`unknown banding "${values.banding}": use rounded or exact`);
  if (values.framework !== undefined && !Object.hasOwn(frameworks, values.framework))
    throw new UsageError(
      `unknown framework "${values.framework}": use ${Object.keys(frameworks).join(' or ')}`,
    );
  const options: AuditOptions = {
    banding: values.banding,
    ...(values.framework !== undefined && { framework: values.framework }),
    ...(values['allow-incomplete'] && { incomplete: 'allow' as const }),
    ...(values['leave-out-unanswered'] && { unanswered: 'leave-out' as const }),
    ...(values.disposal && { disposalAliases: disposalAliases(values.disposal) }),
    inflater: nodeInflater,
  };
  const name = basename(input);
  const bytes = readInput(input);
  if (name.toLowerCase().endsWith('.json')) {
    if (values.judgements)
      throw new UsageError(
        '--judgements is for case audits: evidence JSON carries its own judgements',
      );
    const text = new TextDecoder().decode(bytes);
    const parsed = parseJson(text, name);
    if (parsed.issues.length > 0) throw new RatingRuleError(parsed.issues);
    try {
      const rating = rateInspection(parsed.value, {
        banding: values.banding,
        ...(options.incomplete && { incomplete: options.incomplete }),
      });
      const framework = frameworks[rating.framework.id as keyof typeof frameworks];
      if (values.by !== undefined)
        throw new UsageError('--by needs case answers: give a case audit, not evidence JSON');
      return formatReport(
        {
          rating,
          ...(values.margins && { margins: ratingMargins(rating, framework) }),
          ...(level !== undefined && {
            confidence: { intervals: ratingIntervals(rating, framework, { level }) },
          }),
        },
        format,
      );
    } catch (e) {
      if (!(e instanceof RatingRuleError)) throw e;
      // Evidence problems have paths into the JSON; say which file they are in.
      throw new RatingRuleError(
        e.issues.map(
          (i): RatingIssue =>
            i.location
              ? i
              : {
                  ...i,
                  location: { file: name },
                  message: i.path.length > 0 ? `${formatPath(i.path)}: ${i.message}` : i.message,
                },
        ),
      );
    }
  }
  const judgements = values.judgements
    ? { name: basename(values.judgements), data: readInput(values.judgements) }
    : undefined;
  const audit = await rateAudit(
    { cases: { name, data: bytes }, ...(judgements && { judgements }) },
    options,
  );
  const note =
    audit.frameworkChoice === 'assumed' && format === 'table'
      ? `\nFramework ${audit.framework.id} assumed: the sheet's columns fit more than one framework; choose with --framework.\n`
      : '';
  const cases = audit.cases.cases;
  const judged = audit.judgements?.judgements;
  const confidence =
    level === undefined
      ? undefined
      : {
          intervals: ratingIntervals(audit.rating, audit.framework, { level }),
          resampled: resampleRating(audit.framework, cases, judged, {
            level,
            ...(resamples !== undefined && { resamples }),
            ...(seed !== undefined && { seed }),
            ...(options.banding && { banding: options.banding }),
            ...(options.unanswered && { unanswered: options.unanswered }),
            ...(options.incomplete && { incomplete: options.incomplete }),
          }),
        };
  const breakdown =
    values.by === undefined
      ? undefined
      : breakdownByGroup(audit.framework, cases, values.by, {
          ...(suppressBelow !== undefined && { suppressBelow }),
          ...(level !== undefined && { level }),
          ...(options.banding && { banding: options.banding }),
          ...(options.unanswered && { unanswered: options.unanswered }),
        });
  return (
    formatReport(
      {
        rating: audit.rating,
        tally: audit.tally,
        ...(values.margins && { margins: audit.margins }),
        ...(confidence && { confidence }),
        ...(breakdown && { breakdown }),
      },
      format,
    ) + note
  );
}
