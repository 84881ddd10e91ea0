// The command-line tool: with cli/index.ts and cli/io.ts, the one place in src/ that does I/O.
// Each command lives in its own module, loaded only when it runs, and --help loads only the help
// text (about 14 kB), so it starts fast.
import { createRequire } from 'node:module';
import { commandHelp, HELP } from './help.js';
import { UsageError } from './usage-error.js';

const COMMANDS = {
  rate: async (args: readonly string[]) => (await import('./rate.js')).rate(args),
  template: async (args: readonly string[]) => (await import('./template.js')).template(args),
  sample: async (args: readonly string[]) => (await import('./sample.js')).sample(args),
  moderate: async (args: readonly string[]) => (await import('./moderate.js')).moderate(args),
  trend: async (args: readonly string[]) => (await import('./trend.js')).trend(args),
} as const;

/** What a refused command did not do, in its own words. */
const OUTCOME = new Map([
  ['rate', 'nothing was rated'],
  ['sample', 'nothing was drawn'],
  ['moderate', 'nothing was moderated'],
  ['trend', 'nothing was compared'],
  ['template', 'nothing was written'],
]);

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
      io.err(`hmip-ratings: no command given\n\n${HELP}\n`);
      return 2;
    }
    const help = helpAsked(command, rest);
    if (help !== undefined) {
      io.out(`${help}\n`);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      io.out(
        `${(createRequire(import.meta.url)('hmip-ratings-sheets/package.json') as { version: string }).version}\n`,
      );
      return 0;
    }
    if (command === 'help')
      throw rest.length > 1
        ? new UsageError(`help takes one command, as in hmip-ratings help rate`)
        : await unknownCommand(rest[0] ?? '');
    if (!Object.hasOwn(COMMANDS, command)) throw await unknownCommand(command);
    io.out(await COMMANDS[command as keyof typeof COMMANDS](rest));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`hmip-ratings: ${e.message}\nRun hmip-ratings --help for usage.\n`);
      return 2;
    }
    // (the rules and the problem printer are loaded only now: --help does without them, and a
    // command that ran has loaded them already)
    const [{ RatingRuleError }, { refusalText }] = await Promise.all([
      import('hmip-ratings'),
      import('./issues.js'),
    ]);
    if (e instanceof RatingRuleError) {
      io.err(`hmip-ratings: ${refusalText(e, OUTCOME.get(command ?? '') ?? 'nothing was done')}`);
      return 1;
    }
    throw e;
  }
}

/**
 * The help a call asks for, or undefined: the overview for `--help`, `-h` or `help` alone; one
 * command's help for `<command> --help`, `<command> -h` or `help <command>`. A name that is not a
 * command gets no help here, so it is refused as an unknown command.
 */
function helpAsked(command: string, rest: readonly string[]): string | undefined {
  if (command === '-h' || command === '--help') return HELP;
  if (command === 'help') {
    const [named, ...more] = rest;
    if (named === undefined || named === '--help' || named === '-h') return HELP;
    return more.length === 0 ? commandHelp(named) : undefined;
  }
  if (rest.includes('--help') || rest.includes('-h')) return commandHelp(command);
  return undefined;
}

/** The refusal of a name that is not a command, with the nearest command when one is close. */
async function unknownCommand(command: string): Promise<UsageError> {
  // (the toolkit is loaded only for a mistyped command: --help and the commands do without)
  const { didYouMean } = await import('hmip-ratings/toolkit');
  const names = Object.keys(COMMANDS);
  const near = didYouMean(command, names);
  return new UsageError(
    `unknown command "${command.slice(0, 40)}": ${near ? `did you mean ${near}?` : `use ${names.join(' or ')}`} (see --help)`,
  );
}
