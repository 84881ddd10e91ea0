// The figures of several audits of one service over time: each key question's and standard's
// figures, the overall score and rating, what changed band and by how much, and whether each
// change is larger than the intervals would explain. The arguments are checked in
// trend-arguments.ts, each audit's figures made in audit-figures.ts and the changes between audits
// in trend-changes.ts; this file puts the trend together.
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { standardsOf } from '../framework/standards-of.js';
import type { BandingPolicy } from '../rules/band-for.js';
import type { StandardRating } from '../rules/standard-rating.js';
import {
  allowedBands,
  figureAt,
  keyQuestionPoint,
  overallPoint,
  standardPoint,
  trendAuditOf,
  type AllowedBands,
  type FigureAt,
} from './audit-figures.js';
import { levelWords } from './share-change.js';
import { trendArguments, type CheckedAudit } from './trend-arguments.js';
import {
  bandChangesOf,
  changesOf,
  keyQuestionChange,
  overallChange,
  standardChange,
} from './trend-changes.js';
import type {
  AuditTrend,
  KeyQuestionTrend,
  OverallTrend,
  StandardPoint,
  StandardTrend,
  TrendAudit,
  TrendAuditInput,
  TrendOptions,
} from './trend-types.js';

/** Checked audits in date order, with what every figure of the trend is made from. */
interface AuditsInOrder {
  readonly framework: Framework;
  readonly standards: ReturnType<typeof standardsOf>;
  readonly audits: readonly CheckedAudit[];
  /** Each audit's standards' ratings by standard id. */
  readonly byStandard: readonly ReadonlyMap<string, StandardRating>[];
  readonly level: number;
  readonly bands: readonly KeyQuestionBand[];
  readonly banding: BandingPolicy;
}

/**
 * The figures of several audits of one service over time, in date order: each key question's
 * figure (yes, of, "% yes", band and exact interval), each standard's rating (with its lowest key
 * question and score), and the overall score and rating where an audit's rating is complete;
 * every change between consecutive audits and from the first to the last, with its size (in
 * percentage points, bands and score points); and whether each change is larger than the
 * intervals would explain at the level (80% by default):
 *
 * - a key question: its two exact (Clopper-Pearson) intervals do not overlap (see `shareChange`);
 * - a case-sampled standard: the bands its key questions' intervals allow (the lowest-question rule
 *   applied to the lower ends and to the upper ends, widened to take in the rating given) do not
 *   overlap between the two audits;
 * - the overall: the scores the standards' allowed bands give (the judgements as given) do not
 *   overlap.
 *
 * "Within the intervals" does not mean "no change": it means the samples are too small to tell.
 * Judgement standards have no sample and are not tested. The audits may be given in any order and
 * each must have its own date; every rating must be of the framework, under one banding policy.
 *
 * @param framework - the framework every audit was rated by
 * @param audits - two or more audits: `{ date, label?, rating, tally? }`
 * @throws {RatingRuleError} every problem found: `invalid-argument` for fewer than two audits or a
 * value that is not an audit, rating or tally; `invalid-date` for a date that is not a real
 * yyyy-mm-dd date, or two audits on one date; `framework-mismatch` for a rating or tally of another
 * framework; `invalid-input` for ratings under different banding policies or a tally that does not
 * match its rating; `limit-exceeded` above 100 audits; `invalid-option` for a bad level
 * @example
 * const before = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * const cases = cumberlandCases.map((c) => (c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' } } : c));
 * const after = rateCases(youth2021, cases, {}, { incomplete: 'allow' }).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-04-15', rating: after }, { date: '2024-01-15', rating: before }]);
 * trend.audits.map((a) => a.date) // => ['2024-01-15', '2024-04-15']
 * trend.keyQuestions[2]?.changes[0]?.sentence // => '2024-01-15 to 2024-04-15: 2.1.3 rose from 38% (3 of 8) to 50% (4 of 8), from Inadequate to Requires improvement; within what the samples would explain at 80%'
 * trend.bandChanges.map((c) => c.figure) // => ['2.1.3', '2.1']
 * @category Trends
 */
export function auditTrend(
  framework: Framework,
  audits: readonly TrendAuditInput[],
  options: TrendOptions = {},
): AuditTrend {
  const checked = trendArguments(framework, audits, options);
  return trendOf(checked.framework, checked.audits, checked.level);
}

/** The trend of checked audits. */
function trendOf(framework: Framework, given: readonly CheckedAudit[], level: number): AuditTrend {
  const audits = [...given].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const t: AuditsInOrder = {
    framework,
    standards: standardsOf(framework),
    audits,
    byStandard: audits.map((a) => new Map(a.rating.standards.map((s) => [s.standard, s] as const))),
    level,
    bands: framework.keyQuestionBands,
    banding: (audits[0] as CheckedAudit).rating.policy.banding,
  };
  const { keyQuestions, figures } = keyQuestionTrends(t);
  const { standards, allowedByAudit } = standardTrends(t, figures);
  const overall = overallTrend(t, allowedByAudit);
  const trendAudits: TrendAudit[] = audits.map(trendAuditOf);
  return {
    framework: { id: framework.id, name: framework.name },
    keyQuestionBands: t.bands.map((b) => ({ ...b })),
    overallBands: framework.overallBands.map((b) => ({ ...b })),
    level,
    banding: t.banding,
    audits: trendAudits,
    keyQuestions,
    standards,
    overall,
    bandChanges: bandChangesOf(audits.length, keyQuestions, standards, overall),
    notes: notesOf(trendAudits, standards, level),
  };
}

/** Every key question of the case-sampled standards across the audits, and its figures by audit. */
function keyQuestionTrends(t: AuditsInOrder): {
  keyQuestions: KeyQuestionTrend[];
  figures: Map<string, FigureAt[]>;
} {
  const figures = new Map<string, FigureAt[]>();
  const keyQuestions: KeyQuestionTrend[] = [];
  const dates = t.audits.map((a) => a.date);
  for (const standard of t.standards) {
    if (standard.ratedBy !== 'key-questions') continue;
    for (const kq of standard.keyQuestions) {
      const at = t.byStandard.map((m) =>
        figureAt(m.get(standard.id), kq.id, t.level, t.bands, t.banding),
      );
      figures.set(kq.id, at);
      const { changes, firstToLast } = changesOf(
        at.map((_, i) => i),
        (i, j) =>
          keyQuestionChange(
            kq.id,
            at[i] as FigureAt,
            at[j] as FigureAt,
            dates[i] as string,
            dates[j] as string,
            t.level,
          ),
      );
      keyQuestions.push({
        standard: standard.id,
        keyQuestion: kq.id,
        text: kq.text,
        points: at.map((f, i) => keyQuestionPoint(dates[i] as string, f)),
        changes,
        firstToLast,
      });
    }
  }
  return { keyQuestions, figures };
}

/** Every standard across the audits, and each audit's standards' allowed bands for the overall. */
function standardTrends(
  t: AuditsInOrder,
  figures: ReadonlyMap<string, readonly FigureAt[]>,
): { standards: StandardTrend[]; allowedByAudit: Map<string, AllowedBands>[] } {
  const domainOf = new Map(
    t.framework.domains.flatMap((d) => d.standards.map((s) => [s.id, d] as const)),
  );
  const allowedByAudit = t.audits.map(() => new Map<string, AllowedBands>());
  const standards = t.standards.map((standard): StandardTrend => {
    // Why each audit's standard is not tested, where it is not.
    const untested: (string | undefined)[] = [];
    const points: StandardPoint[] = t.audits.map((a, i) => {
      const s = (t.byStandard[i] as ReadonlyMap<string, StandardRating>).get(standard.id);
      if (!s) {
        untested.push('not given');
        return { date: a.date, status: 'not-given', note: 'not given in this audit' };
      }
      const allowed =
        standard.ratedBy === 'key-questions'
          ? allowedBands(
              s,
              standard.keyQuestions.map(
                (kq) => (figures.get(kq.id) ?? [])[i] ?? { note: 'no figure' },
              ),
              t.bands,
              t.banding,
            )
          : 'a judgement of the panel, not a sample of cases';
      (allowedByAudit[i] as Map<string, AllowedBands>).set(standard.id, allowed);
      untested.push(typeof allowed === 'string' ? allowed : undefined);
      return standardPoint(a.date, s, allowed);
    });
    const { changes, firstToLast } = changesOf(
      points.map((_, i) => i),
      (i, j) =>
        standardChange(standard, points[i] as StandardPoint, points[j] as StandardPoint, t.level, {
          ...(untested[i] !== undefined && { a: untested[i] }),
          ...(untested[j] !== undefined && { b: untested[j] }),
        }),
    );
    const domain = domainOf.get(standard.id);
    return {
      standard: standard.id,
      name: standard.name,
      domain: domain?.id ?? '',
      domainName: domain?.name ?? '',
      ratedBy: standard.ratedBy,
      countsTowardOverall: standard.countsTowardOverall,
      points,
      changes,
      firstToLast,
    };
  });
  return { standards, allowedByAudit };
}

/** The overall score and rating across the audits. */
function overallTrend(
  t: AuditsInOrder,
  allowedByAudit: readonly ReadonlyMap<string, AllowedBands>[],
): OverallTrend {
  const points = t.audits.map((a, i) =>
    overallPoint(t.framework, a, allowedByAudit[i] as ReadonlyMap<string, AllowedBands>),
  );
  return { points, ...changesOf(points, (a, b) => overallChange(a, b, t.level)) };
}

/** What the figures mean and do not mean, in sentences. */
function notesOf(
  audits: readonly TrendAudit[],
  standards: readonly StandardTrend[],
  level: number,
): string[] {
  const l = levelWords(level);
  const notes = [
    `A change is "larger than the samples would explain at ${l}" when the two audits' exact ${l} intervals do not overlap: no one share of yes fits both audits at that level (for a standard, the bands its key questions' intervals allow; for the overall, the scores those bands give). "Within what the samples would explain" does not mean nothing changed: samples this small cannot show a change of that size either way.`,
  ];
  const incomplete = audits.filter((a) => !a.complete).map((a) => a.date);
  if (incomplete.length > 0)
    notes.push(
      `No overall rating for ${incomplete.join(', ')}: the rating is incomplete (no judgements, or a counted standard not rated), so only the key questions and case-sampled standards are compared there.`,
    );
  if (
    standards.some((s) =>
      s.points.some((p) => p.discretion === 'raised' || p.discretion === 'lowered'),
    )
  )
    notes.push(
      "Ratings are shown after the panel's discretion; a standard's test takes in the bands its key questions' intervals allow and the rating the panel gave.",
    );
  notes.push(
    'Judgement standards (rated by the panel, not from a sample of cases) are not tested.',
  );
  return notes;
}
