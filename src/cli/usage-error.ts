// The error of a command called wrongly, in a module of its own: --help and the command table
// load it without the argument parser's helpers.

/** A mistake in how the command was called: exit code 2, with a pointer to --help. */
export class UsageError extends Error {}

/**
 * Refuses a flag's value that is not one of `allowed`, naming every allowed value: the one
 * wording of every command's "unknown format", "unknown banding" and "unknown framework".
 */
export function checkChoice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  separator = ', ',
): asserts value is T | undefined {
  if (value !== undefined && !(allowed as readonly string[]).includes(value))
    throw new UsageError(`unknown ${flag} "${value}": use ${allowed.join(separator)}`);
}
