// Command-line arguments: parsed strictly, with a suggestion for a near-miss flag.
import { didYouMean } from 'hmip-ratings/toolkit';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkChoice, UsageError } from './usage-error.js';

export { checkChoice, UsageError };

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; an unknown flag gets "did you mean --x?" when one is close. */
export function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    const flag = /'(-{1,2}[^']*)'/.exec((e as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
      const near = didYouMean(flag.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(`unknown option ${flag}${near ? `: did you mean --${near}?` : ''}`);
    }
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}
