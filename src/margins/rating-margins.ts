import { ratingArgument } from '../rules/rating-argument.js';
import { RATINGS, ratingRank, type Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { figureBand, lowestOf } from '../rules/lowest-key-question.js';
import { bandOf } from '../rules/band-for.js';
import { percentYes } from '../rules/percent-yes.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { ratingFramework } from '../framework/rating-framework.js';
import type { BandingPolicy } from '../rules/band-for.js';
import { withYes, type KeyQuestionFigure } from '../rules/key-question-figure.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import { describeFigure } from '../rules/explain.js';
import type { StandardRating } from '../rules/standard-rating.js';

/** Answers to change on one key question. @category Margins */
export interface AnswerChange {
  readonly keyQuestion: string;
  /** How many answers to turn: 'no' to 'yes' when lifting, 'yes' to 'no' when dropping. */
  readonly answers: number;
}

/** The fewest answers that move a standard's rule rating, and the rating they give. @category Margins */
export interface RatingMove {
  readonly rating: Rating;
  readonly changes: readonly AnswerChange[];
  readonly total: number;
}

/** What would change one key-question standard's rating. @category Margins */
export interface StandardMargin {
  readonly standard: string;
  readonly ruleRating: Rating;
  readonly lowest: KeyQuestionFigure;
  /** The fewest more yes answers that lift the rule rating a band; undefined at the top or when impossible. */
  readonly up?: RatingMove;
  /** The fewest fewer yes answers that drop it a band; undefined at the bottom. */
  readonly down?: RatingMove;
  /** False when some figure has no counts (percentages only), so no margin can be computed. */
  readonly known: boolean;
  readonly triggersFired: readonly ('near-boundary' | 'one-case' | 'small-sample')[];
  readonly sentence: string;
}

/**
 * The fewest yes answers out of `of` that put a figure in a band rated `target` or higher, under
 * the banding policy: the closed form from the band's threshold, checked against the band lookup
 * itself (the same comparison every rating uses), so it costs the same for 8 cases or 10^12.
 * Undefined when no band is rated that high.
 */
function fewestYesFor(
  of: number,
  target: number,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): number | undefined {
  const band = bands.find((b) => ratingRank(b.rating) >= target);
  if (!band) return undefined;
  const reaches = (yes: number) =>
    ratingRank(
      (banding === 'exact' ? bandOf(bands, 100 * yes, of) : bandOf(bands, percentYes(yes, of)))
        .rating,
    ) >= target;
  // exact: 100*yes >= from*of; rounded: round-half-up(100*yes/of) >= ceil(from), that is
  // 200*yes >= (2*ceil(from) - 1)*of.
  let yes =
    banding === 'exact'
      ? Math.ceil((band.from * of) / 100)
      : Math.ceil(((2 * Math.ceil(band.from) - 1) * of) / 200);
  yes = Math.min(Math.max(yes, 0), of);
  // Floating point can put the closed form one step out: settle it with the lookup itself.
  for (let step = 0; step < 3 && yes > 0 && reaches(yes - 1); step++) yes--;
  for (let step = 0; step < 3 && yes <= of && !reaches(yes); step++) yes++;
  if (yes > of || !reaches(yes)) return undefined;
  if (yes > 0 && reaches(yes - 1)) return searchFewest(of, reaches);
  return yes;
}

/** The fewest yes answers satisfying a monotone test, by bisection: a fallback the closed form should never need. */
function searchFewest(of: number, reaches: (yes: number) => boolean): number {
  let low = 0;
  let high = of;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (reaches(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

const rankOf = (f: KeyQuestionFigure, bands: readonly KeyQuestionBand[], banding: BandingPolicy) =>
  ratingRank(figureBand(f, bands, banding).rating);

/** The fewest extra yes answers on each key question below `target` that bring it to `target`. */
function lift(
  figures: readonly KeyQuestionFigure[],
  target: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): RatingMove | undefined {
  const goal = ratingRank(target);
  const changes: AnswerChange[] = [];
  let lowest = Infinity;
  for (const f of figures) {
    if (f.empty) continue;
    const rank = rankOf(f, bands, banding);
    if (rank >= goal) {
      lowest = Math.min(lowest, rank);
      continue;
    }
    const yes = fewestYesFor(f.of as number, goal, bands, banding);
    if (yes === undefined) return undefined;
    changes.push({ keyQuestion: f.keyQuestion, answers: yes - (f.yes as number) });
    lowest = Math.min(lowest, rankOf(withYes(f, yes), bands, banding));
  }
  const total = changes.reduce((n, c) => n + c.answers, 0);
  return { rating: RATINGS[lowest] as Rating, changes, total };
}

/** The cheapest single key question to drop below the current band, and by how many answers. */
function drop(
  figures: readonly KeyQuestionFigure[],
  current: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): RatingMove | undefined {
  const rank = ratingRank(current);
  let best: RatingMove | undefined;
  for (const f of figures) {
    if (f.empty) continue;
    // the most yes answers that still fall below the current rating
    const yes = (fewestYesFor(f.of as number, rank, bands, banding) ?? 0) - 1;
    if (yes < 0) continue;
    const rating = figureBand(withYes(f, yes), bands, banding).rating;
    if (ratingRank(rating) >= rank) continue;
    const answers = (f.yes as number) - yes;
    if (!best || answers < best.total)
      best = { rating, changes: [{ keyQuestion: f.keyQuestion, answers }], total: answers };
  }
  return best;
}

function sentenceFor(s: StandardRating, m: Omit<StandardMargin, 'sentence'>): string {
  const parts = [
    `${s.standard} is ${m.ruleRating} because ${m.lowest.keyQuestion} is ${describeFigure(m.lowest)}`,
  ];
  if (!m.known) parts.push('the margins need counts, not only percentages');
  if (m.up)
    parts.push(
      `${m.up.changes.map((c) => `${c.answers} more yes on ${c.keyQuestion}`).join(' and ')} ${m.up.changes.length > 1 ? 'make' : 'makes'} it ${m.up.rating}`,
    );
  if (m.down)
    parts.push(
      `${m.down.changes.map((c) => `${c.answers} fewer yes on ${c.keyQuestion}`).join(' and ')} ${m.down.changes.length > 1 ? 'make' : 'makes'} it ${m.down.rating}`,
    );
  const fired = m.triggersFired.map(
    (t) =>
      ({ 'near-boundary': 'five-point', 'one-case': 'one-case', 'small-sample': 'small-sample' })[
        t
      ],
  );
  if (fired.length > 0)
    parts.push(`${fired.join(', ')} trigger${fired.length > 1 ? 's fire' : ' fires'}`);
  if (s.discretion && s.discretion.direction !== 'unchanged')
    parts.push(`the panel moved it to ${s.discretion.to}`);
  return `${parts.join('; ')}.`;
}

/**
 * What would change each key-question standard's rating: the fewest more yes answers (on which
 * key questions) that lift its rule rating a band, the fewest fewer that drop it a band, and which
 * discretion triggers fire. Margins are on the rule rating, before discretion.
 *
 * @param result - a rating from `rateInspection`; its banding policy is used
 * @param framework - the framework rated against (its bands); left out, the built-in framework the
 * rating names
 * @example
 * const margins = ratingMargins(rateInspection(cumberland2024));
 * margins.find((m) => m.standard === '2.1')?.sentence
 * // => '2.1 is Inadequate because 2.1.3 is 38% (3 of 8); 1 more yes on 2.1.3 makes it Requires improvement; one-case trigger fires; the panel moved it to Requires improvement.'
 * @category Margins
 */
export function ratingMargins(result: InspectionRating, framework?: Framework): StandardMargin[] {
  const chosen = ratingFramework(result, framework);
  const call = callArguments(chosen.framework, undefined, {});
  const rated = ratingArgument(result, call.framework);
  // With no framework given and none the rating names, the rating's own problems say why.
  const opening = chosen.framework === undefined ? { ...call, issues: chosen.issues } : call;
  const { framework: fw } = acceptArguments(opening, rated.issues);
  return marginsOf(rated.rating as InspectionRating, fw);
}

/** Margins of a rating already known to be well formed (see `ratingMargins`). */
export function marginsOf(result: InspectionRating, framework: Framework): StandardMargin[] {
  const margins: StandardMargin[] = [];
  for (const s of result.standards) {
    const margin = standardMargin(s, framework, result.policy.banding);
    if (margin) margins.push(margin);
  }
  return margins;
}

/**
 * What would change one standard's rating, as `marginsOf` works it out for each (undefined for a
 * standard not rated from its key questions): the live audit keeps each standard's margin until
 * an edit changes the standard.
 */
export function standardMargin(
  s: StandardRating,
  framework: Framework,
  banding: BandingPolicy,
): StandardMargin | undefined {
  const bands = framework.keyQuestionBands;
  if (s.method !== 'key-questions' || !s.ruleRating || !s.lowest) return undefined;
  const figures = s.keyQuestions;
  // The rule rating is the figures' own, whatever the result says.
  const rule = lowestOf(figures, bands, banding);
  if (!rule) return undefined;
  const known = figures.every((f) => f.empty || (f.yes !== undefined && f.of !== undefined));
  const rank = ratingRank(rule.rating);
  const above = RATINGS[rank + 1];
  const up = known && above ? lift(figures, above, bands, banding) : undefined;
  const down = known && rank > 0 ? drop(figures, rule.rating, bands, banding) : undefined;
  const t = s.triggers;
  const triggersFired = [
    ...(t?.nearBoundary.status === 'fired' ? (['near-boundary'] as const) : []),
    ...(t?.oneCase.status === 'fired' ? (['one-case'] as const) : []),
    ...(t?.smallSample.status === 'fired' ? (['small-sample'] as const) : []),
  ];
  const margin = {
    standard: s.standard,
    ruleRating: rule.rating,
    lowest: s.keyQuestions.find((f) => f.keyQuestion === rule.lowest.keyQuestion) ?? s.lowest,
    ...(up && { up }),
    ...(down && { down }),
    known,
    triggersFired,
  };
  return { ...margin, sentence: sentenceFor(s, margin) };
}
