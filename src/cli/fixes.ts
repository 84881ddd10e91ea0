// A "To fix" hint is printed only when it would fix the file: when a command is refused with
// hints, it is run again with every hinted option applied (a hint to give a judgements file is
// tried as rating without them), and again with the hints that run gives, a few times; the hints
// are kept only when that leads to a result, with the hints the later runs gave added, so applying
// every hint printed makes the file rate. Otherwise the problems are printed with no hint, so
// no message suggests an option that would not help (--leave-out-unanswered for a sheet whose
// blank answers are not what stops it). A column map to save (a heading's closest key question,
// option "columns") is not an option to try: it is a draft the team checks, kept as it is.
import { RatingRuleError, type IssueFix, type RatingIssue } from 'hmip-ratings';

/** A refusal whose hints, applied together, lead to a result: the problems' own and those after. */
export class HintedRefusal extends RatingRuleError {
  constructor(
    issues: readonly RatingIssue[],
    /** The hints the runs with the first hints applied gave, printed with the problems' own. */
    readonly laterFixes: readonly IssueFix[],
  ) {
    super(issues);
  }
}

/** The options a hint sets, as a pipeline takes them. */
export interface HintedOptions {
  incomplete?: 'allow';
  unanswered?: 'leave-out';
  framework?: string;
}

/** A line of a column map to save: the team checks it, no run can. */
const isColumnMap = (fix: IssueFix) => fix.option === 'columns';

/** Every hint's option, applied; undefined when a hint is not one this command can try. */
function hintedOptions(issues: readonly RatingIssue[]): HintedOptions | undefined {
  const options: HintedOptions = {};
  for (const { fix } of issues) {
    if (!fix || isColumnMap(fix)) continue;
    if (fix.option === 'incomplete' && fix.value === 'allow') options.incomplete = 'allow';
    else if (fix.option === 'unanswered' && fix.value === 'leave-out')
      options.unanswered = 'leave-out';
    else if (fix.option === 'framework' && fix.value) options.framework = fix.value;
    else if (fix.option === 'judgements') options.incomplete = 'allow';
    else return undefined;
  }
  return Object.keys(options).length > 0 ? options : undefined;
}

/** How many runs with hints applied are tried before the hints are judged not to help. */
const ROUNDS = 3;

/**
 * The hints the runs after the first gave, when applying the hints, and those the next run gives,
 * leads to a result; undefined when it does not.
 */
async function hintsLeadToResult(
  first: HintedOptions | undefined,
  retry: (options: HintedOptions) => Promise<unknown>,
): Promise<IssueFix[] | undefined> {
  let options = first;
  const later: IssueFix[] = [];
  for (let round = 0; options && round < ROUNDS; round++) {
    try {
      await retry(options);
      return later;
    } catch (e) {
      if (!(e instanceof RatingRuleError)) return undefined;
      const more = hintedOptions(e.issues);
      if (!more) return undefined;
      const merged: HintedOptions = { ...options, ...more };
      if (JSON.stringify(merged) === JSON.stringify(options)) return undefined;
      later.push(...e.issues.flatMap((i) => (i.fix ? [i.fix] : [])));
      options = merged;
    }
  }
  return undefined;
}

/**
 * Runs `attempt`; when it is refused with hints, runs `retry` with the hinted options (and those
 * that run hints at) and, unless that leads to a result, refuses with the same problems and no
 * hints.
 */
export async function withCheckedHints<T>(
  attempt: () => Promise<T>,
  retry: (options: HintedOptions) => Promise<unknown>,
): Promise<T> {
  try {
    return await attempt();
  } catch (e) {
    if (!(e instanceof RatingRuleError) || !e.issues.some((i) => i.fix && !isColumnMap(i.fix)))
      throw e;
    const later = await hintsLeadToResult(hintedOptions(e.issues), retry);
    if (later) throw later.length > 0 ? new HintedRefusal(e.issues, later) : e;
    throw new RatingRuleError(
      e.issues.map(({ fix, ...issue }) => (fix && isColumnMap(fix) ? { ...issue, fix } : issue)),
    );
  }
}
