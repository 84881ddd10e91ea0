// A draft improvement plan from a rating: one row per key question that holds its standard down
// (the lowest key questions, whose band decides the standard's), with what would change the
// rating from the margins, for the team to fill in the action, owner, due date and status.
import { RatingRuleError } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { ratingFramework } from '../framework/rating-framework.js';
import { describeFigure } from '../rules/explain.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import { ratingArgument } from '../rules/rating-argument.js';
import { marginsOf, type StandardMargin } from '../margins/rating-margins.js';
import type { DraftAction } from './action-types.js';

/** "1 more yes on 2.1.3 raises 2.1 to Requires improvement"; with two: "... and ... raise ...". */
function changeWords(m: StandardMargin): string {
  if (!m.known) return `the margins need counts, not only percentages`;
  if (!m.up) return `no number of yes answers raises ${m.standard}`;
  const parts = m.up.changes.map((c) => `${c.answers} more yes on ${c.keyQuestion}`);
  return `${parts.join(' and ')} ${parts.length > 1 ? 'raise' : 'raises'} ${m.standard} to ${m.up.rating}`;
}

/** The rows of one standard's margin: each key question that holds it down. */
function rowsOf(m: StandardMargin, rating: InspectionRating): DraftAction[] {
  const s = rating.standards.find((x) => x.standard === m.standard);
  if (!s || (m.known && !m.up)) return []; // at the top band: nothing holds it down
  const holding = m.known && m.up ? m.up.changes.map((c) => c.keyQuestion) : [m.lowest.keyQuestion];
  const change = changeWords(m);
  return holding.flatMap((id) => {
    const f = s.keyQuestions.find((k) => k.keyQuestion === id);
    return f
      ? [
          {
            target: id,
            text: f.text,
            standard: m.standard,
            ruleRating: m.ruleRating,
            figure: describeFigure(f),
            change,
          },
        ]
      : [];
  });
}

/**
 * A draft improvement plan from a rating: one row per key question that holds its standard down
 * (for each standard rated from key questions below Outstanding, the key questions below the next
 * band, whose band decides the standard's under the lowest-question rule), with its figure and
 * what would change the rating from the margins ("1 more yes on 2.1.3 raises 2.1 to Requires
 * improvement"; margins are on the rule rating, before discretion). The team writes the action,
 * owner, due date and status.
 *
 * @param rating - a rating from `rateInspection` or `rateCases`
 * @param framework - the framework rated against; left out, the built-in one the rating names
 * @throws {RatingRuleError} every problem with the rating or the framework
 * @example
 * draftActions(rateInspection(cumberland2024))[0]?.change // => '1 more yes on 2.1.3 raises 2.1 to Requires improvement'
 * @category Actions
 */
export function draftActions(rating: InspectionRating, framework?: Framework): DraftAction[] {
  const chosen = ratingFramework(rating, framework);
  const call = callArguments(chosen.framework, undefined, {});
  const rated = ratingArgument(rating, call.framework);
  const opening = chosen.framework === undefined ? { ...call, issues: chosen.issues } : call;
  const { framework: fw } = acceptArguments(opening, rated.issues);
  if (!rated.rating) throw new RatingRuleError(rated.issues);
  const checked = rated.rating as InspectionRating;
  return marginsOf(checked, fw).flatMap((m) => rowsOf(m, checked));
}
