// Whether a key question's figure changed between two audits by more than their intervals would
// explain: the two audits' exact (Clopper-Pearson) intervals at the level do not overlap.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { isRecord } from '../model/arguments.js';
import { preview } from '../model/preview.js';
import { ratingRank, type Rating } from '../model/rating.js';
import type { KeyQuestionBand } from '../model/types.js';
import type { BandingPolicy } from '../rules/band-for.js';
import { countIssues } from '../rules/percent-yes.js';
import {
  MAX_INTERVAL_SAMPLE,
  intervalOf,
  intervalSettings,
  percentText,
  type IntervalOptions,
  type KeyQuestionInterval,
} from '../confidence/key-question-interval.js';

/**
 * What the test of a change says: `'beyond-intervals'` when the two audits' intervals at the
 * level do not overlap (no share of yes fits both audits: the change is larger than the samples
 * would explain), `'within-intervals'` when they overlap (the samples could explain the change;
 * this does not show that nothing changed), `'not-tested'` when a figure has no interval (no
 * applicable cases, only a percent given, a judgement).
 * @category Trends
 */
export type TrendVerdict = 'beyond-intervals' | 'within-intervals' | 'not-tested';

/** Which way a figure moved between two audits. @category Trends */
export type TrendDirection = 'rose' | 'fell' | 'unchanged' | 'not compared';

/** A key question's change between two audits, tested against the intervals. @category Trends */
export interface ShareChange {
  /** The earlier figure's interval (with its yes, of, percent and band). */
  readonly from: KeyQuestionInterval;
  /** The later figure's interval. */
  readonly to: KeyQuestionInterval;
  readonly level: number;
  /** The later printed percent minus the earlier, in percentage points (75% - 38% = 37). */
  readonly points: number;
  /** Bands moved: the later band's rank minus the earlier's (+2 is two bands up). */
  readonly bandSteps: number;
  readonly direction: Exclude<TrendDirection, 'not compared'>;
  readonly verdict: Exclude<TrendVerdict, 'not-tested'>;
  /** "rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%". */
  readonly sentence: string;
}

/** "80%", "97.5%". */
export const levelWords = (level: number): string => `${Math.round(level * 1000) / 10}%`;

/** The words of a verdict, to follow a change: "larger than the samples would explain at 80%". */
export function verdictWords(verdict: TrendVerdict, level: number, reason?: string): string {
  return verdict === 'beyond-intervals'
    ? `larger than the samples would explain at ${levelWords(level)}`
    : verdict === 'within-intervals'
      ? `within what the samples would explain at ${levelWords(level)}`
      : `not tested${reason ? `: ${reason}` : ''}`;
}

/**
 * Whether two intervals leave room for one share: they overlap (touching ends count as
 * overlapping). The test of a change: when they do not overlap, no true share of yes is within
 * both audits' intervals at the level.
 */
export function intervalsOverlap(
  a: { readonly lower: number; readonly upper: number },
  b: { readonly lower: number; readonly upper: number },
): boolean {
  return !(a.upper < b.lower || b.upper < a.lower);
}

/** "38% (3 of 8)". */
const figureWords = (i: KeyQuestionInterval) => `${i.percent}% (${i.yes} of ${i.of})`;

/** The change between two checked intervals. */
export function changeOf(from: KeyQuestionInterval, to: KeyQuestionInterval): ShareChange {
  const points = to.percent - from.percent;
  const bandSteps = ratingRank(to.band) - ratingRank(from.band);
  const direction = points > 0 ? 'rose' : points < 0 ? 'fell' : 'unchanged';
  const verdict = intervalsOverlap(from, to) ? 'within-intervals' : 'beyond-intervals';
  const bands = bandWords(from.band, to.band);
  const moved =
    direction === 'unchanged'
      ? `stayed at ${from.percent}% (${from.yes === to.yes && from.of === to.of ? `${from.yes} of ${from.of}` : `${from.yes} of ${from.of}, then ${to.yes} of ${to.of}`}), ${bands}`
      : `${direction} from ${figureWords(from)} to ${figureWords(to)}, ${bands}`;
  return {
    from,
    to,
    level: from.level,
    points,
    bandSteps,
    direction,
    verdict,
    sentence: `${moved}; ${verdictWords(verdict, from.level)}`,
  };
}

/** "from Inadequate to Good", or "still Good". */
export function bandWords(from: Rating, to: Rating): string {
  return from === to ? `still ${from}` : `from ${from} to ${to}`;
}

/** The interval ends of a change, in words: "80% intervals 14.7% to 65.5% and 71.3% to 99.1%". */
export function intervalWords(from: KeyQuestionInterval, to: KeyQuestionInterval): string {
  return `${levelWords(from.level)} intervals ${percentText(from.lower)} to ${percentText(from.upper)} and ${percentText(to.lower)} to ${percentText(to.upper)}`;
}

function countsIssues(value: unknown, name: 'from' | 'to'): RatingIssue[] {
  if (!isRecord(value))
    return [
      issue(
        'invalid-argument',
        [name],
        `${name} must be a figure { yes, of } (got ${preview(value)})`,
      ),
    ];
  const { yes, of } = value;
  const found = countIssues(yes, of, [name]);
  if (found.length === 0 && of === 0)
    found.push(issue('invalid-count', [name, 'of'], 'an empty sample (0 cases) has no interval'));
  if (found.length === 0 && (of as number) > MAX_INTERVAL_SAMPLE)
    found.push(
      issue(
        'limit-exceeded',
        [name, 'of'],
        `an interval is computed for samples of up to 10,000,000 cases (got ${of as number})`,
      ),
    );
  return found;
}

/** The intervals and bands of two checked figures. */
export function intervalsOfChange(
  from: { readonly yes: number; readonly of: number },
  to: { readonly yes: number; readonly of: number },
  level: number,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): ShareChange {
  return changeOf(
    intervalOf(from.yes, from.of, level, bands, banding),
    intervalOf(to.yes, to.of, level, bands, banding),
  );
}

/**
 * Whether a key question's figure changed between two audits by more than the samples would
 * explain: the two figures' exact (Clopper-Pearson) intervals at the level (80% by default,
 * HMIP's design level; see `keyQuestionInterval`) do not overlap, so no one share of yes fits
 * both audits at that level. This is the comparison of intervals that Schenker and Gentleman
 * (2001, The American Statistician 55(3)) show to be conservative: when it finds a change, a
 * test of the difference would too, but it misses changes such a test would find. So
 * `'within-intervals'` never means "no change": small samples cannot show a change either way.
 * Touching intervals count as overlapping. Bands and the printed percents are as the rating's
 * (`banding` 'rounded' by default).
 *
 * @param from - the earlier audit's figure: yes of `of` cases (`of` from 1 to 10,000,000)
 * @param to - the later audit's figure
 * @throws {RatingRuleError} `invalid-count`, `yes-exceeds-of` or `limit-exceeded` for an
 * impossible or empty figure (named `from` or `to`); `invalid-option` for a level outside (0, 1),
 * an unknown banding policy or option; `invalid-framework` for bad bands
 * @example
 * const change = shareChange({ yes: 3, of: 8 }, { yes: 11, of: 12 });
 * change.verdict // => 'beyond-intervals'
 * change.sentence // => 'rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%'
 * shareChange({ yes: 3, of: 8 }, { yes: 9, of: 12 }).verdict // => 'within-intervals'
 * shareChange({ yes: 3, of: 8 }, { yes: 9, of: 12 }, { level: 0.5 }).verdict // => 'beyond-intervals'
 * @category Trends
 */
export function shareChange(
  from: { readonly yes: number; readonly of: number },
  to: { readonly yes: number; readonly of: number },
  options: IntervalOptions = {},
): ShareChange {
  // Each count is read once, into a copy, and the copy is checked and used.
  const copy = (f: unknown) => (isRecord(f) ? { yes: f['yes'], of: f['of'] } : f);
  const a = copy(from);
  const b = copy(to);
  const found = [...countsIssues(a, 'from'), ...countsIssues(b, 'to')];
  const settings = intervalSettings(options);
  found.push(...settings.issues);
  if (found.length > 0 || !settings.bands) throw new RatingRuleError(found);
  return intervalsOfChange(
    a as { yes: number; of: number },
    b as { yes: number; of: number },
    settings.level,
    settings.bands,
    settings.banding,
  );
}
