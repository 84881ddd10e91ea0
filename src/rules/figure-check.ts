// Checks key-question figures passed straight to the exported rules (lowestKeyQuestion,
// discretionTriggers), and copies them, so every value is read once and is what the rules use.
import { argumentIssue, isRecord } from '../model/arguments.js';
import { issue, type RatingIssue } from '../model/errors.js';
import { preview } from '../model/preview.js';
import { countIssues, percentYes } from './percent-yes.js';
import { makeFigure, type KeyQuestionFigure } from './key-question-figure.js';

const MAX_FIGURES = 1000;

/** A list of key-question figures, checked and copied, or every problem with it. */
export function checkedFigures(value: unknown): {
  readonly value?: readonly KeyQuestionFigure[];
  readonly issues: RatingIssue[];
} {
  if (!Array.isArray(value) || value.length > MAX_FIGURES)
    return {
      issues: [
        argumentIssue('figures', `a list of up to ${MAX_FIGURES} key-question figures`, value),
      ],
    };
  const issues: RatingIssue[] = [];
  const figures: KeyQuestionFigure[] = [];
  for (let i = 0; i < value.length; i++) {
    const f: unknown = value[i];
    const path = ['figures', i];
    if (!isRecord(f)) {
      issues.push(
        issue('invalid-argument', path, `a figure must be an object (got ${preview(f)})`),
      );
      continue;
    }
    const { keyQuestion, text, yes, of, percent, countsRecovered, empty } = f;
    const before = issues.length;
    if (typeof keyQuestion !== 'string' || keyQuestion.length === 0 || keyQuestion.length > 100)
      issues.push(
        issue(
          'invalid-argument',
          [...path, 'keyQuestion'],
          `needs the key question's id (got ${preview(keyQuestion)})`,
        ),
      );
    if (text !== undefined && typeof text !== 'string')
      issues.push(
        issue('invalid-argument', [...path, 'text'], `must be text (got ${preview(text)})`),
      );
    if (empty !== undefined && typeof empty !== 'boolean')
      issues.push(
        issue(
          'invalid-argument',
          [...path, 'empty'],
          `must be true or false (got ${preview(empty)})`,
        ),
      );
    const isEmpty = empty === true || of === 0;
    if (yes !== undefined && of !== undefined) issues.push(...countIssues(yes, of, path));
    else if (of !== undefined) issues.push(...countIssues(0, of, path));
    else if (yes !== undefined)
      issues.push(issue('invalid-count', [...path, 'of'], '"yes" needs "of": how many cases'));
    if (issues.length === before) {
      const hasCounts = yes !== undefined && of !== undefined && (of as number) > 0;
      const printed = hasCounts ? percentYes(yes as number, of as number) : undefined;
      if (isEmpty && ((yes as number | undefined) ?? 0) !== 0)
        issues.push(
          issue('yes-exceeds-of', path, 'a figure with no applicable cases has no yes answers'),
        );
      else if (!isEmpty && percent === undefined && !hasCounts)
        issues.push(issue('invalid-argument', path, 'a figure needs "yes" and "of", or "percent"'));
      else if (
        percent !== undefined &&
        (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100)
      )
        issues.push(
          issue(
            'invalid-percent',
            [...path, 'percent'],
            `must be a whole number from 0 to 100 (got ${preview(percent)})`,
          ),
        );
      else if (printed !== undefined && percent !== undefined && percent !== printed)
        issues.push(
          issue(
            'inconsistent-percent',
            [...path, 'percent'],
            `${String(yes)} of ${String(of)} is ${printed}%, not ${String(percent)}%`,
          ),
        );
      else
        figures.push(
          makeFigure(
            keyQuestion as string,
            (text as string | undefined) ?? '',
            isEmpty
              ? { of: 0 }
              : {
                  yes: yes as number | undefined,
                  of: of as number | undefined,
                  percent: (percent as number | undefined) ?? printed,
                },
            countsRecovered === true,
          ),
        );
    }
  }
  return issues.length > 0 ? { issues } : { value: figures, issues };
}
