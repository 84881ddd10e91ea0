import type { Rating } from '../model/rating.js';
import type { DiscretionParameters, KeyQuestionBand } from '../model/types.js';
import type { BandingPolicy } from './band-for.js';
import type { KeyQuestionFigure } from './key-question-figure.js';
import { figureBand, lowestOf } from './lowest-key-question.js';
import { bandOf } from './band-for.js';
import { percentYes } from './percent-yes.js';
import { checkedFigures } from './figure-check.js';
import { checkedKeyQuestionBands } from './banding-check.js';
import { youthKeyQuestionBands } from '../frameworks/youth-parameters.js';
import { isBoolean, isRecord, oneOf, optionIssues, throwIssues } from '../model/arguments.js';
import { issue } from '../model/errors.js';
import { preview } from '../model/preview.js';
import { RATINGS, ratingRank } from '../model/rating.js';

/** Whether a trigger fired; `'unknown'` when it needs counts that were not given. @category Discretion */
export type TriggerStatus = 'fired' | 'not-fired' | 'unknown';

/** One case judged differently on one key question, and the rating that would follow. @category Discretion */
export interface OneCaseChange {
  readonly keyQuestion: string;
  readonly change: 1 | -1;
  readonly rating: Rating;
}

/**
 * The three triggers that make the ratings panel consider professional discretion (Cheshire
 * Annexe 1). Any one is enough to consider it; none decides it.
 * @category Discretion
 */
export interface DiscretionTriggers {
  /** The lowest figure is within the window (five points) of a band boundary. */
  readonly nearBoundary: {
    readonly status: TriggerStatus;
    readonly boundary: number;
    readonly distance: number;
    readonly windowPoints: number;
    readonly inclusive: boolean;
  };
  /** A differing judgement in one case on any key question would change the standard's rating. */
  readonly oneCase: { readonly status: TriggerStatus; readonly changes: readonly OneCaseChange[] };
  /** The lowest figure rests on five cases or fewer. */
  readonly smallSample: {
    readonly status: TriggerStatus;
    readonly cases?: number;
    readonly limit: number;
  };
  /** Whether any trigger fired. */
  readonly anyFired: boolean;
  /** Whether some trigger could not be computed because counts were not given. */
  readonly anyUnknown: boolean;
}

/** Options for the triggers. @category Discretion */
export interface TriggerOptions {
  readonly banding?: BandingPolicy;
  /** Whether a figure exactly five points from a boundary is within the window; true by default. */
  readonly windowInclusive?: boolean;
}

function nearBoundary(
  lowest: KeyQuestionFigure,
  bands: readonly KeyQuestionBand[],
  parameters: DiscretionParameters,
  options: TriggerOptions,
): DiscretionTriggers['nearBoundary'] {
  const exact = options.banding === 'exact' && lowest.yes !== undefined && lowest.of !== undefined;
  const value = exact
    ? (100 * (lowest.yes as number)) / (lowest.of as number)
    : (lowest.percent ?? 0);
  const inclusive = options.windowInclusive ?? true;
  let boundary = bands[1]?.from ?? 0;
  for (let i = 1; i < bands.length; i++) {
    const band = bands[i] as KeyQuestionBand;
    if (Math.abs(value - band.from) < Math.abs(value - boundary)) boundary = band.from;
  }
  // Compare in integers where counts are exact: |100*yes - boundary*of| against window*of.
  const gap = exact
    ? Math.abs(100 * (lowest.yes as number) - boundary * (lowest.of as number))
    : Math.abs(value - boundary);
  const limit = exact ? parameters.windowPoints * (lowest.of as number) : parameters.windowPoints;
  const within = inclusive ? gap <= limit : gap < limit;
  return {
    status: within ? 'fired' : 'not-fired',
    boundary,
    distance: Math.abs(value - boundary),
    windowPoints: parameters.windowPoints,
    inclusive,
  };
}

/**
 * The one-case trigger in closed form. A standard's rule rating is the lowest band among its
 * non-empty key questions (the band is monotone in the figure, so the lowest figure has the lowest
 * band). Changing one answer on key question i gives the lower of i's new band and the lowest band
 * among the others, so each question needs its own band, the lowest band without it, and the band
 * one answer either way: no re-rating of the whole standard.
 */
function oneCase(
  figures: readonly KeyQuestionFigure[],
  rating: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): DiscretionTriggers['oneCase'] {
  const changes: OneCaseChange[] = [];
  let unknown = false;
  const n = figures.length;
  const ranks: number[] = new Array<number>(n);
  let lowest = Infinity;
  let lowestCount = 0;
  let second = Infinity;
  for (let i = 0; i < n; i++) {
    const f = figures[i] as KeyQuestionFigure;
    const rank = f.empty ? Infinity : ratingRank(figureBand(f, bands, banding).rating);
    ranks[i] = rank;
    if (rank < lowest) [second, lowest, lowestCount] = [lowest, rank, 1];
    else if (rank === lowest) lowestCount++;
    else if (rank < second) second = rank;
  }
  const current = ratingRank(rating);
  for (let i = 0; i < n; i++) {
    const figure = figures[i] as KeyQuestionFigure;
    if (figure.empty) continue;
    if (figure.yes === undefined || figure.of === undefined) {
      unknown = true;
      continue;
    }
    const others = ranks[i] === lowest && lowestCount === 1 ? second : lowest;
    for (let c = 0; c < 2; c++) {
      const change = c === 0 ? 1 : -1;
      const moved = figure.yes + change;
      if (moved < 0 || moved > figure.of) continue;
      const band =
        banding === 'exact'
          ? bandOf(bands, 100 * moved, figure.of)
          : bandOf(bands, percentYes(moved, figure.of));
      const after = Math.min(ratingRank(band.rating), others);
      if (after !== current)
        changes.push({ keyQuestion: figure.keyQuestion, change, rating: RATINGS[after] as Rating });
    }
  }
  return { status: changes.length > 0 ? 'fired' : unknown ? 'unknown' : 'not-fired', changes };
}

/** The triggers on figures already checked (see `discretionTriggers`). */
export function triggersOf(
  figures: readonly KeyQuestionFigure[],
  bands: readonly KeyQuestionBand[],
  parameters: DiscretionParameters,
  options: TriggerOptions = {},
): DiscretionTriggers | undefined {
  const banding = options.banding ?? 'rounded';
  const rule = lowestOf(figures, bands, banding);
  if (!rule) return undefined;
  return triggersFrom(figures, rule, bands, parameters, options);
}

/**
 * The triggers of figures whose lowest (by `lowestOf`, with the same bands and banding) is
 * already known: `rateStandard` has worked it out for the rating.
 */
export function triggersFrom(
  figures: readonly KeyQuestionFigure[],
  rule: { readonly rating: Rating; readonly lowest: KeyQuestionFigure },
  bands: readonly KeyQuestionBand[],
  parameters: DiscretionParameters,
  options: TriggerOptions,
): DiscretionTriggers {
  const banding = options.banding ?? 'rounded';
  const near = nearBoundary(rule.lowest, bands, parameters, options);
  const one = oneCase(figures, rule.rating, bands, banding);
  const cases = rule.lowest.of;
  const small: DiscretionTriggers['smallSample'] =
    cases === undefined
      ? { status: 'unknown', limit: parameters.smallSample }
      : {
          status: cases <= parameters.smallSample ? 'fired' : 'not-fired',
          cases,
          limit: parameters.smallSample,
        };
  const anyFired = near.status === 'fired' || one.status === 'fired' || small.status === 'fired';
  const anyUnknown =
    near.status === 'unknown' || one.status === 'unknown' || small.status === 'unknown';
  return { nearBoundary: near, oneCase: one, smallSample: small, anyFired, anyUnknown };
}

/**
 * Computes the discretion triggers for a key-question standard from its figures.
 *
 * @param figures - every key question's figure, in framework order
 * @param bands - the framework's key-question bands
 * @param parameters - the framework's discretion parameters (five points, five cases)
 * @returns the triggers, or undefined when every key question is empty
 * @example
 * const f = (keyQuestion: string, yes: number, of: number) =>
 *   ({ keyQuestion, text: '', yes, of, percent: percentYes(yes, of), countsRecovered: false, empty: false });
 * const t = discretionTriggers([f('2.1.1', 5, 8), f('2.1.2', 5, 8), f('2.1.3', 3, 8)], youth2021.keyQuestionBands, youth2021.discretion);
 * t?.oneCase.status // => 'fired'
 * t?.nearBoundary.status // => 'not-fired'
 * @category Discretion
 */
export function discretionTriggers(
  figures: readonly KeyQuestionFigure[],
  bands: readonly KeyQuestionBand[],
  parameters: DiscretionParameters,
  options: TriggerOptions = {},
): DiscretionTriggers | undefined {
  const checked = checkedFigures(figures);
  const checkedBands = checkedKeyQuestionBands({ keyQuestionBands: bands }, youthKeyQuestionBands);
  const found = [
    ...checked.issues,
    ...checkedBands.issues.map((i) => ({ ...i, path: ['bands', ...i.path.slice(2)] })),
    ...optionIssues(options, TRIGGER_OPTIONS),
  ];
  const windowPoints = isRecord(parameters) ? parameters['windowPoints'] : undefined;
  const smallSample = isRecord(parameters) ? parameters['smallSample'] : undefined;
  if (typeof windowPoints !== 'number' || !(windowPoints >= 0 && windowPoints <= 100))
    found.push(
      issue(
        'invalid-argument',
        ['parameters', 'windowPoints'],
        `must be a number from 0 to 100 (got ${preview(windowPoints)})`,
      ),
    );
  if (typeof smallSample !== 'number' || !Number.isInteger(smallSample) || smallSample < 0)
    found.push(
      issue(
        'invalid-argument',
        ['parameters', 'smallSample'],
        `must be a whole number, 0 or more (got ${preview(smallSample)})`,
      ),
    );
  throwIssues(found);
  return triggersOf(
    checked.value as readonly KeyQuestionFigure[],
    checkedBands.value as readonly KeyQuestionBand[],
    { windowPoints: windowPoints as number, smallSample: smallSample as number },
    options,
  );
}

const TRIGGER_OPTIONS = {
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
};
