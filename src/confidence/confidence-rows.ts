// Intervals for a rating's key questions, and the confidence figures as rows of plain text for the
// command's tables, markdown and CSV (the caller escapes each cell for its output).
import { ratingArgument } from '../rules/rating-argument.js';
import { RatingRuleError } from '../model/errors.js';
import {
  argumentIssue,
  numberIn,
  oneOf,
  optionIssues,
  optionsSnapshot,
} from '../model/arguments.js';
import { RATINGS } from '../model/rating.js';
import type { Framework } from '../model/types.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { BandingPolicy } from '../rules/band-for.js';
import {
  DEFAULT_LEVEL,
  MAX_INTERVAL_SAMPLE,
  intervalOf,
  listWords,
  percentText,
  type KeyQuestionInterval,
} from './key-question-interval.js';
import { groupThousands, shareText, type ResampledRating } from './resample-rating.js';
import { ratingIntervalsSchema, resampledRatingSchema } from './confidence-schema.js';

/** The intervals of every key question of a rating. @category Confidence */
export interface RatingIntervals {
  readonly level: number;
  readonly banding: BandingPolicy;
  readonly keyQuestions: readonly {
    readonly standard: string;
    readonly keyQuestion: string;
    readonly interval?: KeyQuestionInterval;
    /** Why there is no interval: no applicable cases, or only a percent was given. */
    readonly note?: string;
  }[];
}

const ROW_OPTIONS = {
  level: numberIn(0, 1, { min: true, max: true }),
  banding: oneOf('rounded', 'exact'),
};

/** "80%", "97.5%". */
export const levelText = (level: number): string => `${Math.round(level * 1000) / 10}%`;

/**
 * The exact interval of every key question of a rating that has counts (see
 * `keyQuestionInterval`), in framework order, at the level (0.8 by default) and under the rating's
 * own banding policy unless another is given. Key questions with no applicable cases, or with only
 * a percent, get a note instead.
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not a rating, `framework-mismatch`
 * for a rating of another framework, `invalid-option` for a bad level or banding
 * @example
 * const { rating } = rateCases(youth2021, cumberlandCases, cumberlandJudgements);
 * const intervals = ratingIntervals(rating, youth2021);
 * intervals.keyQuestions[2]?.interval?.sentence // => '3 of 8 yes (38%): 80% interval 14.7% to 65.5%, touching Inadequate, Requires improvement and Good'
 * @category Confidence
 */
export function ratingIntervals(
  result: InspectionRating,
  framework: Framework,
  options: { readonly level?: number; readonly banding?: BandingPolicy } = {},
): RatingIntervals {
  const call = callArguments(framework, options, ROW_OPTIONS);
  const rated = ratingArgument(result, call.framework);
  const { framework: fw, options: given } = acceptArguments(call, rated.issues);
  const rating = rated.rating as InspectionRating;
  const level = given.level ?? DEFAULT_LEVEL;
  const banding = given.banding ?? rating.policy.banding;
  const bands = fw.keyQuestionBands;
  const keyQuestions: RatingIntervals['keyQuestions'][number][] = [];
  for (const s of rating.standards) {
    if (s.method !== 'key-questions') continue;
    for (const f of s.keyQuestions) {
      const at = { standard: s.standard, keyQuestion: f.keyQuestion };
      if (f.empty || f.of === 0) keyQuestions.push({ ...at, note: 'no applicable cases' });
      else if (f.yes === undefined || f.of === undefined)
        keyQuestions.push({ ...at, note: 'no interval: only a percent was given, not the counts' });
      else if (f.of > MAX_INTERVAL_SAMPLE)
        keyQuestions.push({ ...at, note: 'no interval: more than 10,000,000 cases' });
      else keyQuestions.push({ ...at, interval: intervalOf(f.yes, f.of, level, bands, banding) });
    }
  }
  return { level, banding, keyQuestions };
}

/**
 * The intervals of a rating as rows of text, header first: standard, key question, yes, of,
 * "% yes", band, the interval and the bands it touches. Cells are plain text: escape them for the
 * output (CSV, markdown, a terminal).
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not from `ratingIntervals`
 * @example
 * const { rating } = rateCases(youth2021, cumberlandCases, cumberlandJudgements);
 * const rows = intervalRows(ratingIntervals(rating, youth2021));
 * rows[0] // => ['standard', 'key question', 'yes', 'of', '% yes', 'band', '80% interval', 'bands in the interval']
 * rows[3] // => ['2.1', '2.1.3', '3', '8', '38%', 'Inadequate', '14.7% to 65.5%', 'Inadequate, Requires improvement and Good']
 * @category Confidence
 */
export function intervalRows(intervals: RatingIntervals): string[][] {
  const parsed = ratingIntervalsSchema.safeParse(intervals);
  if (!parsed.success)
    throw new RatingRuleError([
      argumentIssue('intervals', 'the result of ratingIntervals', intervals),
    ]);
  intervals = parsed.data as RatingIntervals; // the checked copy is what is printed
  return [
    [
      'standard',
      'key question',
      'yes',
      'of',
      '% yes',
      'band',
      `${levelText(intervals.level)} interval`,
      'bands in the interval',
    ],
    ...intervals.keyQuestions.map(({ standard, keyQuestion, interval: i, note }) =>
      i
        ? [
            standard,
            keyQuestion,
            String(i.yes),
            String(i.of),
            `${i.percent}%`,
            i.band,
            `${percentText(i.lower)} to ${percentText(i.upper)}`,
            listWords(i.bands),
          ]
        : [standard, keyQuestion, '', '', '', '', note ?? '', ''],
    ),
  ];
}

const BAND_COLUMNS = [...[...RATINGS].reverse(), 'not rated'] as const;

/**
 * Resampled band shares as rows of text, header first: one row per case-sampled standard, then
 * the overall: the audit's own rule rating, the rating after discretion, and the share (or, with
 * `cells: 'count'`, the number) of resamples in each band. Print `sentence` of each standard and of
 * the overall, and the seed, beside the table. Cells are plain text: escape them for the output.
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not from `resampleRating`;
 * `invalid-option` for an unknown option
 * @example
 * const result = resampleRating(youth2021, cumberlandCases, cumberlandJudgements, { seed: 7 });
 * const rows = resampleRows(result);
 * rows[0] // => ['standard', 'rule rating', 'rated', 'Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'not rated']
 * rows[1] // => ['2.1', 'Inadequate', 'Requires improvement', '1%', '2%', '32%', '65%', '0%']
 * resampleRows(result, { cells: 'count' })[1]?.slice(3) // => ['15', '46', '635', '1,304', '0']
 * @category Confidence
 */
export function resampleRows(
  result: ResampledRating,
  options: { readonly cells?: 'percent' | 'count' } = {},
): string[][] {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const issues = optionIssues(options, { cells: oneOf('percent', 'count') });
  const parsed = resampledRatingSchema.safeParse(result);
  if (!parsed.success)
    issues.unshift(argumentIssue('result', 'the result of resampleRating', result));
  if (issues.length > 0 || !parsed.success) throw new RatingRuleError(issues);
  result = parsed.data as ResampledRating; // the checked copy is what is printed
  const cell = (count: number) =>
    options.cells === 'count' ? groupThousands(count) : shareText(count, result.resamples);
  const row = (
    name: string,
    observed: string | undefined,
    rated: string | undefined,
    bands: ResampledRating['standards'][number]['bands'],
  ) => [
    name,
    observed ?? 'not rated',
    rated ?? '',
    ...BAND_COLUMNS.map((r) => cell(bands.find((b) => b.rating === r)?.count ?? 0)),
  ];
  return [
    ['standard', 'rule rating', 'rated', ...BAND_COLUMNS],
    ...result.standards.map((s) => row(s.standard, s.observed, s.rated, s.bands)),
    ...(result.overall
      ? [row('overall', result.overall.observed, result.overall.rated, result.overall.bands)]
      : []),
  ];
}
