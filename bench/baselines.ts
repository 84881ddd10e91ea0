// Bare baselines for the benchmarks: the same arithmetic with nothing else.
import type { CaseRecord } from 'hmip-ratings/cases';

const FROM = [0, 50, 65, 80];
const OVERALL = [0, 7, 19, 31];

/** Lowest rounded percent per standard, its band as a score, the sum and its overall band. */
export function bareRating(
  figures: readonly (readonly (readonly [number, number])[])[],
  judgements: readonly string[],
): number {
  let score = 0;
  for (const standard of figures) {
    let lowest = 101;
    for (const [yes, of] of standard) {
      const p = Math.floor((200 * yes + of) / (2 * of));
      if (p < lowest) lowest = p;
    }
    let band = 0;
    for (let b = 0; b < FROM.length; b++) if (lowest >= (FROM[b] as number)) band = b;
    score += band;
  }
  for (const j of judgements)
    score += j === 'Outstanding' ? 3 : j === 'Good' ? 2 : j === 'Requires improvement' ? 1 : 0;
  let overall = 0;
  for (let b = 0; b < OVERALL.length; b++) if (score >= (OVERALL[b] as number)) overall = b;
  return score * 10 + overall;
}

/** Yes and no counts per question id. */
export function bareTally(cases: readonly CaseRecord[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const c of cases) {
    for (const id in c.answers) {
      const a = c.answers[id];
      if (a === 'not applicable') continue;
      let t = counts.get(id);
      if (!t) counts.set(id, (t = [0, 0]));
      t[a === 'yes' ? 0 : 1]++;
    }
  }
  return counts;
}

/**
 * A whole mock inspection over the same grid of answers, bare: yes and no counts per key
 * question, the lowest rounded percent per standard, its band and the score.
 */
export function bareCaseRating(cases: readonly CaseRecord[]): number {
  const counts = new Map<string, [number, number]>();
  for (const c of cases) {
    for (const id in c.answers) {
      const a = c.answers[id];
      if (a === 'not applicable') continue;
      let t = counts.get(id);
      if (!t) counts.set(id, (t = [0, 0]));
      t[a === 'yes' ? 0 : 1]++;
    }
  }
  const lowest = new Map<string, number>();
  for (const [id, [yes, no]] of counts) {
    const standard = id.slice(0, id.lastIndexOf('.'));
    const p = Math.floor((200 * yes + (yes + no)) / (2 * (yes + no)));
    lowest.set(standard, Math.min(lowest.get(standard) ?? 101, p));
  }
  let score = 0;
  for (const p of lowest.values()) {
    let band = 0;
    for (let b = 0; b < FROM.length; b++) if (p >= (FROM[b] as number)) band = b;
    score += band;
  }
  return score;
}
