// The error of a command called wrongly, in a module of its own: --help and the command table
// load it without the argument parser's helpers.

/** A mistake in how the command was called: exit code 2, with a pointer to --help. */
export class UsageError extends Error {}
