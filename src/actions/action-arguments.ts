// The actions a caller gives, read once into plain data and checked against the framework: every
// problem found at once, each named by the action's place in the list.
import { issue, type RatingIssue } from '../model/errors.js';
import { isRecord, plainRecords } from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import type { Framework } from '../model/types.js';
import { standardsOf } from '../framework/standards-of.js';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type ActionTargetKind,
  type ImprovementAction,
} from './action-types.js';

/** The most actions one call takes: far beyond any plan, and a bound on the work. */
export const MAX_ACTIONS = 10_000;
/** The most characters of an action's text, owner or target. */
export const MAX_ACTION_TEXT = 10_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a date that exists, written yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

/** What each id of a framework is: a key question or a standard, and the standard it is in. */
export interface TargetOf {
  readonly kind: ActionTargetKind;
  readonly standard: string;
  readonly text: string;
}

/** Every key question and standard of a framework by id (a Map: no typed id reaches a built-in). */
export function targetsOf(framework: Framework): Map<string, TargetOf> {
  const targets = new Map<string, TargetOf>();
  for (const s of standardsOf(framework)) {
    targets.set(s.id, { kind: 'standard', standard: s.id, text: s.name });
    for (const kq of s.keyQuestions)
      targets.set(kq.id, { kind: 'key question', standard: s.id, text: kq.text });
  }
  return targets;
}

const textField = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ACTION_TEXT;

/** One action checked: the copy, or its problems (named by `at`). */
function checkAction(
  value: unknown,
  at: number,
  targets: ReadonlyMap<string, TargetOf>,
  framework: Framework,
): { action?: ImprovementAction; issues: RatingIssue[] } {
  const path = ['actions', at];
  if (!isRecord(value))
    return {
      issues: [
        issue(
          'invalid-argument',
          path,
          `an action is { action, target, owner?, due?, status? } (got ${preview(value)})`,
        ),
      ],
    };
  const { action, target, owner, due, status } = value;
  const found: RatingIssue[] = [];
  const bad = (field: string, message: string) =>
    found.push(issue('invalid-argument', [...path, field], message));
  if (!textField(action)) bad('action', `must be text of up to 10,000 characters`);
  if (typeof target !== 'string' || !targets.has(target.trim()))
    found.push(
      issue(
        'unknown-key-question',
        [...path, 'target'],
        `${typeof target === 'string' ? quoteText(target) : preview(target)} is not a key question or standard of ${framework.id}`,
      ),
    );
  if (owner !== undefined && !textField(owner)) bad('owner', 'must be text');
  if (due !== undefined && !(typeof due === 'string' && isIsoDate(due)))
    found.push(
      issue('invalid-date', [...path, 'due'], `must be a date yyyy-mm-dd (got ${preview(due)})`),
    );
  if (status !== undefined && !(ACTION_STATUSES as readonly unknown[]).includes(status))
    bad('status', `must be ${ACTION_STATUSES.map((s) => `'${s}'`).join(', ')}`);
  if (found.length > 0) return { issues: found };
  return {
    action: {
      action: action as string,
      target: (target as string).trim(),
      ...(owner !== undefined && { owner: owner as string }),
      ...(due !== undefined && { due: due as string }),
      ...(status !== undefined && { status: status as ActionStatus }),
    },
    issues: [],
  };
}

/** The caller's actions copied and checked against the framework, with every problem. */
export function actionsArgument(
  value: unknown,
  framework: Framework,
): { readonly actions: ImprovementAction[]; readonly issues: RatingIssue[] } {
  const list = plainRecords(value);
  if (!list)
    return {
      actions: [],
      issues: [
        issue('invalid-argument', ['actions'], `must be a list of actions (got ${preview(value)})`),
      ],
    };
  if (list.length > MAX_ACTIONS)
    return {
      actions: [],
      issues: [
        issue(
          'limit-exceeded',
          ['actions'],
          `a plan has up to ${MAX_ACTIONS.toLocaleString('en-GB')} actions (got ${list.length.toLocaleString('en-GB')})`,
        ),
      ],
    };
  const targets = targetsOf(framework);
  const actions: ImprovementAction[] = [];
  const issues: RatingIssue[] = [];
  list.forEach((item, i) => {
    const checked = checkAction(item, i, targets, framework);
    if (checked.action) actions.push(checked.action);
    issues.push(...checked.issues);
  });
  return { actions, issues };
}
