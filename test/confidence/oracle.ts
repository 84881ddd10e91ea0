// A slow, plain bootstrap to check resampleRating's lean loop against: the same draws (the same
// random source, court cases first, then out-of-court), each resample rated by rateCases itself.
import { rateCases, type CaseRecord, type Judgements } from '../../src/cases/index.js';
import { standardsOf, type BandingPolicy, type Framework } from '../../src/index.js';
import { randomSource } from '../../src/model/random.js';

export interface OracleCounts {
  /** Per case-sampled standard id: rating (or 'not rated') to count. */
  readonly standards: Map<string, Map<string, number>>;
  readonly overall: Map<string, number>;
  readonly scores: number[];
}

export function oracleBootstrap(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements: Judgements | undefined,
  resamples: number,
  seed: number,
  banding: BandingPolicy,
): OracleCounts {
  const random = randomSource(seed);
  const court = cases.filter((c) => c.kind === 'court');
  const outOfCourt = cases.filter((c) => c.kind === 'out-of-court');
  const caseSampled = standardsOf(framework).filter((s) => s.ratedBy === 'key-questions');
  // Rule ratings only: the panel's discretion decisions are left out.
  const judged: Record<string, unknown> = {};
  for (const s of standardsOf(framework))
    if (s.ratedBy === 'judgement' && judgements && Object.hasOwn(judgements, s.id))
      judged[s.id] = judgements[s.id];
  const standards = new Map(caseSampled.map((s) => [s.id, new Map<string, number>()]));
  const overall = new Map<string, number>();
  const scores: number[] = [];
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let r = 0; r < resamples; r++) {
    const drawn = [
      ...court.map(() => court[random.below(court.length)] as CaseRecord),
      ...outOfCourt.map(() => outOfCourt[random.below(outOfCourt.length)] as CaseRecord),
    ].map((c, i) => ({ ...c, id: `resampled-${i}` }));
    const { rating } = rateCases(framework, drawn, judged as Judgements, {
      banding,
      incomplete: 'allow',
      unanswered: 'leave-out',
    });
    for (const s of caseSampled)
      add(
        standards.get(s.id) as Map<string, number>,
        rating.byStandard[s.id]?.ruleRating ?? 'not rated',
      );
    if (judgements) {
      add(overall, rating.complete ? (rating.overall as string) : 'not rated');
      if (rating.complete) scores.push(rating.score);
    }
  }
  return { standards, overall, scores };
}
