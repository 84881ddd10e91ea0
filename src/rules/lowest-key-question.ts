import type { Rating } from '../model/rating.js';
import type { KeyQuestionBand } from '../model/types.js';
import { bandOf, type BandingPolicy } from './band-for.js';
import type { KeyQuestionFigure } from './key-question-figure.js';
import { issue } from '../model/errors.js';
import { oneOf, throwIssues } from '../model/arguments.js';
import { youthKeyQuestionBands } from '../frameworks/youth-parameters.js';
import { checkedKeyQuestionBands } from './banding-check.js';
import { checkedFigures } from './figure-check.js';

// A figure as an exact fraction of 100: counts give 100*yes/of, a bare percent gives percent/1.
const hasCounts = (f: KeyQuestionFigure) => f.yes !== undefined && f.of !== undefined;
const numerator = (f: KeyQuestionFigure) =>
  hasCounts(f) ? 100 * (f.yes as number) : (f.percent ?? 0);
const denominator = (f: KeyQuestionFigure) => (hasCounts(f) ? (f.of as number) : 1);

/** Negative when `a` is lower than `b` under the banding policy; ties fall back to the exact value. */
export function compareFigures(
  a: KeyQuestionFigure,
  b: KeyQuestionFigure,
  banding: BandingPolicy,
): number {
  if (banding === 'rounded' && a.percent !== b.percent) return (a.percent ?? 0) - (b.percent ?? 0);
  return numerator(a) * denominator(b) - numerator(b) * denominator(a);
}

/** The key-question band a figure falls in under the banding policy. */
export function figureBand(
  figure: KeyQuestionFigure,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): KeyQuestionBand {
  return banding === 'exact' && hasCounts(figure)
    ? bandOf(bands, 100 * (figure.yes as number), figure.of as number)
    : bandOf(bands, figure.percent ?? 0);
}

/** The lowest-question rule on figures already checked (see `lowestKeyQuestion`). */
export function lowestOf(
  figures: readonly KeyQuestionFigure[],
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy = 'rounded',
):
  | { readonly rating: Rating; readonly band: KeyQuestionBand; readonly lowest: KeyQuestionFigure }
  | undefined {
  let lowest: KeyQuestionFigure | undefined;
  for (const figure of figures) {
    if (figure.empty) continue;
    if (lowest === undefined || compareFigures(figure, lowest, banding) < 0) lowest = figure;
  }
  if (lowest === undefined) return undefined;
  const band = figureBand(lowest, bands, banding);
  return { rating: band.rating, band, lowest };
}

/**
 * The lowest-question rule: a key-question standard takes the band of its lowest key question.
 * Key questions with no applicable cases are left out; with none left there is no rating.
 *
 * @returns the rule rating and the lowest figure (the first in framework order on a tie), or
 * undefined when every key question is empty
 * @example
 * const figure = (keyQuestion: string, yes: number, of: number) =>
 *   ({ keyQuestion, text: '', yes, of, percent: percentYes(yes, of), countsRecovered: false, empty: false });
 * const rule = lowestKeyQuestion([figure('2.1.1', 5, 8), figure('2.1.2', 5, 8), figure('2.1.3', 3, 8)], youth2021.keyQuestionBands);
 * rule?.rating // => 'Inadequate'
 * rule?.lowest.keyQuestion // => '2.1.3'
 * @category Rules
 */
export function lowestKeyQuestion(
  figures: readonly KeyQuestionFigure[],
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy = 'rounded',
):
  | { readonly rating: Rating; readonly band: KeyQuestionBand; readonly lowest: KeyQuestionFigure }
  | undefined {
  const checked = checkedFigures(figures);
  const checkedBands = checkedKeyQuestionBands({ keyQuestionBands: bands }, youthKeyQuestionBands);
  const policy = oneOf('rounded', 'exact')(banding);
  throwIssues([
    ...checked.issues,
    ...checkedBands.issues.map((i) => ({ ...i, path: ['bands', ...i.path.slice(2)] })),
    ...(policy ? [issue('invalid-option', ['banding'], `banding ${policy}`)] : []),
  ]);
  return lowestOf(
    checked.value as readonly KeyQuestionFigure[],
    checkedBands.value as readonly KeyQuestionBand[],
    banding,
  );
}
