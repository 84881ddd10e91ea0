import { RATINGS, ratingRank, type Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { figureBand, lowestKeyQuestion } from '../rules/lowest-key-question.js';
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

function ruleOf(
  figures: readonly KeyQuestionFigure[],
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): Rating | undefined {
  return lowestKeyQuestion(figures, bands, banding)?.rating;
}

/** The fewest extra yes answers on each key question below `target` that bring it to `target`. */
function lift(
  figures: readonly KeyQuestionFigure[],
  target: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): RatingMove | undefined {
  const changes: AnswerChange[] = [];
  const moved: KeyQuestionFigure[] = [];
  for (const f of figures) {
    if (f.empty || ratingRank(figureBand(f, bands, banding).rating) >= ratingRank(target)) {
      moved.push(f);
      continue;
    }
    let yes = f.yes as number;
    while (
      yes < (f.of as number) &&
      ratingRank(figureBand(withYes(f, yes), bands, banding).rating) < ratingRank(target)
    )
      yes++;
    if (ratingRank(figureBand(withYes(f, yes), bands, banding).rating) < ratingRank(target))
      return undefined;
    changes.push({ keyQuestion: f.keyQuestion, answers: yes - (f.yes as number) });
    moved.push(withYes(f, yes));
  }
  const rating = ruleOf(moved, bands, banding) as Rating;
  return { rating, changes, total: changes.reduce((n, c) => n + c.answers, 0) };
}

/** The cheapest single key question to drop below the current band, and by how many answers. */
function drop(
  figures: readonly KeyQuestionFigure[],
  current: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): RatingMove | undefined {
  let best: RatingMove | undefined;
  figures.forEach((f, i) => {
    if (f.empty) return;
    let yes = f.yes as number;
    while (
      yes > 0 &&
      ratingRank(figureBand(withYes(f, yes), bands, banding).rating) >= ratingRank(current)
    )
      yes--;
    const altered = figures.map((g, j) => (j === i ? withYes(g, yes) : g));
    const rating = ruleOf(altered, bands, banding) as Rating;
    if (ratingRank(rating) >= ratingRank(current)) return;
    const answers = (f.yes as number) - yes;
    if (!best || answers < best.total)
      best = { rating, changes: [{ keyQuestion: f.keyQuestion, answers }], total: answers };
  });
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
 * @param framework - the framework rated against (its bands)
 * @example
 * const margins = ratingMargins(rateInspection(cumberland2024), youth2021);
 * margins.find((m) => m.standard === '2.1')?.sentence
 * // => '2.1 is Inadequate because 2.1.3 is 38% (3 of 8); 1 more yes on 2.1.3 makes it Requires improvement; one-case trigger fires; the panel moved it to Requires improvement.'
 * @category Margins
 */
export function ratingMargins(result: InspectionRating, framework: Framework): StandardMargin[] {
  const bands = framework.keyQuestionBands;
  const banding = result.policy.banding;
  const margins: StandardMargin[] = [];
  for (const s of result.standards) {
    if (s.method !== 'key-questions' || !s.ruleRating || !s.lowest) continue;
    const figures = s.keyQuestions;
    const known = figures.every((f) => f.empty || (f.yes !== undefined && f.of !== undefined));
    const rank = ratingRank(s.ruleRating);
    const above = RATINGS[rank + 1];
    const up = known && above ? lift(figures, above, bands, banding) : undefined;
    const down = known && rank > 0 ? drop(figures, s.ruleRating, bands, banding) : undefined;
    const t = s.triggers;
    const triggersFired = [
      ...(t?.nearBoundary.status === 'fired' ? (['near-boundary'] as const) : []),
      ...(t?.oneCase.status === 'fired' ? (['one-case'] as const) : []),
      ...(t?.smallSample.status === 'fired' ? (['small-sample'] as const) : []),
    ];
    const margin = {
      standard: s.standard,
      ruleRating: s.ruleRating,
      lowest: s.lowest,
      ...(up && { up }),
      ...(down && { down }),
      known,
      triggersFired,
    };
    margins.push({ ...margin, sentence: sentenceFor(s, margin) });
  }
  return margins;
}
