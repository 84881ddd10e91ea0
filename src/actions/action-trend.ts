// Each action of a plan over a trend of audits: its target in the last audit on or before its due
// date and in the latest audit after it, and whether the change is larger than the intervals
// explain, by the trend's own test (the two exact intervals do not overlap; see shareChange).
import { RatingRuleError, issue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { frameworkArgument } from '../framework/trusted.js';
import { makeFigure } from '../rules/key-question-figure.js';
import { intervalOf } from '../confidence/key-question-interval.js';
import type { FigureAt } from '../trend/audit-figures.js';
import { keyQuestionChange, standardChange } from '../trend/trend-changes.js';
import { auditTrendSchema } from '../trend/trend-schema.js';
import type {
  AuditTrend,
  KeyQuestionPoint,
  KeyQuestionTrend,
  StandardPoint,
  StandardTrend,
  TrendChange,
} from '../trend/trend-types.js';
import { actionsArgument, targetsOf, type TargetOf } from './action-arguments.js';
import type { ActionChange, ActionPoint, ImprovementAction } from './action-types.js';

/** The index of the last audit on or before the due date, and of the latest audit after it. */
function sides(dates: readonly string[], due: string): { before?: number; after?: number } {
  let before: number | undefined;
  let after: number | undefined;
  dates.forEach((d, i) => {
    if (d <= due) before = i;
    else after = i;
  });
  return { ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
}

/** A key question's point as the trend's change test takes it (its interval made again). */
function figureAtPoint(kq: KeyQuestionTrend, p: KeyQuestionPoint, trend: AuditTrend): FigureAt {
  if (p.percent === undefined || p.band === undefined) return { note: p.note ?? 'no figure' };
  const figure = {
    ...makeFigure(kq.keyQuestion, kq.text, { yes: p.yes, of: p.of, percent: p.percent }),
    band: p.band,
  };
  const interval =
    p.yes !== undefined && p.of !== undefined && p.lower !== undefined
      ? intervalOf(p.yes, p.of, trend.level, trend.keyQuestionBands, trend.banding)
      : undefined;
  return {
    figure,
    band: p.band,
    ...(interval && { interval }),
    ...(p.note !== undefined && { note: p.note }),
  };
}

const keyQuestionPointOf = (p: KeyQuestionPoint): ActionPoint => ({
  date: p.date,
  ...(p.yes !== undefined && { yes: p.yes }),
  ...(p.of !== undefined && { of: p.of }),
  ...(p.percent !== undefined && { percent: p.percent }),
  ...(p.band && { band: p.band }),
  ...(p.note !== undefined && { note: p.note }),
});

const standardPointOf = (p: StandardPoint): ActionPoint => ({
  date: p.date,
  ...(p.lowest?.yes !== undefined && { yes: p.lowest.yes }),
  ...(p.lowest?.of !== undefined && { of: p.lowest.of }),
  ...(p.lowest?.percent !== undefined && { percent: p.lowest.percent }),
  ...(p.rating && { band: p.rating }),
  ...(p.note !== undefined && { note: p.note }),
});

/** The change of one action's target between the two sides of its due date. */
function changeAt(
  action: ImprovementAction,
  target: TargetOf,
  trend: AuditTrend,
  at: { before: number; after: number },
): { before: ActionPoint; after: ActionPoint; change: TrendChange } {
  const dates = trend.audits.map((a) => a.date);
  const [from, to] = [dates[at.before] as string, dates[at.after] as string];
  if (target.kind === 'key question') {
    const kq = trend.keyQuestions.find((k) => k.keyQuestion === action.target) as KeyQuestionTrend;
    const [a, b] = [kq.points[at.before], kq.points[at.after]] as [
      KeyQuestionPoint,
      KeyQuestionPoint,
    ];
    const change = keyQuestionChange(
      kq.keyQuestion,
      figureAtPoint(kq, a, trend),
      figureAtPoint(kq, b, trend),
      from,
      to,
      trend.level,
    );
    return { before: keyQuestionPointOf(a), after: keyQuestionPointOf(b), change };
  }
  const s = trend.standards.find((x) => x.standard === action.target) as StandardTrend;
  const [a, b] = [s.points[at.before], s.points[at.after]] as [StandardPoint, StandardPoint];
  const untested = (p: StandardPoint) => (p.allowed ? undefined : (p.note ?? 'no interval'));
  const change = standardChange(
    { id: s.standard, name: s.name, ratedBy: s.ratedBy },
    a,
    b,
    trend.level,
    {
      ...(untested(a) !== undefined && { a: untested(a) as string }),
      ...(untested(b) !== undefined && { b: untested(b) as string }),
    },
  );
  return { before: standardPointOf(a), after: standardPointOf(b), change };
}

/** Whether the trend follows the target at all (a key question of a standard rated by judgement does not). */
function followed(action: ImprovementAction, target: TargetOf, trend: AuditTrend): boolean {
  return target.kind === 'key question'
    ? trend.keyQuestions.some((k) => k.keyQuestion === action.target)
    : trend.standards.some((s) => s.standard === action.target);
}

/** One checked action over a checked trend. */
function actionChange(
  action: ImprovementAction,
  target: TargetOf,
  trend: AuditTrend,
): ActionChange {
  const head = { action, kind: target.kind, standard: target.standard, text: target.text };
  const id = action.target;
  const dates = trend.audits.map((a) => a.date);
  const none = (reason: string, more: Partial<ActionChange> = {}): ActionChange => ({
    ...head,
    ...more,
    reason,
    sentence: `${id}: ${reason}; not compared`,
  });
  if (!followed(action, target, trend)) return none('the trend has no figures of it');
  if (action.due === undefined) return none('the action has no due date');
  const { before, after } = sides(dates, action.due);
  if (before === undefined) return none(`no audit on or before its due date ${action.due}`);
  if (after === undefined) return none(`no audit after its due date ${action.due} yet`);
  const found = changeAt(action, target, trend, { before, after });
  return {
    ...head,
    ...found,
    sentence: `due ${action.due}: ${found.change.sentence}`,
  };
}

/**
 * Each improvement action over a trend of audits: its target (a key question's figure, or a
 * standard's rating) in the last audit on or before its due date and in the latest audit after it,
 * and whether the change is larger than the intervals explain, by the trend's own test (the two
 * exact intervals at the trend's level do not overlap: conservative, so "within what the samples
 * would explain" never means the action did nothing; see `shareChange`). An action with no due
 * date, no audit before it or none after it yet is listed with the reason and not compared.
 *
 * @param trend - a trend from `auditTrend`
 * @param actions - the plan, checked against `framework` (the trend's framework)
 * @param framework - the framework the trend's audits were rated against
 * @throws {RatingRuleError} every problem with the trend, the framework or the actions at once
 * @example
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating: rateInspection(cumberland2024) }, { date: '2024-07-15', rating: rateInspection(walthamForest2024) }]);
 * const [a] = actionChanges(trend, [{ action: 'Safety in every assessment', target: '2.1.3', due: '2024-03-31' }], youth2021);
 * a?.sentence // => 'due 2024-03-31: 2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 71% (15 of 21), from Inadequate to Good; within what the samples would explain at 80%'
 * @category Actions
 */
export function actionChanges(
  trend: AuditTrend,
  actions: readonly ImprovementAction[],
  framework: Framework,
): ActionChange[] {
  const parsed = auditTrendSchema.safeParse(trend);
  const fw = frameworkArgument(framework, 'framework');
  const found = [...fw.issues];
  if (!parsed.success)
    found.push(issue('invalid-argument', ['trend'], 'must be a trend from auditTrend'));
  const checked = fw.framework ? actionsArgument(actions, fw.framework) : undefined;
  if (checked) found.push(...checked.issues);
  if (parsed.success && fw.framework && parsed.data.framework.id !== fw.framework.id)
    found.push(
      issue(
        'framework-mismatch',
        ['framework'],
        `the trend is of ${parsed.data.framework.id}, not ${fw.framework.id}`,
      ),
    );
  if (found.length > 0 || !parsed.success || !fw.framework || !checked)
    throw new RatingRuleError(found);
  const targets = targetsOf(fw.framework);
  const checkedTrend = parsed.data as AuditTrend;
  return checked.actions.map((a) =>
    actionChange(a, targets.get(a.target) as TargetOf, checkedTrend),
  );
}
