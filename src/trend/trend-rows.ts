// A trend as rows of plain text for the command's tables, markdown and CSV (the caller escapes
// each cell for its output).
import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import { argumentIssue } from '../model/arguments.js';
import { percentText } from '../confidence/key-question-interval.js';
import type {
  AuditTrend,
  KeyQuestionPoint,
  KeyQuestionTrend,
  OverallPoint,
  StandardPoint,
  StandardTrend,
  TrendChange,
} from './trend-types.js';
import { levelWords } from './share-change.js';
import { auditTrendSchema } from './trend-schema.js';

/** A trend's tables as rows of text, each header first. @category Trends */
export interface TrendRows {
  /**
   * One row per figure, one column per audit: each standard in framework order (a case-sampled
   * standard followed by its key questions), then the overall; with the change from the first
   * audit to the last, its test, and the figure's name last.
   */
  readonly figures: string[][];
  /** One row per figure per audit, for a spreadsheet: counts, percent, band, interval, rating, score. */
  readonly points: string[][];
  /** One row per change: between consecutive audits and, with three or more, first to last. */
  readonly changes: string[][];
}

const TEST_WORDS = {
  'beyond-intervals': 'beyond the intervals',
  'within-intervals': 'within the intervals',
  'not-tested': 'not tested',
} as const;

/**
 * "37 points up, 2 bands up", "8 points down, same band", "no change, same band", "not compared"
 * (words, not signs: a cell starting with + or - would be taken for a formula in a spreadsheet).
 */
export function changeWords(change: TrendChange, unit = 'point'): string {
  if (change.direction === 'not compared') return 'not compared';
  const parts: string[] = [];
  const d = change.difference;
  if (d !== undefined)
    parts.push(
      d === 0
        ? 'no change'
        : `${Math.abs(d)} ${unit}${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'up' : 'down'}`,
    );
  if (change.bandSteps !== undefined)
    parts.push(
      change.bandSteps === 0
        ? 'same band'
        : `${Math.abs(change.bandSteps)} band${Math.abs(change.bandSteps) === 1 ? '' : 's'} ${change.bandSteps > 0 ? 'up' : 'down'}`,
    );
  return parts.join(', ');
}

/** "38% (3 of 8) Inadequate", "no applicable cases", "not given". */
function keyQuestionCell(p: KeyQuestionPoint): string {
  if (p.percent === undefined) return p.note === 'no applicable cases' ? p.note : 'no figure';
  const counts = p.yes !== undefined && p.of !== undefined ? ` (${p.yes} of ${p.of})` : '';
  return `${p.percent}%${counts}${p.band ? ` ${p.band}` : ''}`;
}

/** "Requires improvement", "Requires improvement (raised)", "not rated", "not given". */
function standardCell(p: StandardPoint): string {
  if (p.status === 'not-given') return 'not given';
  if (!p.rating) return 'not rated';
  return p.discretion === 'raised' || p.discretion === 'lowered'
    ? `${p.rating} (${p.discretion} by the panel)`
    : p.rating;
}

/** "12/36 Requires improvement", or "no overall: judgements missing (1.1, ...)" (never a part-score). */
function overallCell(p: OverallPoint): string {
  return p.overall ? `${p.score}/${p.maximum} ${p.overall}` : (p.note ?? 'no overall');
}

/** A trend passed as an argument, checked against its schema and copied, or the problem with it. */
export function checkedTrend(
  value: unknown,
  name = 'trend',
): { readonly trend?: AuditTrend; readonly issues: RatingIssue[] } {
  const parsed = auditTrendSchema.safeParse(value);
  return parsed.success
    ? { trend: parsed.data as AuditTrend, issues: [] }
    : { issues: [argumentIssue(name, 'the result of auditTrend', value)] };
}

/**
 * A trend's tables as rows of plain text, each header first: `figures` (one column per audit,
 * the change from the first to the last and its test), `points` (one row per figure per audit,
 * with the interval's ends and the bands it allows) and `changes` (every change with its sentence).
 * Cells are plain text: escape them for the output (CSV, markdown, a terminal).
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not from `auditTrend`
 * @example
 * const before = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * const cases = cumberlandCases.map((c) => (c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' } } : c));
 * const after = rateCases(youth2021, cases, {}, { incomplete: 'allow' }).rating;
 * const rows = trendRows(auditTrend(youth2021, [{ date: '2024-01-15', rating: before }, { date: '2024-04-15', rating: after }]));
 * rows.figures[0] // => ['figure', '2024-01-15', '2024-04-15', 'change', 'test at 80%', 'name']
 * rows.figures[8] // => ['2.1.3', '38% (3 of 8) Inadequate', '50% (4 of 8) Requires improvement', '12 points up, 1 band up', 'within the intervals', 'Does assessment sufficiently analyse how to keep other people safe?']
 * @category Trends
 */
export function trendRows(given: AuditTrend): TrendRows {
  const { trend, issues } = checkedTrend(given);
  if (!trend) throw new RatingRuleError(issues);
  const byStandard = new Map<string, KeyQuestionTrend[]>();
  for (const kq of trend.keyQuestions)
    byStandard.set(kq.standard, [...(byStandard.get(kq.standard) ?? []), kq]);
  return {
    figures: figureRows(trend, byStandard),
    points: pointRows(trend, byStandard),
    changes: changeRows(trend),
  };
}

const test = (c: TrendChange) => TEST_WORDS[c.verdict];

/** One row per figure, one column per audit, with the change from the first to the last. */
function figureRows(
  trend: AuditTrend,
  byStandard: ReadonlyMap<string, readonly KeyQuestionTrend[]>,
): string[][] {
  const dates = trend.audits.map((a) => a.date);
  const many = trend.audits.length > 2;
  const figures: string[][] = [
    [
      'figure',
      ...dates,
      many ? `change ${dates[0]} to ${dates[dates.length - 1]}` : 'change',
      `test at ${levelWords(trend.level)}`,
      'name',
    ],
  ];
  for (const s of trend.standards) {
    figures.push([
      s.standard,
      ...s.points.map(standardCell),
      changeWords(s.firstToLast),
      test(s.firstToLast),
      s.name,
    ]);
    for (const kq of byStandard.get(s.standard) ?? [])
      figures.push([
        kq.keyQuestion,
        ...kq.points.map(keyQuestionCell),
        changeWords(kq.firstToLast),
        test(kq.firstToLast),
        kq.text,
      ]);
  }
  const o = trend.overall;
  figures.push([
    'overall',
    ...o.points.map(overallCell),
    changeWords(o.firstToLast, 'score point'),
    test(o.firstToLast),
    'score and overall rating',
  ]);
  return figures;
}

const n = (v: number | undefined) => (v === undefined ? '' : String(v));
const share = (v: number | undefined) => (v === undefined ? '' : percentText(v));

/** A standard's row of the points: its rating, lowest key question, score and allowed bands. */
function standardPointRow(date: string, label: string, s: StandardTrend, p: StandardPoint) {
  return [
    date,
    label,
    'standard',
    s.standard,
    s.name,
    n(p.lowest?.yes),
    n(p.lowest?.of),
    p.lowest?.percent === undefined ? '' : `${p.lowest.percent}%`,
    '',
    '',
    '',
    p.rating ?? (p.status === 'not-given' ? 'not given' : 'not rated'),
    p.ruleRating ?? '',
    n(p.score),
    p.allowed
      ? p.allowed.lowest === p.allowed.highest
        ? p.allowed.lowest
        : `${p.allowed.lowest} to ${p.allowed.highest}`
      : '',
    p.note ?? (p.lowest ? `lowest key question ${p.lowest.keyQuestion}` : ''),
  ];
}

/** A key question's row of the points: its counts, percent, band and interval. */
function keyQuestionPointRow(
  date: string,
  label: string,
  kq: KeyQuestionTrend,
  q: KeyQuestionPoint,
) {
  return [
    date,
    label,
    'key question',
    kq.keyQuestion,
    kq.text,
    n(q.yes),
    n(q.of),
    q.percent === undefined ? '' : `${q.percent}%`,
    q.band ?? '',
    share(q.lower),
    share(q.upper),
    '',
    '',
    '',
    q.bands ? q.bands.join(', ') : '',
    q.note ?? '',
  ];
}

/** The overall's row of the points: its rating, score and range of scores. */
function overallPointRow(date: string, label: string, p: OverallPoint) {
  return [
    date,
    label,
    'overall',
    'overall',
    'score and overall rating',
    '',
    '',
    '',
    '',
    '',
    '',
    p.overall ?? p.note ?? 'no overall',
    '',
    p.overall ? `${p.score}/${p.maximum}` : '',
    p.allowed ? `score ${p.allowed.lowest} to ${p.allowed.highest}` : '',
    p.overall ? (p.note ?? '') : '',
  ];
}

/** One row per figure per audit, for a spreadsheet. */
function pointRows(
  trend: AuditTrend,
  byStandard: ReadonlyMap<string, readonly KeyQuestionTrend[]>,
): string[][] {
  const level = levelWords(trend.level);
  const labels = new Map(trend.audits.map((a) => [a.date, a.label ?? ''] as const));
  const points: string[][] = [
    [
      'date',
      'label',
      'kind',
      'figure',
      'name',
      'yes',
      'of',
      '% yes',
      'band',
      `${level} interval from`,
      `${level} interval to`,
      'rating',
      'rule rating',
      'score',
      'bands the intervals allow',
      'note',
    ],
  ];
  for (const [i, date] of trend.audits.map((a) => a.date).entries()) {
    const label = labels.get(date) ?? '';
    for (const s of trend.standards) {
      points.push(standardPointRow(date, label, s, s.points[i] as StandardPoint));
      for (const kq of byStandard.get(s.standard) ?? [])
        points.push(keyQuestionPointRow(date, label, kq, kq.points[i] as KeyQuestionPoint));
    }
    points.push(overallPointRow(date, label, trend.overall.points[i] as OverallPoint));
  }
  return points;
}

/** One row per change: between consecutive audits and, with three or more, first to last. */
function changeRows(trend: AuditTrend): string[][] {
  const many = trend.audits.length > 2;
  const changes: string[][] = [
    [
      'kind',
      'figure',
      'from',
      'to',
      'direction',
      'change',
      'was',
      'now',
      `test at ${levelWords(trend.level)}`,
      'sentence',
    ],
  ];
  const all = <T extends { changes: readonly TrendChange[]; firstToLast: TrendChange }>(t: T) => [
    ...t.changes,
    ...(many ? [t.firstToLast] : []),
  ];
  const changeRow = (kind: string, figure: string, c: TrendChange, unit?: string) => [
    kind,
    figure,
    c.from,
    c.to,
    c.direction,
    changeWords(c, unit),
    c.fromBand ?? '',
    c.toBand ?? '',
    test(c),
    c.sentence,
  ];
  for (const kq of trend.keyQuestions)
    for (const c of all(kq)) changes.push(changeRow('key question', kq.keyQuestion, c));
  for (const s of trend.standards)
    for (const c of all(s)) changes.push(changeRow('standard', s.standard, c));
  for (const c of all(trend.overall))
    changes.push(changeRow('overall', 'overall', c, 'score point'));
  return changes;
}
