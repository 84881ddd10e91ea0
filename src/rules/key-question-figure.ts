import { issue, type RatingIssue, type RatingIssuePath } from '../model/errors.js';
import type { KeyQuestion } from '../model/types.js';
import type { KeyQuestionFields } from '../evidence/schema.js';
import { countIssues, percentYes } from './percent-yes.js';

/**
 * One key question's figure as the rules use it. `percent` is the whole "% yes" the report prints;
 * `yes` and `of` are present when given or recovered; `empty` marks a sub-sample with no cases.
 * @category Results
 */
export interface KeyQuestionFigure {
  readonly keyQuestion: string;
  readonly text: string;
  readonly yes?: number;
  readonly of?: number;
  readonly percent?: number;
  /** True when `yes` was recovered from a published percent and sample size. */
  readonly countsRecovered: boolean;
  readonly empty: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds a figure property by property, always in the same order. (On Node 20, copying an object
 * with spread and adding properties costs about 1.7 µs; this is the hot path of every rating.)
 */
export function makeFigure(
  keyQuestion: string,
  text: string,
  counts: {
    readonly yes?: number | undefined;
    readonly of?: number | undefined;
    readonly percent?: number | undefined;
  },
  countsRecovered = false,
): KeyQuestionFigure {
  const figure: Mutable<KeyQuestionFigure> = {
    keyQuestion,
    text,
    countsRecovered,
    empty: counts.of === 0,
  };
  if (counts.yes !== undefined) figure.yes = counts.yes;
  if (counts.of !== undefined) figure.of = counts.of;
  if (counts.percent !== undefined) figure.percent = counts.percent;
  return figure;
}

/** The same figure with a different number of yes answers (its `of` must be known and above 0). */
export function withYes(figure: KeyQuestionFigure, yes: number): KeyQuestionFigure {
  return makeFigure(
    figure.keyQuestion,
    figure.text,
    { yes, of: figure.of, percent: percentYes(yes, figure.of as number) },
    figure.countsRecovered,
  );
}

/** The yes counts out of `of` that print as `percent`. */
export function countsPrintingAs(percent: number, of: number): number[] {
  const fits: number[] = [];
  // Only yes values near percent * of / 100 can round to it.
  const centre = Math.round((percent * of) / 100);
  for (let yes = Math.max(0, centre - 2); yes <= Math.min(of, centre + 2); yes++) {
    if (percentYes(yes, of) === percent) fits.push(yes);
  }
  return fits;
}

/** Reads one key question's evidence into a figure, or the problems that prevent it. */
export function keyQuestionFigure(
  keyQuestion: KeyQuestion,
  evidence: KeyQuestionFields,
  standardPath: RatingIssuePath,
): { figure?: KeyQuestionFigure; issues: RatingIssue[] } {
  const { yes, of, percent } = evidence;
  const { id, text } = keyQuestion;
  // The path of the key question, built only when there is a problem to report.
  const at = (...more: string[]) => [...standardPath, 'keyQuestions', id, ...more];
  if (of === 0) {
    if ((yes ?? 0) !== 0 || percent !== undefined) {
      return {
        issues: [
          issue(
            'yes-exceeds-of',
            at(),
            'a key question with no applicable cases ("of": 0) has no yes answers and no percentage',
          ),
        ],
      };
    }
    return { figure: makeFigure(id, text, { of: 0 }), issues: [] };
  }
  if (yes !== undefined) {
    if (of === undefined) {
      return {
        issues: [
          issue(
            'invalid-count',
            at('of'),
            `"yes" needs "of": how many cases the key question was asked of`,
          ),
        ],
      };
    }
    const found = countIssues(yes, of);
    if (found.length > 0)
      return { issues: found.map((i) => ({ ...i, path: [...at(), ...i.path] })) };
    const printed = percentYes(yes, of);
    if (percent !== undefined && percent !== printed) {
      return {
        issues: [
          issue(
            'inconsistent-percent',
            at('percent'),
            `${yes} of ${of} is ${printed}%, not ${percent}%`,
          ),
        ],
      };
    }
    return { figure: makeFigure(id, text, { yes, of, percent: printed }), issues: [] };
  }
  if (percent === undefined) {
    return { issues: [issue('invalid-input', at(), 'give "yes" and "of" (counts), or "percent"')] };
  }
  if (!Number.isInteger(percent)) {
    return {
      issues: [
        issue(
          'invalid-percent',
          at('percent'),
          `a published percentage is a whole number (got ${percent}); give "yes" and "of" for an exact figure`,
        ),
      ],
    };
  }
  if (of === undefined) return { figure: makeFigure(id, text, { percent }), issues: [] };
  const fits = countsPrintingAs(percent, of);
  if (fits.length === 0) {
    return {
      issues: [
        issue(
          'inconsistent-percent',
          at('percent'),
          `no number of cases out of ${of} gives ${percent}%`,
        ),
      ],
    };
  }
  if (fits.length === 1) {
    return {
      figure: makeFigure(id, text, { yes: fits[0] as number, of, percent }, true),
      issues: [],
    };
  }
  return { figure: makeFigure(id, text, { of, percent }), issues: [] };
}
