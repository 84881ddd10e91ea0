import type { KeyQuestionFigure } from './key-question-figure.js';
import { RatingRuleError } from '../model/errors.js';
import { argumentIssue } from '../model/arguments.js';
import type { DiscretionApplied } from './standard-rating.js';
import type { Rating } from '../model/rating.js';
import type { KeyQuestionBand, Standard } from '../model/types.js';

const EXCLUDED = ' The rating for this standard does not influence the overall rating.';

/**
 * "38% (3 of 8)", or "38%" when the counts are unknown.
 * @example
 * describeFigure({ keyQuestion: '2.1.3', text: '', yes: 3, of: 8, percent: 38, countsRecovered: false, empty: false }) // => '38% (3 of 8)'
 * @category Toolkit
 */
export function describeFigure(figure: KeyQuestionFigure): string {
  if (figure === null || typeof figure !== 'object')
    throw new RatingRuleError([argumentIssue('figure', 'a key-question figure', figure)]);
  if (figure.empty) return 'no applicable cases';
  const counts =
    figure.yes !== undefined && figure.of !== undefined ? ` (${figure.yes} of ${figure.of})` : '';
  return `${figure.percent ?? 0}%${counts}`;
}

function discretionClause(d: DiscretionApplied): string {
  if (d.direction === 'unchanged')
    return `; the ratings panel considered professional discretion and kept '${d.from}' (${d.reason})`;
  const verb = d.direction === 'raised' ? 'increasing' : 'decreasing';
  return `; professional discretion was applied at the ratings panel ${verb} this rating from '${d.from}' to '${d.to}' (${d.reason})`;
}

/** One sentence for a standard rated from its key questions. */
export function explainKeyQuestions(
  standard: Standard,
  rating: Rating,
  lowest: KeyQuestionFigure,
  band: KeyQuestionBand,
  discretion?: DiscretionApplied,
): string {
  const head = `${standard.id} ${standard.name} is rated '${rating}': the rating for the standard is driven by the lowest score on its key questions, ${lowest.keyQuestion} at ${describeFigure(lowest)}, placed in the band '${band.label}'`;
  return `${head}${discretion ? discretionClause(discretion) : ''}.${standard.countsTowardOverall ? '' : EXCLUDED}`;
}

/** One sentence for a judgement, a given rating or a standard not rated. */
export function explainOther(
  standard: Standard,
  how: 'judgement' | 'given' | 'not-rated' | 'empty',
  rating?: Rating,
  reason?: string,
): string {
  const tail = standard.countsTowardOverall ? '' : EXCLUDED;
  if (how === 'judgement')
    return `${standard.id} ${standard.name} is rated '${rating}' as a single judgement, using all the relevant sources of evidence.${tail}`;
  if (how === 'given')
    return `${standard.id} ${standard.name} is rated '${rating}' as given; its key-question figures were not supplied.${tail}`;
  if (how === 'empty')
    return `${standard.id} ${standard.name} was not rated: none of its key questions had applicable cases.${tail}`;
  return `${standard.id} ${standard.name} was not rated: ${reason ?? 'no reason given'}.${tail}`;
}
