import type { InspectionRating } from '../rules/inspection-rating.js';
import type { StandardRating } from '../rules/standard-rating.js';
import { describeFigure } from '../rules/explain.js';
import { inspectionRatingSchema } from '../rules/inspection-rating-schema.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { RatingRuleError } from '../model/errors.js';
import { plainText } from './plain-text.js';
import { noOverallOf } from './no-overall.js';

/** Text of one standard's row: id, name, rating, and how it was reached. */
function row(s: StandardRating, width: number): string {
  const rating = s.rating ?? 'Not rated';
  const lowest = s.lowest
    ? `lowest ${s.lowest.keyQuestion} ${describeFigure(s.lowest)}`
    : s.status === 'not-rated'
      ? s.notRatedReason !== undefined
        ? `not rated: ${s.notRatedReason}`
        : 'not rated: no applicable cases'
      : s.method === 'judgement'
        ? 'judgement'
        : s.method === 'given'
          ? 'given'
          : '';
  const discretion =
    s.discretion && s.discretion.direction !== 'unchanged'
      ? `, discretion from ${s.discretion.from}`
      : '';
  return `${plainText(s.standard).padEnd(5)}${plainText(s.name).padEnd(width)}${rating.padEnd(22)}${plainText(lowest)}${discretion}`.trimEnd();
}

/**
 * The ratings table as the reports print it: the service, `Score 12/36`, the overall rating, and
 * one row per standard under its domain, with the lowest key question of each rated standard.
 * An incomplete rating has no score line: `no overall: judgements missing (1.1, ...)` instead
 * (see `noOverallWords`), never the sum of the standards that were rated.
 *
 * @example
 * ratingsTable(rateInspection(cumberland2024)).split('\n')[1] // => 'Score 12/36'
 * @category Formatting
 */
export function ratingsTable(result: InspectionRating): string {
  const parsed = inspectionRatingSchema.safeParse(result);
  if (!parsed.success)
    throw new RatingRuleError(
      fromZodIssues(parsed.error.issues, result, ['result']).map((i) => ({
        ...i,
        code: 'invalid-argument' as const,
        message: `not a rating from rateInspection: ${i.message}`,
      })),
    );
  return tableOf(parsed.data as InspectionRating);
}

/** The ratings table of a rating already known to be well formed. */
export function tableOf(result: InspectionRating): string {
  const width = Math.max(...result.standards.map((s) => s.name.length)) + 2;
  const lines = [plainText(result.service ?? result.framework.name)];
  const noOverall = noOverallOf(result);
  if (noOverall !== undefined) lines.push(noOverall);
  else
    lines.push(`Score ${result.score}/${result.maximum}`, `Overall rating       ${result.overall}`);
  let domain = '';
  for (const s of result.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      lines.push(plainText(`${domain}. ${s.domainName}`));
    }
    lines.push(row(s, width));
  }
  for (const e of result.excluded) {
    if (e.reason === 'does not count toward the overall')
      lines.push(`(${plainText(e.standard)} does not influence the overall rating)`);
  }
  return lines.join('\n');
}
