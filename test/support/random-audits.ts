// Random audits for the calculating workbook's test, from the project's seeded random source: one
// seed is one audit, so a failure names the seed that replays it. They cover both frameworks, n/a
// and blank answers, empty sub-samples (no youth conditional cautions, no out-of-court cases),
// figures at 49.5, 64.5 and 79.5 before rounding, judgements left blank or not rated, and
// discretion decisions (most allowed, a few the rules refuse).
import {
  RATINGS,
  RatingRuleError,
  standardsOf,
  youth2018,
  youth2021,
  type Framework,
  type Rating,
} from 'hmip-ratings';
import { rateCases, type Answer, type CaseRecord, type Judgements } from 'hmip-ratings/cases';
import { randomSource, type RandomSource } from '../../src/model/random.js';

export interface RandomAudit {
  readonly seed: number;
  readonly framework: Framework;
  readonly cases: readonly CaseRecord[];
  readonly judgements: Judgements;
  /** What the audit was built to show, for a failure's message. */
  readonly shape: string;
}

const pick = <T>(r: RandomSource, list: readonly T[]): T => list[r.below(list.length)] as T;

/** yes/of pairs at and beside the band boundaries before rounding: 49.5, 64.5 and 79.5 of 200. */
const BOUNDARY_COUNTS = [99, 98, 100, 129, 128, 130, 159, 158, 160, 101, 131, 161] as const;

interface Scope {
  readonly kind: 'court' | 'out-of-court';
  readonly disposal: string;
}

/** The key questions a case of this kind and disposal answers. */
function keyQuestionsFor(framework: Framework, scope: Scope): string[] {
  return framework.domains
    .filter((d) => d.caseKind === scope.kind)
    .flatMap((d) => d.standards)
    .filter((s) => s.ratedBy === 'key-questions')
    .flatMap((s) => s.keyQuestions)
    .filter((kq) => !kq.appliesTo || kq.appliesTo.includes(scope.disposal))
    .map((kq) => kq.id);
}

function randomAnswer(r: RandomSource, yesShare: number): Answer | undefined {
  const roll = r.below(100);
  if (roll < 8) return undefined; // blank
  if (roll < 18) return 'not applicable';
  return r.below(100) < yesShare ? 'yes' : 'no';
}

function randomCases(r: RandomSource, framework: Framework, shape: string): CaseRecord[] {
  const kinds: Scope['kind'][] =
    shape === 'court only' ? ['court'] : shape === 'out-of-court only' ? ['out-of-court'] : ['court', 'out-of-court'];
  const disposals = framework.disposals.filter(
    (d) =>
      kinds.includes(d.kind) && (shape !== 'no conditional cautions' || d.id !== 'youth-conditional-caution'),
  );
  const count = shape === 'no cases' ? 0 : 1 + r.below(shape === 'small' ? 6 : 24);
  const shares = new Map<string, number>();
  const cases: CaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const disposal = pick(r, disposals);
    const scope = { kind: disposal.kind, disposal: disposal.id };
    const answers: Record<string, Answer> = {};
    for (const id of keyQuestionsFor(framework, scope)) {
      if (!shares.has(id)) shares.set(id, pick(r, [20, 50, 65, 80, 95]));
      const answer = randomAnswer(r, shares.get(id) as number);
      if (answer) answers[id] = answer;
    }
    cases.push({ id: `c${i + 1}`, kind: scope.kind, disposal: scope.disposal, answers });
  }
  return cases;
}

/** 200 cases that answer one key question `yes` of 200 times, the rest at random. */
function boundaryCases(r: RandomSource, framework: Framework): { cases: CaseRecord[]; shape: string } {
  const disposal = pick(
    r,
    framework.disposals.filter((d) => d.id !== 'youth-conditional-caution'),
  );
  const scope = { kind: disposal.kind, disposal: disposal.id };
  const ids = keyQuestionsFor(framework, scope);
  const target = pick(r, ids);
  const yes = pick(r, BOUNDARY_COUNTS);
  const cases: CaseRecord[] = [];
  for (let i = 0; i < 200; i++) {
    const answers: Record<string, Answer> = {};
    for (const id of ids) {
      const answer = id === target ? (i < yes ? 'yes' : 'no') : randomAnswer(r, 85);
      if (answer) answers[id] = answer;
    }
    cases.push({ id: `c${i + 1}`, kind: scope.kind, disposal: scope.disposal, answers });
  }
  return { cases, shape: `${target} ${yes} of 200 (${yes / 2}%)` };
}

const OPTIONS = { incomplete: 'allow', unanswered: 'leave-out' } as const;

/** The panel's judgements: ratings (a few blank or not rated), then discretion decisions. */
function randomJudgements(r: RandomSource, framework: Framework, cases: readonly CaseRecord[]): Judgements {
  const judgements: Record<string, Judgements[string]> = {};
  for (const s of standardsOf(framework).filter((s) => s.ratedBy === 'judgement')) {
    const roll = r.below(100);
    if (roll < 6) continue; // left blank
    judgements[s.id] = roll < 12 ? { notRated: 'no evidence this time' } : { rating: pick(r, RATINGS) };
  }
  const { rating } = rateCases(framework, cases, judgements, OPTIONS);
  for (const s of rating.standards) {
    if (s.method !== 'key-questions') continue;
    const roll = r.below(100);
    const rank = s.ruleRating ? RATINGS.indexOf(s.ruleRating) : -1;
    const to = (move: number): Rating => RATINGS[Math.min(3, Math.max(0, rank + move))] as Rating;
    if (s.ruleRating && s.triggers?.anyFired && roll < 40)
      judgements[s.standard] = { discretion: { rating: to(pick(r, [-1, 1, 0])), reason: 'the panel read the cases' } };
    else if (roll < 2)
      // one the rules refuse: two ratings away, without a trigger, or on a standard with no figures
      judgements[s.standard] = { discretion: { rating: rank < 2 ? 'Outstanding' : 'Inadequate', reason: 'refused' } };
  }
  return judgements;
}

/** The audit of one seed. */
export function randomAudit(seed: number): RandomAudit {
  const r = randomSource(seed);
  const framework = r.below(2) === 0 ? youth2021 : youth2018;
  const roll = r.below(20);
  let cases: CaseRecord[];
  let shape: string;
  if (roll < 3) ({ cases, shape } = boundaryCases(r, framework));
  else {
    shape = pick(r, ['mixed', 'mixed', 'mixed', 'small', 'court only', 'out-of-court only', 'no conditional cautions', 'no cases']);
    cases = randomCases(r, framework, shape);
  }
  return { seed, framework, cases, judgements: randomJudgements(r, framework, cases), shape };
}

/** What the library makes of an audit, or the problems it refuses it for. */
export function libraryRating(audit: RandomAudit) {
  try {
    return rateCases(audit.framework, audit.cases, audit.judgements, OPTIONS);
  } catch (e) {
    if (e instanceof RatingRuleError) return { refused: e.issues.map((i) => i.message) };
    throw e;
  }
}
