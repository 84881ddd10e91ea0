import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { isRecord, numberIn, oneOf, optionIssues, optionsSnapshot } from '../model/arguments.js';
import type { Rating } from '../model/rating.js';
import type { KeyQuestionBand } from '../model/types.js';
import { bandOf, type BandingPolicy, type KeyQuestionBanding } from '../rules/band-for.js';
import { checkedKeyQuestionBands } from '../rules/banding-check.js';
import { countIssues, percentYes } from '../rules/percent-yes.js';
import { youthKeyQuestionBands } from '../frameworks/youth-parameters.js';
import { clopperPearson } from './beta-quantile.js';

/** HMIP's design level: its samples are sized for "a confidence level of 80 per cent" (Cheshire, Annexe 1). */
export const DEFAULT_LEVEL = 0.8;

/** The largest sample an interval is computed for; checked against R up to 10,000,000 cases. */
export const MAX_INTERVAL_SAMPLE = 10_000_000;

/** Options of `keyQuestionInterval`. @category Confidence */
export interface IntervalOptions {
  /** The two-sided level, above 0 and below 1; 0.8 (HMIP's design level) by default. */
  readonly level?: number;
  /** How an end of the interval is placed in a band; as the rating's policy, `'rounded'` by default. */
  readonly banding?: BandingPolicy;
  /** Whose key-question bands to use; the youth bands by default. */
  readonly framework?: KeyQuestionBanding;
}

/** An exact interval for a key question's share of yes, with the bands it touches. @category Confidence */
export interface KeyQuestionInterval {
  readonly yes: number;
  readonly of: number;
  readonly level: number;
  /** The lower end, a share from 0 to 1 (Clopper-Pearson). */
  readonly lower: number;
  /** The upper end, a share from 0 to 1. */
  readonly upper: number;
  /** The printed "% yes" of the figure itself. */
  readonly percent: number;
  /** The band of the figure itself under the banding policy. */
  readonly band: Rating;
  /** Every band from the lower end's to the upper end's, lowest first. */
  readonly bands: readonly Rating[];
  /** For example "3 of 8 yes (38%): 80% interval 14.7% to 65.5%, touching Inadequate, Requires improvement and Good". */
  readonly sentence: string;
}

const INTERVAL_OPTIONS = {
  level: numberIn(0, 1, { min: true, max: true }),
  banding: oneOf('rounded', 'exact'),
  framework: () => undefined, // checked with the bands
};

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A share from 0 to 1 as a percent with one decimal: 0.146854 -> "14.7%". */
export const percentText = (share: number): string => `${(100 * share).toFixed(1)}%`;

/**
 * The band index of a share from 0 to 1: by its exact percent under the exact policy, and by its
 * percent rounded half up to a whole number under the rounded policy (as a report would print a
 * figure with that share).
 */
export function shareBand(
  bands: readonly KeyQuestionBand[],
  share: number,
  banding: BandingPolicy,
): number {
  const percent = banding === 'exact' ? 100 * share : Math.floor(100 * share + 0.5);
  return bands.indexOf(bandOf(bands, percent));
}

/** The interval and its bands, for arguments already checked. */
export function intervalOf(
  yes: number,
  of: number,
  level: number,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): KeyQuestionInterval {
  const [lower, upper] = clopperPearson(yes, of, level);
  const from = shareBand(bands, lower, banding);
  const to = shareBand(bands, upper, banding);
  const touched = bands.slice(from, to + 1).map((b) => b.rating);
  const percent = percentYes(yes, of);
  const band =
    banding === 'exact' ? bandOf(bands, 100 * yes, of).rating : bandOf(bands, percent).rating;
  return {
    yes,
    of,
    level,
    lower,
    upper,
    percent,
    band,
    bands: touched,
    sentence: `${yes} of ${of} yes (${percent}%): ${Math.round(level * 1000) / 10}% interval ${percentText(lower)} to ${percentText(upper)}, touching ${listWords(touched)}`,
  };
}

/** The level, banding and bands of interval options, or every problem with them. */
export function intervalSettings(
  options: unknown,
  path: (string | number)[] = ['options'],
): {
  readonly level: number;
  readonly banding: BandingPolicy;
  readonly bands?: readonly KeyQuestionBand[];
  readonly issues: RatingIssue[];
} {
  const given = optionsSnapshot(options as IntervalOptions);
  const issues = optionIssues(given, INTERVAL_OPTIONS, path);
  const level = given?.level ?? DEFAULT_LEVEL;
  const banding = given?.banding ?? 'rounded';
  if (issues.length > 0 || !isRecord(given) || given.framework === undefined)
    return { level, banding, bands: youthKeyQuestionBands, issues };
  const checked = checkedKeyQuestionBands(given.framework, youthKeyQuestionBands);
  return {
    level,
    banding,
    ...(checked.value && { bands: checked.value }),
    issues: checked.issues.map((i) => ({ ...i, path: [...path, ...i.path] })),
  };
}

/**
 * The exact (Clopper-Pearson) interval for a key question's share of yes: the range of true shares
 * that `yes` of `of` does not rule out at the level (two-sided; 80% by default, the level HMIP
 * sizes its samples for), with the bands it touches. lower = Beta quantile(alpha/2; yes,
 * of - yes + 1) and upper = Beta quantile(1 - alpha/2; yes + 1, of - yes), 0 when yes = 0 and 1
 * when yes = of (Clopper and Pearson 1934; the interval of R's `binom.test`). Computed here to
 * about 1e-15 (see docs/statistics.md). An end is placed in a band by its percent rounded half up
 * to a whole number (the rounded policy, the default) or by its exact percent (exact policy).
 *
 * @param yes - cases answered yes
 * @param of - cases in the key question's sample (yes or no), from 1 to 10,000,000
 * @throws {RatingRuleError} `invalid-count` or `yes-exceeds-of` for impossible counts or an empty
 * sample; `limit-exceeded` above 10,000,000 cases; `invalid-option` for a level outside (0, 1), an
 * unknown banding policy or option; `invalid-framework` for bad bands
 * @example
 * const interval = keyQuestionInterval(3, 8);
 * interval.lower.toFixed(12) // => '0.146854932351'
 * interval.upper.toFixed(12) // => '0.655376813146'
 * interval.bands // => ['Inadequate', 'Requires improvement', 'Good']
 * interval.sentence // => '3 of 8 yes (38%): 80% interval 14.7% to 65.5%, touching Inadequate, Requires improvement and Good'
 * keyQuestionInterval(20, 20).bands // => ['Outstanding']
 * keyQuestionInterval(3, 8, { level: 0.95 }).upper.toFixed(12) // => '0.755136783633'
 * @category Confidence
 */
export function keyQuestionInterval(
  yes: number,
  of: number,
  options: IntervalOptions = {},
): KeyQuestionInterval {
  const found = countIssues(yes, of);
  if (found.length === 0 && of === 0)
    found.push(issue('invalid-count', ['of'], 'an empty sample (0 cases) has no interval'));
  if (found.length === 0 && of > MAX_INTERVAL_SAMPLE)
    found.push(
      issue(
        'limit-exceeded',
        ['of'],
        `an interval is computed for samples of up to 10,000,000 cases (got ${of})`,
      ),
    );
  const settings = intervalSettings(options);
  found.push(...settings.issues);
  if (found.length > 0 || !settings.bands) throw new RatingRuleError(found);
  return intervalOf(yes, of, settings.level, settings.bands, settings.banding);
}
