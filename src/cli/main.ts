// The command-line tool: with cli/index.ts, the one place in src/ that does I/O.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { RatingRuleError, formatLocation, formatPath, type RatingIssue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { frameworks } from '../frameworks/index.js';
import { rateInspection } from '../rules/rate-inspection.js';
import { ratingMargins } from '../margins/rating-margins.js';
import type { CaseRating } from '../cases/rate-cases.js';
import type { BandingPolicy } from '../rules/band-for.js';
import {
  casesToRows,
  casesWorkbook,
  formatReport,
  judgementsFromJson,
  judgementsToRows,
  rateSheets,
  readCasesCsv,
  readCasesWorkbook,
  readJudgementsCsv,
  toCsv,
  type JudgementSheet,
  type ReportFormat,
} from '../sheets/index.js';

const HELP = `hmip-ratings: HMIP youth justice ratings from case audits or evidence

Usage:
  hmip-ratings rate <cases.csv|cases.xlsx|evidence.json> [options]
  hmip-ratings template [--framework ID] [--out FILE] [--judgements]

rate: prints the ratings table (score, overall rating, one row per standard with its lowest key
question), then each case-sampled standard's key questions.
  --judgements FILE    the panel's judgements: a CSV (standard,rating,reason) or a JSON file
                       ({"1.1": "Good", ...}); judgement standards need a rating, and a rating on a
                       case-sampled standard is a discretion decision with a reason. A workbook's
                       own "Judgements" sheet is read when this is not given.
  --framework ID       hmip-youth-2021 (default) or hmip-youth-2018; evidence JSON names its own
  --format FORMAT      table (default), markdown, csv or json
  --margins            also say what would change each case-sampled standard's rating
  --banding POLICY     rounded (default: band the printed whole percent) or exact (the fraction)
  --allow-incomplete   rate even when a counted standard is missing or not rated (no overall)
  --leave-out-unanswered
                       a blank key-question answer leaves that case out of the question's sample
                       (by default a case must answer every key question it can)

template: writes a blank audit sheet (header of question ids) for the framework.
  --framework ID       hmip-youth-2021 (default) or hmip-youth-2018
  --out FILE           a .csv or .xlsx file; without it, CSV goes to standard output
  --judgements         write the judgements sheet instead of the cases sheet (CSV)

  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success; 1 invalid input (each problem named with file, row and column);
2 usage errors.`;

class UsageError extends Error {}

const FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

function frameworkFor(id: string | undefined): Framework {
  const key = id ?? 'hmip-youth-2021';
  if (!Object.hasOwn(frameworks, key))
    throw new UsageError(`unknown framework "${key}": use ${Object.keys(frameworks).join(' or ')}`);
  return frameworks[key as keyof typeof frameworks];
}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
}

function describe(issue: RatingIssue): string {
  return issue.location ? `${formatLocation(issue.location)}: ${issue.message}` : issue.message;
}

async function rate(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      judgements: { type: 'string' },
      framework: { type: 'string' },
      format: { type: 'string', default: 'table' },
      margins: { type: 'boolean', default: false },
      banding: { type: 'string', default: 'rounded' },
      'allow-incomplete': { type: 'boolean', default: false },
      'leave-out-unanswered': { type: 'boolean', default: false },
    },
  });
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
  const options = {
    banding: values.banding as BandingPolicy,
    ...(values['allow-incomplete'] && { incomplete: 'allow' as const }),
    ...(values['leave-out-unanswered'] && { unanswered: 'leave-out' as const }),
  };
  const kind = extname(input).toLowerCase();
  const name = basename(input);
  try {
    if (kind === '.json') {
      const evidence = JSON.parse(read(input).toString('utf8')) as unknown;
      const { unanswered: _unused, ...rateOptions } = options as typeof options & {
        unanswered?: unknown;
      };
      const rating = rateInspection(evidence, rateOptions);
      const framework = frameworks[rating.framework.id as keyof typeof frameworks];
      return formatReport(
        { rating, ...(values.margins && { margins: ratingMargins(rating, framework) }) },
        format,
      );
    }
    if (kind !== '.csv' && kind !== '.xlsx')
      throw new UsageError(`cannot read "${input}": give a .csv, .xlsx or .json file`);
    const framework = frameworkFor(values.framework);
    const sheets =
      kind === '.csv'
        ? { cases: readCasesCsv(read(input).toString('utf8'), { framework, file: name }) }
        : await readCasesWorkbook(read(input), { framework, file: name });
    let judgements: JudgementSheet | undefined =
      'judgements' in sheets ? sheets.judgements : undefined;
    if (values.judgements) {
      const file = basename(values.judgements);
      const text = read(values.judgements).toString('utf8');
      judgements =
        extname(file).toLowerCase() === '.json'
          ? judgementsFromJson(text, { file })
          : readJudgementsCsv(text, { framework, file });
    }
    const result: CaseRating = rateSheets(sheets.cases, judgements, options);
    return formatReport(
      {
        rating: result.rating,
        tally: result.tally,
        ...(values.margins && { margins: result.margins }),
      },
      format,
    );
  } catch (e) {
    // Judgement and sheet problems are located already; the rest come from the input file itself.
    const here = (issue: RatingIssue): RatingIssue =>
      issue.location
        ? issue
        : {
            ...issue,
            location: { file: name },
            message:
              issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
          };
    if (e instanceof SyntaxError)
      throw new RatingRuleError([
        here({ code: 'invalid-file', path: [], message: `not valid JSON (${e.message})` }),
      ]);
    if (e instanceof RatingRuleError) throw new RatingRuleError(e.issues.map(here));
    throw e;
  }
}

async function template(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      framework: { type: 'string' },
      out: { type: 'string' },
      judgements: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const framework = frameworkFor(values.framework);
  const out = values.out;
  if (out && extname(out).toLowerCase() === '.xlsx') {
    writeFileSync(out, await casesWorkbook(framework));
    return `wrote ${out}: a blank ${framework.id} audit workbook (Cases, Judgements and Questions sheets)\n`;
  }
  if (out && extname(out).toLowerCase() !== '.csv')
    throw new UsageError(`cannot write "${out}": give a .csv or .xlsx file`);
  const csv = toCsv(values.judgements ? judgementsToRows(framework) : casesToRows(framework));
  if (!out) return csv;
  writeFileSync(out, csv);
  return `wrote ${out}: a blank ${framework.id} ${values.judgements ? 'judgements' : 'audit'} sheet\n`;
}

/** Runs the tool on arguments; returns the exit code. */
export async function main(
  argv: readonly string[],
  io: { readonly out: (text: string) => unknown; readonly err: (text: string) => unknown } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (
      !command ||
      command === '-h' ||
      command === '--help' ||
      rest.includes('--help') ||
      rest.includes('-h')
    ) {
      io.out(`${HELP}\n`);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      io.out(
        `${(createRequire(import.meta.url)('hmip-ratings/package.json') as { version: string }).version}\n`,
      );
      return 0;
    }
    if (command === 'rate') io.out(await rate(rest));
    else if (command === 'template') io.out(await template(rest));
    else throw new UsageError(`unknown command "${command}": use rate or template (see --help)`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`hmip-ratings: ${(e as Error).message}\nRun hmip-ratings --help for usage.\n`);
      return 2;
    }
    if (e instanceof RatingRuleError) {
      io.err(
        `hmip-ratings: ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'} found, nothing was rated:\n${e.issues.map((i) => `  ${describe(i)}`).join('\n')}\n`,
      );
      return 1;
    }
    throw e;
  }
}
