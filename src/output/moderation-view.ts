// A moderation as the renderers read it: every value of a caller's `ModeratedAudit` read once into
// a plain copy and checked, so that what is printed is a moderation or nothing.
import {
  type AgreementMeasure,
  type AuditAgreement,
  type Disagreement,
  type ModerationChange,
} from 'hmip-ratings/moderation';
import { type Answer } from 'hmip-ratings/cases';
import { isRecord, plainList } from 'hmip-ratings/toolkit';

/** What the renderers read of a moderation: a plain copy, each value read once and checked. */
export interface ModerationView {
  readonly files: { readonly first: string; readonly second: string; readonly decisions?: string };
  readonly agreement: AuditAgreement;
  readonly settledBy: 'moderator' | 'decisions';
  readonly changes: readonly ModerationChange[];
  /** The decided answers, by case id. */
  readonly decided: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
}

const ANSWER_SET: ReadonlySet<unknown> = new Set(['yes', 'no', 'not applicable']);
const isAnswer = (v: unknown): v is Answer => ANSWER_SET.has(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isShare = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/** A list read by index into a plain copy, each item checked and copied; undefined if any fails. */
function listOf<T>(value: unknown, item: (v: unknown) => T | undefined): T[] | undefined {
  const list = plainList(value);
  if (!list) return undefined;
  const out: T[] = [];
  for (const v of list) {
    const copy = item(v);
    if (copy === undefined) return undefined;
    out.push(copy);
  }
  return out;
}

/** An agreement measure, checked and copied; undefined if it is not one. */
function measureOf(value: unknown): AgreementMeasure | undefined {
  if (!isRecord(value)) return undefined;
  const v = plainCopy(value);
  const fraction = v['fraction'];
  const fractionCopy =
    fraction === null
      ? null
      : isRecord(fraction) &&
          Number.isSafeInteger(fraction['numerator']) &&
          Number.isSafeInteger(fraction['denominator']) &&
          (fraction['denominator'] as number) > 0
        ? {
            numerator: fraction['numerator'] as number,
            denominator: fraction['denominator'] as number,
          }
        : undefined;
  const table = listOf(v['table'], (row) => listOf(row, (c) => (isCount(c) ? c : undefined)));
  const percent = v['percent'];
  const reason = v['undefinedBecause'];
  if (
    fractionCopy === undefined ||
    !table ||
    ![v['total'], v['agreed'], v['eligible'], v['notCompared']].every(isCount) ||
    ![v['observed'], v['expected'], v['kappa']].every(isShare) ||
    !(percent === null || (Number.isSafeInteger(percent) && (percent as number) >= 0)) ||
    !(reason === undefined || typeof reason === 'string')
  )
    return undefined;
  return {
    total: v['total'] as number,
    agreed: v['agreed'] as number,
    observed: v['observed'] as number | null,
    expected: v['expected'] as number | null,
    kappa: v['kappa'] as number | null,
    fraction: fractionCopy,
    ...(reason !== undefined && { undefinedBecause: reason as string }),
    eligible: v['eligible'] as number,
    notCompared: v['notCompared'] as number,
    percent: percent as number | null,
    table,
  };
}

/** Own enumerable properties copied into a plain object, each read once ("__proto__" stays a key). */
const plainCopy = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(value).map((key) => [key, value[key]]));

/** A disagreement, checked and copied; undefined if it is not one. */
function disagreementOf(d: unknown): Disagreement | undefined {
  if (!isRecord(d)) return undefined;
  const c = plainCopy(d);
  return typeof c['case'] === 'string' &&
    typeof c['question'] === 'string' &&
    typeof c['keyQuestion'] === 'string' &&
    typeof c['prompt'] === 'boolean' &&
    isAnswer(c['first']) &&
    isAnswer(c['second'])
    ? {
        case: c['case'],
        question: c['question'],
        keyQuestion: c['keyQuestion'],
        prompt: c['prompt'],
        first: c['first'],
        second: c['second'],
      }
    : undefined;
}

/** An answer the moderation changed, checked and copied; undefined if it is not one. */
function changeOf(d: unknown): ModerationChange | undefined {
  if (!isRecord(d)) return undefined;
  const c = plainCopy(d);
  return typeof c['case'] === 'string' &&
    typeof c['question'] === 'string' &&
    (c['from'] === undefined || isAnswer(c['from'])) &&
    isAnswer(c['to']) &&
    (c['by'] === 'second' || c['by'] === 'decision')
    ? {
        case: c['case'],
        question: c['question'],
        ...(c['from'] !== undefined && { from: c['from'] as Answer }),
        to: c['to'],
        by: c['by'],
      }
    : undefined;
}

/** The decided answers by case id (the first record of a case counts); undefined if not decisions. */
function decidedOf(value: unknown): Map<string, Map<string, Answer>> | undefined {
  const decided = new Map<string, Map<string, Answer>>();
  const decisions = listOf(value, (d) => {
    if (!isRecord(d)) return undefined;
    const c = plainCopy(d);
    if (typeof c['id'] !== 'string' || !isRecord(c['answers'])) return undefined;
    const answers = new Map<string, Answer>();
    for (const [q, a] of Object.entries(plainCopy(c['answers']))) {
      if (!isAnswer(a)) return undefined;
      answers.set(q, a);
    }
    if (!decided.has(c['id'])) decided.set(c['id'], answers);
    return c;
  });
  return decisions && decided;
}

/** The agreement on each key question, with its names, checked and copied; undefined if any fails. */
function keyQuestionMeasures(
  given: Record<string, unknown>,
): [string, AuditAgreement['keyQuestions'][string]][] | undefined {
  const keyQuestions: [string, AuditAgreement['keyQuestions'][string]][] = [];
  for (const [id, kq] of Object.entries(plainCopy(given))) {
    const measure = measureOf(kq);
    const names = isRecord(kq) ? plainCopy(kq) : {};
    if (
      !measure ||
      typeof names['keyQuestion'] !== 'string' ||
      typeof names['standard'] !== 'string'
    )
      return undefined;
    keyQuestions.push([
      id,
      { keyQuestion: names['keyQuestion'], standard: names['standard'], ...measure },
    ]);
  }
  return keyQuestions;
}

/** A moderation as the renderers read it, checked and copied; undefined if it is not one. */
export function moderationView(value: unknown): ModerationView | undefined {
  if (!isRecord(value)) return undefined;
  const audit = plainCopy(value);
  const files = isRecord(audit['files']) ? plainCopy(audit['files']) : undefined;
  const agreement = isRecord(audit['agreement']) ? plainCopy(audit['agreement']) : undefined;
  const moderated = isRecord(audit['moderated']) ? plainCopy(audit['moderated']) : undefined;
  if (!files || !agreement || !moderated) return undefined;
  const [first, second, decisionsFile] = [files['first'], files['second'], files['decisions']];
  if (typeof first !== 'string' || typeof second !== 'string') return undefined;
  if (decisionsFile !== undefined && typeof decisionsFile !== 'string') return undefined;
  const settledBy = moderated['settledBy'];
  if (settledBy !== 'moderator' && settledBy !== 'decisions') return undefined;
  const overall = measureOf(agreement['overall']);
  const keyQuestionsGiven = agreement['keyQuestions'];
  if (!overall || !isRecord(keyQuestionsGiven)) return undefined;
  const keyQuestions = keyQuestionMeasures(keyQuestionsGiven);
  if (!keyQuestions) return undefined;
  const disagreements = listOf(agreement['disagreements'], disagreementOf);
  const changes = listOf(moderated['changes'], changeOf);
  const decided = audit['decisions'] === undefined ? new Map() : decidedOf(audit['decisions']);
  const framework = agreement['framework'];
  const cases = agreement['cases'];
  if (!disagreements || !changes || !decided || typeof framework !== 'string' || !isCount(cases))
    return undefined;
  return {
    files: { first, second, ...(decisionsFile !== undefined && { decisions: decisionsFile }) },
    agreement: {
      framework,
      cases,
      keyQuestions: Object.fromEntries(keyQuestions),
      overall,
      disagreements,
    },
    settledBy,
    changes,
    decided,
  };
}
