import type { InspectionRating } from '../rules/inspection-rating.js';
import type { StandardRating } from '../rules/standard-rating.js';
import { describeFigure } from '../rules/explain.js';

/** Text of one standard's row: id, name, rating, and how it was reached. */
function row(s: StandardRating, width: number): string {
  const rating = s.rating ?? 'Not rated';
  const lowest = s.lowest
    ? `lowest ${s.lowest.keyQuestion} ${describeFigure(s.lowest)}`
    : s.method === 'judgement'
      ? 'judgement'
      : s.method === 'given'
        ? 'given'
        : '';
  const discretion =
    s.discretion && s.discretion.direction !== 'unchanged'
      ? `, discretion from ${s.discretion.from}`
      : '';
  return `${s.standard.padEnd(5)}${s.name.padEnd(width)}${rating.padEnd(22)}${lowest}${discretion}`.trimEnd();
}

/**
 * The ratings table as the reports print it: the service, `Score 12/36`, the overall rating, and
 * one row per standard under its domain, with the lowest key question of each rated standard.
 *
 * @example
 * ratingsTable(rateInspection(cumberland2024)).split('\n')[1] // => 'Score 12/36'
 * @category Formatting
 */
export function ratingsTable(result: InspectionRating): string {
  const width = Math.max(...result.standards.map((s) => s.name.length)) + 2;
  const lines = [
    result.service ?? result.framework.name,
    `Score ${result.score}/${result.maximum}`,
  ];
  lines.push(`Overall rating       ${result.overall ?? 'none (incomplete)'}`);
  let domain = '';
  for (const s of result.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      lines.push(`${domain}. ${s.domainName}`);
    }
    lines.push(row(s, width));
  }
  for (const e of result.excluded) {
    if (e.reason === 'does not count toward the overall')
      lines.push(`(${e.standard} does not influence the overall rating)`);
  }
  return lines.join('\n');
}
