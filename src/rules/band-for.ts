import { RatingRuleError, issue } from '../model/errors.js';
import { optionIssues, optionsSnapshot, oneOf, throwIssues } from '../model/arguments.js';
import { preview } from '../model/preview.js';
import { checkedKeyQuestionBands } from './banding-check.js';
import type { Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { youthKeyQuestionBands } from '../frameworks/youth-parameters.js';
import { countIssues, percentYes } from './percent-yes.js';

/** The part of a framework `bandFor` reads. */
export type KeyQuestionBanding = Pick<Framework, 'keyQuestionBands'>;

const youthBanding: KeyQuestionBanding = { keyQuestionBands: youthKeyQuestionBands };

/**
 * How a key question's figure is placed in a band: `'rounded'` (the default) bands the whole
 * percent the report prints, as the published tables do; `'exact'` bands the exact fraction, so
 * 20 of 31 (64.5%, printed 65%) is 'Requires improvement' rather than 'Good'.
 * @category Rules
 */
export type BandingPolicy = 'rounded' | 'exact';

/**
 * The band of the figure `numerator / denominator` percent: the last band whose `from` is at or
 * below it, compared as `numerator >= from * denominator` so exact fractions stay in integers.
 * Every band lookup goes through here.
 */
export function bandOf(
  bands: readonly KeyQuestionBand[],
  numerator: number,
  denominator = 1,
): KeyQuestionBand {
  // (an index loop: the triggers call this several times per key question)
  let found = bands[0] as KeyQuestionBand;
  for (let i = 1; i < bands.length; i++) {
    const band = bands[i] as KeyQuestionBand;
    if (numerator >= band.from * denominator) found = band;
  }
  return found;
}

/**
 * The key-question band of a "% yes" figure: <50 Inadequate, 50-64 Requires improvement, 65-79
 * Good, 80+ Outstanding in the youth standards (Cheshire Annexe 1).
 *
 * @param percent - a figure from 0 to 100 (a whole percent, or an exact fraction times 100)
 * @param framework - whose bands to use; the youth bands by default
 * @throws {RatingRuleError} `invalid-percent` for a value outside 0-100 or not a finite number
 * @example
 * bandFor(64) // => 'Requires improvement'
 * bandFor(65) // => 'Good'
 * bandFor(49.9) // => 'Inadequate'
 * @category Rules
 */
export function bandFor(percent: number, framework: KeyQuestionBanding = youthBanding): Rating {
  const bands = checkedKeyQuestionBands(framework, youthKeyQuestionBands);
  const found = bands.issues;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    found.unshift(
      issue(
        'invalid-percent',
        ['percent'],
        `a percentage must be a number from 0 to 100 (got ${preview(percent)})`,
      ),
    );
  }
  if (found.length > 0 || !bands.value) throw new RatingRuleError(found);
  return bandOf(bands.value, percent).rating;
}

const BAND_OPTIONS = {
  banding: oneOf('rounded', 'exact'),
  framework: () => undefined, // checked with the bands below
};

/**
 * The key-question band of `yes` of `of` cases under a banding policy, in exact integer arithmetic.
 *
 * @throws {RatingRuleError} `invalid-count` or `yes-exceeds-of` for impossible counts
 * @example
 * bandForCounts(20, 31) // => 'Good'
 * bandForCounts(20, 31, { banding: 'exact' }) // => 'Requires improvement'
 * @category Rules
 */
export function bandForCounts(
  yes: number,
  of: number,
  options: { readonly banding?: BandingPolicy; readonly framework?: KeyQuestionBanding } = {},
): Rating {
  if (options === null || typeof options !== 'object')
    throw new RatingRuleError(optionIssues(options, BAND_OPTIONS));
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const found = countIssues(yes, of);
  if (found.length === 0 && of === 0)
    found.push(issue('invalid-count', ['of'], 'an empty sample (0 cases) has no band'));
  found.push(...optionIssues(options, BAND_OPTIONS));
  const checked =
    found.length === 0
      ? checkedKeyQuestionBands(options.framework ?? youthBanding, youthKeyQuestionBands)
      : undefined;
  throwIssues([...found, ...(checked?.issues ?? [])]);
  const bands = checked?.value as readonly KeyQuestionBand[];
  return (
    options.banding === 'exact' ? bandOf(bands, 100 * yes, of) : bandOf(bands, percentYes(yes, of))
  ).rating;
}
