// The opening of every exported function that takes a framework and options: the options read once,
// the framework checked, the options checked, and every problem (with any the function adds of
// its own) thrown at once.
import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import { optionIssues, optionsSnapshot, type OptionSpec } from '../model/arguments.js';
import type { Framework } from '../model/types.js';
import { frameworkArgument } from './trusted.js';

/** A framework argument and an options bag, checked: what the rules may read, and what is wrong. */
export interface CallArguments<T> {
  /** The framework the rules may read; undefined when it has problems. */
  readonly framework: Framework | undefined;
  /** The options read once (see `optionsSnapshot`): what is checked is what is used. */
  readonly options: T;
  /** The framework's problems, then the options'. */
  readonly issues: readonly RatingIssue[];
}

/**
 * Reads the options once, checks the framework, then checks the options against their spec.
 * Nothing is thrown here: the caller adds its own checks and then calls `acceptArguments`.
 */
export function callArguments<T>(
  framework: unknown,
  options: T,
  spec: OptionSpec,
): CallArguments<T> {
  const given = optionsSnapshot(options);
  const checked = frameworkArgument(framework);
  return {
    framework: checked.framework,
    options: given,
    issues: [...checked.issues, ...optionIssues(given, spec)],
  };
}

/**
 * The checked framework and options, or a throw of every problem at once: the opening's, then
 * `more` (the caller's own checks of its other arguments).
 */
export function acceptArguments<T>(
  call: CallArguments<T>,
  more: readonly RatingIssue[] = [],
): { readonly framework: Framework; readonly options: T } {
  const issues = [...call.issues, ...more];
  if (!call.framework || issues.length > 0) throw new RatingRuleError(issues);
  return { framework: call.framework, options: call.options };
}
