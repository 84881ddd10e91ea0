// What every report prints from: the input checked against the result schemas and copied as
// plain data, the words the text and HTML reports share, and the JSON format itself.
import { breakdownRows, type GroupBreakdown } from 'hmip-ratings/breakdown';
import { caseTallySchema, type CaseTally } from 'hmip-ratings/cases';
import { gradeSummaryRows, type GradeSummary } from 'hmip-ratings/grades';
import { intervalRows, resampleRows, type ResampledRating } from 'hmip-ratings/confidence';
import {
  inspectionRatingSchema,
  noOverallWords,
  type InspectionRating,
  type RatingIssue,
  type StandardRating,
} from 'hmip-ratings';
import { marginsSchema, type StandardMargin } from 'hmip-ratings/margins';
import { argumentIssue, isRecord, oneOf, plainList } from 'hmip-ratings/toolkit';
import type { ReportInput } from '../pipelines/rate-report.js';

export type { ReportInput };

const groupThousands = (n: number) => n.toLocaleString('en-GB');

/** The output formats of `formatReport`. @category Sheets */
export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';

/** The confidence and breakdown sections as rows of text, checked by the functions that make them. */
export interface Extras {
  readonly intervals?: string[][];
  readonly resampled?: { rows: string[][]; counts: string[][]; result: ResampledRating };
  readonly breakdown?: { rows: string[][]; notes: readonly string[]; attribute: string };
  readonly grades?: ReturnType<typeof gradeSummaryRows> & { notes: readonly string[] };
}

export function extrasOf(input: ReportInput): Extras {
  const c = input.confidence;
  const b = input.breakdown;
  return {
    ...(c && { intervals: intervalRows(c.intervals) }),
    ...(c?.resampled && {
      resampled: {
        rows: resampleRows(c.resampled),
        counts: resampleRows(c.resampled, { cells: 'count' }),
        result: c.resampled,
      },
    }),
    ...(b && { breakdown: { rows: breakdownRows(b), notes: b.notes, attribute: b.attribute } }),
    ...(input.grades && {
      grades: { ...gradeSummaryRows(input.grades), notes: input.grades.notes },
    }),
  };
}

/** The lines that say what the resampling shows, in words a team can paste. */
export function resampleSentences(r: ResampledRating): string[] {
  return [
    `${groupThousands(r.resamples)} resamples, seed ${r.seed}.`,
    ...r.standards.map((s) => s.sentence),
    ...(r.overall ? [r.overall.sentence] : []),
    ...(r.overallNote ? [r.overallNote] : []),
  ];
}

/**
 * The sample a rating rests on, in words: "20 cases (8 court, 12 out-of-court)", or a note that
 * the figures were given rather than tallied.
 */
export function sampleLine(tally: CaseTally | undefined): string {
  if (!tally) return 'Sample: not given (rated from the evidence figures, not from case answers)';
  const { total, court, outOfCourt } = tally.cases;
  return `Sample: ${total} case${total === 1 ? '' : 's'} (${court} court, ${outOfCourt} out-of-court)`;
}

/** The discretion a panel applied, in words that say which way it moved. */
export function discretionWords(s: StandardRating): string {
  const d = s.discretion;
  if (!d) return '';
  return d.direction === 'unchanged'
    ? `discretion considered, ${d.from} kept`
    : `${d.direction} by the panel from ${d.from}`;
}

const FORMATS = oneOf('table', 'markdown', 'csv', 'json', 'html');

/**
 * A copy of plain data (objects, lists, text, finite numbers, true, false, null), each field read
 * once; undefined for anything else or for data nested deeper than 32 levels.
 */
function plainData(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const list = plainList(value);
  if (list) {
    const copy: unknown[] = [];
    for (const item of list) {
      const c = plainData(item, depth + 1);
      if (c === undefined && item !== undefined) return undefined;
      copy.push(c);
    }
    return copy;
  }
  if (!isRecord(value)) return undefined;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const c = plainData(v, depth + 1);
    if (c === undefined) return undefined;
    Object.defineProperty(copy, key, {
      value: c,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** A report's input checked against the result schemas and copied: what the report prints is what was checked. */
export function checkedReportInput(
  input: unknown,
  format: unknown,
): { readonly input?: ReportInput; readonly issues: RatingIssue[] } {
  const found: RatingIssue[] = [];
  const problem = FORMATS(format);
  if (problem)
    found.push({ code: 'invalid-option', path: ['format'], message: `format ${problem}` });
  if (!isRecord(input))
    return { issues: [...found, argumentIssue('input', '{ rating, tally?, margins? }', input)] };
  const rating = inspectionRatingSchema.safeParse(input['rating']);
  if (!rating.success)
    found.push(argumentIssue('input.rating', 'a rating from rateInspection', input['rating']));
  const given = {
    tally: input['tally'],
    margins: input['margins'],
    confidence: input['confidence'],
    breakdown: input['breakdown'],
    grades: input['grades'],
    actions: input['actions'],
  };
  // Confidence and breakdown are copied as plain data: no cycle, BigInt or getter reaches the output.
  const confidence = given.confidence === undefined ? undefined : plainData(given.confidence);
  if (
    given.confidence !== undefined &&
    !(isRecord(confidence) && isRecord(confidence['intervals']))
  )
    found.push(
      argumentIssue(
        'input.confidence',
        '{ intervals, resampled? } from ratingIntervals and resampleRating',
        given.confidence,
      ),
    );
  const breakdown = given.breakdown === undefined ? undefined : plainData(given.breakdown);
  if (given.breakdown !== undefined && !isRecord(breakdown))
    found.push(
      argumentIssue('input.breakdown', 'a breakdown from breakdownByGroup', given.breakdown),
    );
  const grades = given.grades === undefined ? undefined : plainData(given.grades);
  if (given.grades !== undefined && !isRecord(grades))
    found.push(argumentIssue('input.grades', 'a grade summary from summariseGrades', given.grades));
  // The actions are copied as plain data, as the confidence and breakdown are.
  const actions = given.actions === undefined ? undefined : plainData(given.actions);
  if (given.actions !== undefined && !Array.isArray(actions))
    found.push(argumentIssue('input.actions', 'actions from actionFigures', given.actions));
  const tally = given.tally === undefined ? undefined : caseTallySchema.safeParse(given.tally);
  if (tally && !tally.success)
    found.push(argumentIssue('input.tally', 'a tally from tallyCases', given.tally));
  const margins = given.margins === undefined ? undefined : marginsSchema.safeParse(given.margins);
  if (margins && !margins.success)
    found.push(argumentIssue('input.margins', 'margins from ratingMargins', given.margins));
  if (found.length > 0 || !rating.success) return { issues: found };
  return {
    input: {
      rating: rating.data as InspectionRating,
      ...(tally?.success && { tally: tally.data as CaseTally }),
      ...(margins?.success && { margins: margins.data as StandardMargin[] }),
      ...(isRecord(confidence) && {
        confidence: confidence as unknown as NonNullable<ReportInput['confidence']>,
      }),
      ...(isRecord(breakdown) && { breakdown: breakdown as unknown as GroupBreakdown }),
      ...(isRecord(grades) && { grades: grades as unknown as GradeSummary }),
      ...(Array.isArray(actions) && { actions: actions as NonNullable<ReportInput['actions']> }),
    },
    issues: [],
  };
}

/**
 * The `json` format: the checked input as JSON (with the sample in words when there is no tally,
 * and `noOverall` in words when the rating is incomplete: its `score` is then not a score).
 */
export function reportJson(input: ReportInput): string {
  extrasOf(input); // checks the confidence and breakdown the same way the other formats do
  const noOverall = noOverallWords(input.rating);
  const out = {
    ...input,
    ...(!input.tally && { sample: sampleLine(undefined).replace(/^Sample: /, '') }),
    ...(noOverall !== undefined && { noOverall }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
