// The bootstrap's counting: each resample draws cases of each kind with replacement from the
// encoded audit, adds their answers to yes and in-sample counts, rates every case-sampled standard
// by the lowest-question rule on those counts, and adds the standard's band (and the overall's, when
// there is a score) to the run's figures. Typed arrays throughout: 2,000 resamples of 1,000 cases
// are millions of draws.
import { RATINGS } from '../model/rating.js';
import type { RandomSource } from '../model/random.js';
import { bandIndex, type BandTest, type CaseBlock, type EncodedAudit } from './encoded-audit.js';

/** The figures of one run: band counts per standard, the overall's and the score histogram. */
export interface Counts {
  readonly standards: Int32Array; // standards x (bands + 1), the last slot "not rated"
  readonly overall: Int32Array; // overall rating rank x 1, then "not rated" at index 4
  readonly scores: Int32Array;
}

/** Adds the draws of one block of cases to the yes and in-sample counts. */
function draw(block: CaseBlock, random: RandomSource, yes: Int32Array, of: Int32Array): void {
  const n = block.cases;
  const { questions, yes: yesFlags, of: ofFlags } = block;
  const width = questions.length;
  for (let i = 0; i < n; i++) {
    const row = random.below(n) * width;
    for (let j = 0; j < width; j++) {
      const q = questions[j] as number;
      yes[q] = (yes[q] as number) + (yesFlags[row + j] as number);
      of[q] = (of[q] as number) + (ofFlags[row + j] as number);
    }
  }
}

/** The lowest-question rule on counts: each standard's band index, or -1 with no applicable case. */
function bandStandards(
  audit: EncodedAudit,
  test: BandTest,
  yes: Int32Array,
  of: Int32Array,
  out: Int32Array,
): void {
  const { standards } = audit;
  for (let s = 0; s < standards.length; s++) {
    const { first, count } = standards[s] as EncodedAudit['standards'][number];
    let lowest = -1;
    for (let q = first; q < first + count; q++) {
      const o = of[q] as number;
      if (o === 0) continue;
      const b = bandIndex(test, yes[q] as number, o);
      if (lowest < 0 || b < lowest) lowest = b;
    }
    out[s] = lowest;
  }
}

export interface Scoring {
  readonly bandScores: Int32Array; // per key-question band index
  readonly counted: Uint8Array; // per standard
  readonly judgementScore: number;
  readonly overallRank: Int32Array; // per score
}

export function run(
  audit: EncodedAudit,
  test: BandTest,
  scoring: Scoring | undefined,
  resamples: number,
  random: RandomSource,
): Counts {
  const slots = test.thresholds.length + 1;
  const standards = new Int32Array(audit.standards.length * slots);
  const overall = new Int32Array(RATINGS.length + 1);
  const scores = new Int32Array(scoring ? scoring.overallRank.length : 0);
  const yes = new Int32Array(audit.keyQuestions.length);
  const of = new Int32Array(audit.keyQuestions.length);
  const bands = new Int32Array(audit.standards.length);
  for (let r = 0; r < resamples; r++) {
    yes.fill(0);
    of.fill(0);
    draw(audit.court, random, yes, of);
    draw(audit.outOfCourt, random, yes, of);
    bandStandards(audit, test, yes, of, bands);
    let score = scoring ? scoring.judgementScore : 0;
    let complete = true;
    for (let s = 0; s < bands.length; s++) {
      const b = bands[s] as number;
      const at = s * slots + (b < 0 ? slots - 1 : b);
      standards[at] = (standards[at] as number) + 1;
      if (!scoring || scoring.counted[s] === 0) continue;
      if (b < 0) complete = false;
      else score += scoring.bandScores[b] as number;
    }
    if (!scoring) continue;
    const at = complete ? (scoring.overallRank[score] as number) : RATINGS.length;
    overall[at] = (overall[at] as number) + 1;
    if (complete) scores[score] = (scores[score] as number) + 1;
  }
  return { standards, overall, scores };
}

/** The audit itself, by rule: the same counting over every case once; each standard's band index. */
export function observedBands(audit: EncodedAudit, test: BandTest): Int32Array {
  const bands = new Int32Array(audit.standards.length);
  const yes = new Int32Array(audit.keyQuestions.length);
  const of = new Int32Array(audit.keyQuestions.length);
  for (const block of [audit.court, audit.outOfCourt]) {
    const width = block.questions.length;
    for (let i = 0; i < block.cases * width; i++) {
      const q = block.questions[i % width] as number;
      yes[q] = (yes[q] as number) + (block.yes[i] as number);
      of[q] = (of[q] as number) + (block.of[i] as number);
    }
  }
  bandStandards(audit, test, yes, of, bands);
  return bands;
}

/** The k-th smallest score (k from 1) of a histogram of scores. */
export function nthScore(histogram: Int32Array, k: number): number {
  let seen = 0;
  for (let score = 0; score < histogram.length; score++) {
    seen += histogram[score] as number;
    if (seen >= k) return score;
  }
  return histogram.length - 1;
}
