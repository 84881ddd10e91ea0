// Two auditors' grades of the same cases (each case's overall judgement on the four-point scale):
// how often they give the same grade, Cohen's kappa, and weighted kappa for the ordered scale,
// with the cases they grade differently, those more than one grade apart first.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { preview } from '../model/preview.js';
import { isRecord, plainList } from '../model/arguments.js';
import { isRating, type Rating } from '../model/rating.js';
import { percentYes } from '../rules/percent-yes.js';
import { cohensKappa, type CohensKappa } from './kappa.js';
import { weightedKappa, type WeightedKappa } from './weighted-kappa.js';

/** The scale in order, best first: the table's rows and columns. */
const SCALE: readonly Rating[] = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
const STEP: ReadonlyMap<string, number> = new Map(SCALE.map((g, i) => [g, i]));

/** One case's grade from one auditor, or null when not graded. @category Moderation */
export interface CaseGradeOf {
  readonly case: string;
  readonly grade: Rating | null;
}

/** A case the two auditors grade differently. @category Moderation */
export interface GradeDisagreement {
  readonly case: string;
  readonly first: Rating;
  readonly second: Rating;
  /** How many steps of the scale apart the two grades are: 1 to 3. */
  readonly apart: number;
}

/** How far two auditors agree on the grades. @category Moderation */
export interface GradeAgreement {
  /** The scale, best first: the order of the table's rows (first) and columns (second). */
  readonly scale: readonly Rating[];
  /** Cases both graded. */
  readonly compared: number;
  /** Cases in both lists that one or both left ungraded. */
  readonly notCompared: number;
  readonly agreed: number;
  /** % of compared cases given the same grade, rounded half up; null with none compared. */
  readonly percent: number | null;
  readonly table: readonly (readonly number[])[];
  readonly kappa: CohensKappa;
  readonly linear: WeightedKappa;
  readonly quadratic: WeightedKappa;
  /** Every case graded differently: more than one grade apart first, then in the first list's order. */
  readonly disagreements: readonly GradeDisagreement[];
}

function listIssues(list: unknown, name: string): RatingIssue[] {
  if (!Array.isArray(list))
    return [
      issue(
        'invalid-argument',
        [name],
        `${name} must be a list of { case, grade } (got ${preview(list)})`,
      ),
    ];
  const found: RatingIssue[] = [];
  list.forEach((item: unknown, i) => {
    const ok =
      item !== null &&
      typeof item === 'object' &&
      typeof (item as CaseGradeOf).case === 'string' &&
      ((item as CaseGradeOf).grade === null || isRating((item as CaseGradeOf).grade));
    if (!ok && found.length < 20)
      found.push(
        issue(
          'invalid-argument',
          [name, i],
          `each entry must be { case, grade } with a rating or null as grade (got ${preview(item)})`,
        ),
      );
  });
  return found;
}

/**
 * Compares two auditors' grades of the same cases, paired by case id: agreement, Cohen's kappa,
 * and weighted kappa with linear and quadratic weights over the ordered scale. A case one of them
 * left ungraded, or that only one list has, is not compared.
 *
 * @throws {RatingRuleError} a list that is not one of `{ case, grade }`
 * @example
 * const a = [{ case: 'c1', grade: 'Good' }, { case: 'c2', grade: 'Inadequate' }];
 * const b = [{ case: 'c1', grade: 'Good' }, { case: 'c2', grade: 'Good' }];
 * compareGrades(a, b).disagreements // => [{ case: 'c2', first: 'Inadequate', second: 'Good', apart: 2 }]
 * @category Moderation
 */
export function compareGrades(
  first: readonly CaseGradeOf[],
  second: readonly CaseGradeOf[],
): GradeAgreement {
  // Each list read once, by index, and each entry's two fields once: what is checked is what is used.
  const copy = (list: unknown) =>
    plainList(list)?.map((item) =>
      isRecord(item) ? { case: item['case'], grade: item['grade'] } : item,
    ) ?? list;
  first = copy(first) as readonly CaseGradeOf[];
  second = copy(second) as readonly CaseGradeOf[];
  const found = [...listIssues(first, 'first'), ...listIssues(second, 'second')];
  if (found.length > 0) throw new RatingRuleError(found);
  const theirs = new Map<string, Rating | null>();
  for (const { case: id, grade } of second) theirs.set(id, grade);
  const table = SCALE.map(() => SCALE.map(() => 0));
  let notCompared = 0;
  const disagreements: GradeDisagreement[] = [];
  for (const { case: id, grade } of first) {
    if (!theirs.has(id)) continue;
    const other = theirs.get(id) as Rating | null;
    if (grade === null || other === null) {
      notCompared++;
      continue;
    }
    const i = STEP.get(grade) as number;
    const j = STEP.get(other) as number;
    (table[i] as number[])[j] = ((table[i] as number[])[j] as number) + 1;
    if (i !== j)
      disagreements.push({ case: id, first: grade, second: other, apart: Math.abs(i - j) });
  }
  const compared = table.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);
  const agreed = table.reduce((s, r, i) => s + (r[i] as number), 0);
  // More than one grade apart first; a stable sort keeps the first list's order otherwise.
  const ordered = [...disagreements].sort((a, b) => Number(b.apart > 1) - Number(a.apart > 1));
  return {
    scale: SCALE,
    compared,
    notCompared,
    agreed,
    percent: compared > 0 ? percentYes(agreed, compared) : null,
    table,
    kappa: cohensKappa(table),
    linear: weightedKappa(table, 'linear'),
    quadratic: weightedKappa(table, 'quadratic'),
    disagreements: ordered,
  };
}
