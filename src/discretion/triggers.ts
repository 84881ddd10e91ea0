import type { Rating } from '../model/rating.js';
import type { DiscretionParameters, KeyQuestionBand } from '../model/types.js';
import type { BandingPolicy } from '../rules/band-for.js';
import { withYes, type KeyQuestionFigure } from '../rules/key-question-figure.js';
import { lowestKeyQuestion } from '../rules/lowest-key-question.js';

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
  for (const band of bands.slice(1))
    if (Math.abs(value - band.from) < Math.abs(value - boundary)) boundary = band.from;
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

function oneCase(
  figures: readonly KeyQuestionFigure[],
  rating: Rating,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): DiscretionTriggers['oneCase'] {
  const changes: OneCaseChange[] = [];
  let unknown = false;
  figures.forEach((figure, index) => {
    if (figure.empty) return;
    if (figure.yes === undefined || figure.of === undefined) {
      unknown = true;
      return;
    }
    const { yes, of } = figure;
    for (const change of [1, -1] as const) {
      const moved = yes + change;
      if (moved < 0 || moved > of) continue;
      const altered = figures.map((f, i) => (i === index ? withYes(f, moved) : f));
      const result = lowestKeyQuestion(altered, bands, banding);
      if (result && result.rating !== rating)
        changes.push({ keyQuestion: figure.keyQuestion, change, rating: result.rating });
    }
  });
  return { status: changes.length > 0 ? 'fired' : unknown ? 'unknown' : 'not-fired', changes };
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
  const banding = options.banding ?? 'rounded';
  const rule = lowestKeyQuestion(figures, bands, banding);
  if (!rule) return undefined;
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
  const statuses = [near.status, one.status, small.status];
  return {
    nearBoundary: near,
    oneCase: one,
    smallSample: small,
    anyFired: statuses.includes('fired'),
    anyUnknown: statuses.includes('unknown'),
  };
}
