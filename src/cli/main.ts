// The command-line tool: with cli/index.ts and cli/io.ts, the one place in src/ that does I/O.
// Each command lives in its own module, loaded only when it runs, so --help starts fast.
import { createRequire } from 'node:module';
import { RatingRuleError, toolkit } from 'hmip-ratings';
import { UsageError } from './args.js';
import { problemsText } from './issues.js';

const { didYouMean } = toolkit;

const COMMANDS = {
  rate: async (args: readonly string[]) => (await import('./rate.js')).rate(args),
  template: async (args: readonly string[]) => (await import('./template.js')).template(args),
  sample: async (args: readonly string[]) => (await import('./sample.js')).sample(args),
  moderate: async (args: readonly string[]) => (await import('./moderate.js')).moderate(args),
  // @trend-command
} as const;

/** What a refused command did not do, in its own words. */
const OUTCOME = new Map([
  ['rate', 'nothing was rated'],
  ['sample', 'nothing was drawn'],
  ['moderate', 'nothing was moderated'],
  ['trend', 'nothing was compared'],
  ['template', 'nothing was written'],
]);

async function help(): Promise<string> {
  const [{ RATE_HELP }, { TEMPLATE_HELP }, { SAMPLE_HELP }, { MODERATE_HELP }] = await Promise.all([
    import('./rate.js'),
    import('./template.js'),
    import('./sample.js'),
    import('./moderate.js'),
  ]);
  return `hmip-ratings: HMIP youth justice ratings from case audits or evidence

Usage:
  hmip-ratings rate <cases.csv|cases.xlsx|evidence.json> [options]
  hmip-ratings sample <caseload.csv|caseload.xlsx> --fieldwork YYYY-MM-DD [options]
  hmip-ratings moderate <first.csv|.xlsx> <second.csv|.xlsx> [options]
  hmip-ratings template [--framework ID] [--out FILE] [--judgements]

${RATE_HELP}

${SAMPLE_HELP}

${MODERATE_HELP}

${TEMPLATE_HELP}

  -h, --help           show this help
  -v, --version        show the version

Files are read within limits (256 MB a file, 200,000 rows, 1,000 columns; a workbook 1 GB
unzipped and 2 minutes); a workbook must pass its integrity check, and only its visible sheets
are read. Text written to CSV is neutralised against formulas, and to markdown escaped.

Exit codes: 0 success; 1 invalid input (every problem named with file, row and column, and
nothing rated); 2 usage errors, including a file that cannot be read or written.`;
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
    if (!command) {
      io.err(`hmip-ratings: no command given\n\n${await help()}\n`);
      return 2;
    }
    if (
      command === '-h' ||
      command === '--help' ||
      rest.includes('--help') ||
      rest.includes('-h')
    ) {
      io.out(`${await help()}\n`);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      io.out(
        `${(createRequire(import.meta.url)('hmip-ratings-sheets/package.json') as { version: string }).version}\n`,
      );
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      const near = didYouMean(command, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${command.slice(0, 40)}": ${near ? `did you mean ${near}?` : `use ${Object.keys(COMMANDS).join(' or ')}`} (see --help)`,
      );
    }
    io.out(await COMMANDS[command as keyof typeof COMMANDS](rest));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`hmip-ratings: ${e.message}\nRun hmip-ratings --help for usage.\n`);
      return 2;
    }
    if (e instanceof RatingRuleError) {
      io.err(
        `hmip-ratings: ${problemsText(e.issues, OUTCOME.get(command ?? '') ?? 'nothing was done')}`,
      );
      return 1;
    }
    throw e;
  }
}
