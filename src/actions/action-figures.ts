// Each action of a plan beside the figures of what it targets in one rating: a key question's yes,
// of, % yes and band, or a standard's rating and the key question that decides it.
import { RatingRuleError } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { callArguments, acceptArguments } from '../framework/call-arguments.js';
import { ratingFramework } from '../framework/rating-framework.js';
import { ratingArgument } from '../rules/rating-argument.js';
import { describeFigure } from '../rules/explain.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { StandardRating } from '../rules/standard-rating.js';
import { actionsArgument, targetsOf, type TargetOf } from './action-arguments.js';
import type { ActionFigures, ImprovementAction } from './action-types.js';

/** A key question's figures in the rating, or why it has none. */
function keyQuestionFigures(
  action: ImprovementAction,
  target: TargetOf,
  s: StandardRating | undefined,
): ActionFigures {
  const head = { action, kind: target.kind, standard: target.standard, text: target.text };
  const id = action.target;
  const f = s?.keyQuestions.find((k) => k.keyQuestion === id);
  if (!s || !f) {
    const note = !s
      ? `${target.standard} is not in the rating`
      : s.status === 'not-rated'
        ? `${s.standard} was not rated`
        : `${s.standard} was rated without key-question figures`;
    return { ...head, note, sentence: `${id} has no figure: ${note}` };
  }
  if (f.empty || f.percent === undefined)
    return { ...head, note: 'no applicable cases', sentence: `${id} had no applicable cases` };
  return {
    ...head,
    ...(f.yes !== undefined && { yes: f.yes }),
    ...(f.of !== undefined && { of: f.of }),
    percent: f.percent,
    ...(f.band && { band: f.band }),
    sentence: `${id} is ${describeFigure(f)}${f.band ? `, ${f.band}` : ''}`,
  };
}

/** A standard's rating in the rating, and the key question that decides it. */
function standardFigures(
  action: ImprovementAction,
  target: TargetOf,
  s: StandardRating | undefined,
): ActionFigures {
  const head = { action, kind: target.kind, standard: target.standard, text: target.text };
  const id = action.target;
  if (!s || !s.rating) {
    const note = s
      ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
      : 'not in the rating';
    return { ...head, note, sentence: `${id} ${target.text} was ${note}` };
  }
  const lowest = s.lowest;
  const low = lowest ? ` (lowest ${lowest.keyQuestion} ${describeFigure(lowest)})` : '';
  return {
    ...head,
    rating: s.rating,
    ...(lowest && { lowest: lowest.keyQuestion }),
    ...(lowest?.yes !== undefined && { yes: lowest.yes }),
    ...(lowest?.of !== undefined && { of: lowest.of }),
    ...(lowest?.percent !== undefined && { percent: lowest.percent }),
    sentence: `${id} ${target.text} is ${s.rating}${low}`,
  };
}

/** Figures of actions already checked against a checked rating's framework. */
export function figuresOf(
  rating: InspectionRating,
  framework: Framework,
  actions: readonly ImprovementAction[],
): ActionFigures[] {
  const targets = targetsOf(framework);
  const byStandard = new Map(rating.standards.map((s) => [s.standard, s] as const));
  return actions.map((action) => {
    const target = targets.get(action.target) as TargetOf;
    const s = byStandard.get(target.standard);
    return target.kind === 'standard'
      ? standardFigures(action, target, s)
      : keyQuestionFigures(action, target, s);
  });
}

/**
 * Each improvement action beside the figures of what it targets in a rating: for a key question
 * its yes, of, printed % yes and band; for a standard its rating (after any discretion) and its
 * lowest key question's figure. The actions are checked against the rating's framework: a target
 * that is not one of its key questions or standards, a due date that is not yyyy-mm-dd and a status
 * not in `ACTION_STATUSES` are reported together.
 *
 * @param rating - a rating from `rateInspection` or `rateCases`
 * @param actions - the plan: `{ action, target, owner?, due?, status? }` each (up to 10,000)
 * @param framework - the framework rated against; left out, the built-in one the rating names
 * @throws {RatingRuleError} every problem with the rating, the framework or the actions at once
 * @example
 * const [a] = actionFigures(rateInspection(cumberland2024), [{ action: 'Plan reviews with the child', target: '2.1.3' }]);
 * a?.sentence // => '2.1.3 is 38% (3 of 8), Inadequate'
 * @category Actions
 */
export function actionFigures(
  rating: InspectionRating,
  actions: readonly ImprovementAction[],
  framework?: Framework,
): ActionFigures[] {
  const chosen = ratingFramework(rating, framework);
  const call = callArguments(chosen.framework, undefined, {});
  const rated = ratingArgument(rating, call.framework);
  const opening = chosen.framework === undefined ? { ...call, issues: chosen.issues } : call;
  const checked = call.framework ? actionsArgument(actions, call.framework) : undefined;
  const { framework: fw } = acceptArguments(opening, [...rated.issues, ...(checked?.issues ?? [])]);
  if (!checked || !rated.rating) throw new RatingRuleError([]);
  return figuresOf(rated.rating as InspectionRating, fw, checked.actions);
}
