// Random audits for the calculating workbook's test, from the project's seeded random source: one
// seed is one audit, so a failure names the seed that replays it. They cover both youth frameworks
// and a custom one (other bands, window, small sample, scores and overall bands), n/a and blank
// answers, empty sub-samples (no youth conditional cautions, no out-of-court cases), figures half a
// point below each band boundary before rounding (49.5, 64.5 and 79.5 in the youth bands) and
// beside it, judgements left blank or not rated, and discretion decisions (most allowed, a few the
// rules refuse).
import {
  RATINGS,
  RatingRuleError,
  defineFramework,
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

/** A framework of a service's own whose every rating parameter differs from the youth ones. */
export const customFramework = defineFramework({
  id: 'calc-test-audit',
  name: 'A local audit with its own bands',
  keyQuestionBands: [
    { rating: 'Inadequate', from: 0, label: 'under 60%' },
    { rating: 'Requires improvement', from: 60, label: '60-74%' },
    { rating: 'Good', from: 75, label: '75-89%' },
    { rating: 'Outstanding', from: 90, label: '90% or more' },
  ],
  scores: { Inadequate: 0, 'Requires improvement': 1, Good: 3, Outstanding: 4 },
  overallBands: [
    { rating: 'Inadequate', from: 0, to: 3 },
    { rating: 'Requires improvement', from: 4, to: 8 },
    { rating: 'Good', from: 9, to: 13 },
    { rating: 'Outstanding', from: 14, to: 16 },
  ],
  discretion: { windowPoints: 3, smallSample: 7 },
  disposals: [
    { id: 'referral-order', name: 'Referral order', kind: 'court' },
    { id: 'custody', name: 'Custody', kind: 'court' },
    { id: 'caution', name: 'Caution', kind: 'out-of-court' },
  ],
  domains: [
    {
      id: 'L',
      name: 'Leadership',
      standards: [
        {
          id: 'L.1',
          name: 'Leadership',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
        {
          id: 'L.2',
          name: 'Resettlement',
          ratedBy: 'judgement',
          countsTowardOverall: false,
          keyQuestions: [],
        },
      ],
    },
    {
      id: 'A',
      name: 'Court work',
      caseKind: 'court',
      standards: [
        {
          id: 'A.1',
          name: 'Assessment',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: 'A.1.1',
              text: 'Does assessment analyse risk?',
              prompts: [{ id: 'A.1.1.a', text: 'Risk to others?' }],
            },
            {
              id: 'A.1.2',
              text: 'Does custody planning start early?',
              prompts: [],
              appliesTo: ['custody'],
            },
          ],
        },
        {
          id: 'A.2',
          name: 'Planning',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [{ id: 'A.2.1', text: 'Does planning address risk?', prompts: [] }],
        },
      ],
    },
    {
      id: 'B',
      name: 'Out-of-court work',
      caseKind: 'out-of-court',
      standards: [
        {
          id: 'B.1',
          name: 'Delivery',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            { id: 'B.1.1', text: 'Is the child engaged?', prompts: [] },
            { id: 'B.1.2', text: 'Is the victim considered?', prompts: [] },
            { id: 'B.1.3', text: 'Is the plan reviewed?', prompts: [] },
          ],
        },
      ],
    },
  ],
  sources: [{ id: 'test', title: 'The calculating workbook test' }],
  gaps: [],
});

const FRAMEWORKS: readonly Framework[] = [youth2021, youth2018, customFramework];

/** yes of 200 at and beside each band boundary before rounding: 49.5, 49, 50 and 50.5 for 50. */
const boundaryCounts = (framework: Framework) =>
  framework.keyQuestionBands
    .slice(1)
    .flatMap((b) => [2 * b.from - 1, 2 * b.from - 2, 2 * b.from, 2 * b.from + 1]);

/** The disposals some key question is kept to (a sub-sample), such as youth conditional cautions. */
const subSampled = (framework: Framework) =>
  new Set(
    standardsOf(framework).flatMap((s) => s.keyQuestions.flatMap((kq) => kq.appliesTo ?? [])),
  );

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
    shape === 'court only'
      ? ['court']
      : shape === 'out-of-court only'
        ? ['out-of-court']
        : ['court', 'out-of-court'];
  const disposals = framework.disposals.filter(
    (d) =>
      kinds.includes(d.kind) && (shape !== 'empty sub-samples' || !subSampled(framework).has(d.id)),
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
function boundaryCases(
  r: RandomSource,
  framework: Framework,
): { cases: CaseRecord[]; shape: string } {
  const disposal = pick(
    r,
    framework.disposals.filter((d) => !subSampled(framework).has(d.id)),
  );
  const scope = { kind: disposal.kind, disposal: disposal.id };
  const ids = keyQuestionsFor(framework, scope);
  const target = pick(r, ids);
  const yes = pick(r, boundaryCounts(framework));
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
function randomJudgements(
  r: RandomSource,
  framework: Framework,
  cases: readonly CaseRecord[],
): Judgements {
  const judgements: Record<string, Judgements[string]> = {};
  for (const s of standardsOf(framework).filter((s) => s.ratedBy === 'judgement')) {
    const roll = r.below(100);
    if (roll < 6) continue; // left blank
    judgements[s.id] =
      roll < 12 ? { notRated: 'no evidence this time' } : { rating: pick(r, RATINGS) };
  }
  const { rating } = rateCases(framework, cases, judgements, OPTIONS);
  for (const s of rating.standards) {
    if (s.method !== 'key-questions') continue;
    const roll = r.below(100);
    const rank = s.ruleRating ? RATINGS.indexOf(s.ruleRating) : -1;
    const to = (move: number): Rating => RATINGS[Math.min(3, Math.max(0, rank + move))] as Rating;
    if (s.ruleRating && s.triggers?.anyFired && roll < 40)
      judgements[s.standard] = {
        discretion: { rating: to(pick(r, [-1, 1, 0])), reason: 'the panel read the cases' },
      };
    else if (roll < 2)
      // one the rules refuse: two ratings away, without a trigger, or on a standard with no figures
      judgements[s.standard] = {
        discretion: { rating: rank < 2 ? 'Outstanding' : 'Inadequate', reason: 'refused' },
      };
  }
  return judgements;
}

/** The audit of one seed. */
export function randomAudit(seed: number): RandomAudit {
  const r = randomSource(seed);
  const framework = pick(r, FRAMEWORKS);
  const roll = r.below(20);
  let cases: CaseRecord[];
  let shape: string;
  if (roll < 3) ({ cases, shape } = boundaryCases(r, framework));
  else {
    shape = pick(r, [
      'mixed',
      'mixed',
      'mixed',
      'small',
      'court only',
      'out-of-court only',
      'empty sub-samples',
      'no cases',
    ]);
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
