// The resampling benchmark (issue 11): 2,000 resamples of a 60-case audit by `resampleRating`,
// against a bare counting-and-banding loop over the same resamples, in the same run. Called by
// bench/run.ts; returns its rows and a markdown section for docs/performance.md. Nothing asserts
// speed, but the baseline's band counts are checked against resampleRating's, so the two are
// known to do the same resamples.
import { Bench } from 'tinybench';
import { resampleRating, type ResampledRating } from 'hmip-ratings/confidence';
import { standardsOf, youth2021, type Framework } from 'hmip-ratings';
import { type CaseRecord } from 'hmip-ratings/cases';
import { cumberlandCases, cumberlandJudgements } from '../scripts/cumberland-cases.js';

const RESAMPLES = 2000;
const SEED = 1;

// 60 cases: Cumberland's 8 court and 12 out-of-court cases three times over, each with its own id.
const cases: CaseRecord[] = [0, 1, 2].flatMap((copy) =>
  cumberlandCases().map((c) => ({ ...c, id: `${c.id}-${copy}` })),
);
// The panel's judgements without 2.1's discretion (no trigger fires on the larger sample).
const { '2.1': _discretion, ...judgements } = cumberlandJudgements;

// ---- The baseline's data, built outside the timing: bare 0/1 answers per kind of case. ----
const FROM = [0, 50, 65, 80]; // youth key-question bands
const OVERALL = [0, 7, 19, 31]; // youth overall bands
const standards = standardsOf(youth2021).filter((s) => s.ratedBy === 'key-questions');
const questionIds: string[] = standards.flatMap((s) => s.keyQuestions.map((k) => k.id));
const standardOf = Int32Array.from(questionIds, (id) =>
  standards.findIndex((s) => s.keyQuestions.some((k) => k.id === id)),
);
const SCORES = { Inadequate: 0, 'Requires improvement': 1, Good: 2, Outstanding: 3 } as const;
const judgementScore = standardsOf(youth2021)
  .filter((s) => s.ratedBy === 'judgement' && s.countsTowardOverall)
  .reduce((sum, s) => {
    const given = (judgements as Record<string, { rating?: keyof typeof SCORES }>)[s.id];
    return sum + (given?.rating ? SCORES[given.rating] : 0);
  }, 0);
const blockOf = (kind: CaseRecord['kind']) => {
  const members = cases.filter((c) => c.kind === kind);
  const domain = (youth2021 as Framework).domains.find((d) => d.caseKind === kind);
  const ids = domain?.standards.flatMap((s) => s.keyQuestions.map((k) => k.id)) ?? [];
  return {
    n: members.length,
    questions: Int32Array.from(ids, (id) => questionIds.indexOf(id)),
    yes: Uint8Array.from(
      members.flatMap((c) => ids.map((id) => (c.answers[id] === 'yes' ? 1 : 0))),
    ),
    of: Uint8Array.from(
      members.flatMap((c) =>
        ids.map((id) => (c.answers[id] === 'yes' || c.answers[id] === 'no' ? 1 : 0)),
      ),
    ),
  };
};
const blocks = [blockOf('court'), blockOf('out-of-court')];

/** xoshiro128** seeded by SplitMix64, as resampleRating seeds it, so both draw the same cases. */
function generator(seed: number) {
  const mask = (1n << 64n) - 1n;
  let x = BigInt(seed);
  const words: number[] = [];
  for (let i = 0; i < 2; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & mask;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    z ^= z >> 31n;
    words.push(Number(z & 0xffffffffn), Number(z >> 32n));
  }
  let [a, b, c, d] = words.map((w) => w | 0) as [number, number, number, number];
  return (n: number): number => {
    for (;;) {
      const r = Math.imul(b, 5);
      const u = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      const low = Math.imul(u, n) >>> 0;
      if (low >= n || low >= (4294967296 - n) % n) return Math.floor((u * n) / 4294967296);
    }
  };
}

/** The bare loop: draw, count, band by integers, lowest per standard, score, overall band. */
function bareResamples(): Int32Array {
  const below = generator(SEED);
  const yes = new Int32Array(questionIds.length);
  const of = new Int32Array(questionIds.length);
  const lowest = new Int32Array(standards.length);
  const counts = new Int32Array(standards.length * 5 + 5);
  for (let r = 0; r < RESAMPLES; r++) {
    yes.fill(0);
    of.fill(0);
    for (const block of blocks) {
      const width = block.questions.length;
      for (let i = 0; i < block.n; i++) {
        const row = below(block.n) * width;
        for (let j = 0; j < width; j++) {
          const q = block.questions[j] as number;
          yes[q] = (yes[q] as number) + (block.yes[row + j] as number);
          of[q] = (of[q] as number) + (block.of[row + j] as number);
        }
      }
    }
    lowest.fill(4);
    for (let q = 0; q < questionIds.length; q++) {
      const o = of[q] as number;
      if (o === 0) continue;
      const percent = Math.floor((200 * (yes[q] as number) + o) / (2 * o));
      let band = 0;
      for (let b = 1; b < 4; b++) if (percent >= (FROM[b] as number)) band = b;
      const s = standardOf[q] as number;
      if (band < (lowest[s] as number)) lowest[s] = band;
    }
    let score = judgementScore;
    let complete = true;
    for (let s = 0; s < standards.length; s++) {
      const band = lowest[s] as number;
      counts[s * 5 + band] = (counts[s * 5 + band] as number) + 1;
      if (band === 4) complete = false;
      else score += band;
    }
    let overall = 4;
    if (complete) {
      overall = 0;
      for (let b = 1; b < 4; b++) if (score >= (OVERALL[b] as number)) overall = b;
    }
    const at = standards.length * 5 + overall;
    counts[at] = (counts[at] as number) + 1;
  }
  return counts;
}

const api = (): ResampledRating =>
  resampleRating(youth2021, cases, judgements, { resamples: RESAMPLES, seed: SEED });

/** The same resamples: the baseline's counts must equal resampleRating's, band by band. */
function checkSameResamples(): void {
  const bare = bareResamples();
  const result = api();
  const ranks = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding', 'not rated'];
  const rows = [...result.standards.map((s) => s.bands), result.overall?.bands ?? []];
  rows.forEach((bands, s) =>
    bands.forEach((b) => {
      if (bare[s * 5 + ranks.indexOf(b.rating)] !== b.count)
        throw new Error(`the baseline and resampleRating disagree on row ${s}, ${b.rating}`);
    }),
  );
}

export interface ConfidenceBenchRow {
  readonly name: string;
  readonly hz: number;
  readonly mean: number;
}

/** Runs the resampling benchmark; returns its rows, the ratio to the baseline and a markdown section. */
export async function benchConfidence(): Promise<{
  readonly rows: readonly ConfidenceBenchRow[];
  readonly ratio: number;
  readonly markdown: string;
}> {
  checkSameResamples();
  const bench = new Bench({ time: 2000, warmupTime: 300 });
  bench
    .add('bare counting-and-banding loop over the same resamples (baseline)', bareResamples)
    .add('resampleRating, validated (2,000 resamples of 60 cases)', api);
  await bench.run();
  const rows = bench.tasks.map((t): ConfidenceBenchRow => {
    const r = t.result as unknown as
      | { throughput?: { mean: number }; latency?: { mean: number } }
      | undefined;
    return { name: t.name, hz: r?.throughput?.mean ?? 0, mean: r?.latency?.mean ?? 0 };
  });
  const [baseline, measured] = rows as [ConfidenceBenchRow, ConfidenceBenchRow];
  const ratio = measured.mean / baseline.mean;
  const fmt = (n: number, digits = 0) =>
    n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const markdown = `## Resampling a mock rating

2,000 resamples of a 60-case audit (Cumberland's 20 cases three times over: 24 court, 36
out-of-court) with the panel's judgements, seed 1. The baseline draws the same resamples with the
same generator and counts, bands (integer arithmetic), takes the lowest key question per standard
and scores them, with no validation and no result objects; its band counts are checked equal to
\`resampleRating\`'s before timing. \`resampleRating\` also validates the cases and judgements once
(\`rateCases\`) and encodes them.

| | operations per second | mean time | ratio to baseline (time) |
|---|---:|---:|---:|
${rows.map((r) => `| ${r.name} | ${fmt(r.hz)} | ${fmt(r.mean, 1)} ms | ${fmt(r.mean / baseline.mean, 2)}x |`).join('\n')}

- Goal: within 3x of the bare loop: **${fmt(ratio, 2)}x**${ratio <= 3 ? ' (met)' : ' (not met)'}.
- Goal: well under 100 ms: **${fmt(measured.mean, 1)} ms**${measured.mean < 100 ? ' (met)' : ' (not met)'}.
`;
  return { rows, ratio, markdown };
}
