// Drawing an audit sample from a 100,000-case caseload, against a bare Fisher-Yates
// shuffle-and-slice of the same array in the same run. Not a test: nothing here asserts. bench/run.ts
// calls benchSampling() and reports the figures; run alone with
// `npx tsx --tsconfig tsconfig.bench.json -e "import('./bench/sampling.ts').then(async (m) => console.log(await m.benchSampling()))"`.
import { Bench } from 'tinybench';
import { drawSample, type AuditedCase, type CaseloadRecord } from 'hmip-ratings/sampling';
import { youth2021 } from 'hmip-ratings';

/** One measurement: operations per second and mean time in milliseconds. */
export interface SamplingFigure {
  readonly name: string;
  readonly hz: number;
  readonly mean: number;
}

/** What benchSampling returns: the baseline first, then the draw, and the ratio of their mean times. */
export interface SamplingBench {
  readonly cases: number;
  readonly eligible: number;
  readonly sampled: number;
  readonly rows: readonly SamplingFigure[];
  /** drawSample's mean time over the baseline's. */
  readonly ratio: number;
}

const FIELDWORK = '2025-07-07';
const DISPOSALS = [
  ['community-sentence', 'court'],
  ['community-sentence', 'court'],
  ['custodial-sentence', 'court'],
  ['youth-conditional-caution', 'out-of-court'],
  ['youth-caution', 'out-of-court'],
  ['community-resolution', 'out-of-court'],
] as const;
const LEVELS = ['low', 'medium', 'high', 'very high'] as const;

/** A small generator (mulberry32) for the made-up caseload and the baseline's shuffle. */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let z = Math.imul(t ^ (t >>> 15), 1 | t);
    z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
    return (z ^ (z >>> 14)) >>> 0;
  };
}

/**
 * A made-up national-scale caseload: `size` cases with disposal dates spread over the year before
 * fieldwork (so about a fifth fall in their windows), five attribute columns, and an audit log.
 */
export function benchCaseload(size = 100_000): {
  readonly caseload: CaseloadRecord[];
  readonly audited: AuditedCase[];
} {
  const next = mulberry32(2021);
  const start = Date.parse('2024-07-07T00:00:00Z');
  const caseload = Array.from({ length: size }, (_, i): CaseloadRecord => {
    const [disposal, kind] = DISPOSALS[next() % DISPOSALS.length] as (typeof DISPOSALS)[number];
    const date = new Date(start + (next() % 365) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `case-${i}`,
      kind,
      disposal,
      date,
      attributes: {
        gender: next() % 100 < 85 ? 'boy' : 'girl',
        ethnicity: ['White', 'Black', 'Asian', 'Mixed', 'Other'][next() % 5] as string,
        rosh: LEVELS[next() % 4] as string,
        safety: LEVELS[next() % 4] as string,
        team: `team ${next() % 12}`,
      },
    };
  });
  const audited = Array.from({ length: size / 50 }, () => ({
    id: `case-${next() % size}`,
    date: new Date(start + (next() % 365) * 86_400_000).toISOString().slice(0, 10),
  }));
  return { caseload, audited };
}

/** A bare Fisher-Yates shuffle of a copy of the array, then its first `k`: the baseline. */
function shuffleAndSlice<T>(items: readonly T[], k: number, seed: number): T[] {
  const next = mulberry32(seed);
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    const t = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = t;
  }
  return copy.slice(0, k);
}

/**
 * Samples a 100,000-case caseload with `drawSample` (validated, with the default windows, strata
 * and size rule, and a 2,000-entry audit log) and times it against a bare shuffle-and-slice of the
 * same array to the same sample size, in the same run.
 */
export async function benchSampling(
  options: { readonly cases?: number; readonly time?: number } = {},
): Promise<SamplingBench> {
  const { caseload, audited } = benchCaseload(options.cases ?? 100_000);
  const draw = () => drawSample(youth2021, caseload, { fieldwork: FIELDWORK, audited });
  const first = draw();
  const sampled = first.cases.length;
  let seed = 0;
  const bench = new Bench({ time: options.time ?? 3000, warmupTime: 500 });
  bench
    .add('bare Fisher-Yates shuffle-and-slice of the caseload (baseline)', () =>
      shuffleAndSlice(caseload, sampled, ++seed),
    )
    .add('drawSample: validated, windows, audit log, strata, size, selection', draw);
  await bench.run();
  const rows = bench.tasks.map((t): SamplingFigure => {
    // tinybench 6 types a result as a union with aborted runs; these ran to completion.
    const r = t.result as unknown as
      | { throughput?: { mean: number }; latency?: { mean: number } }
      | undefined;
    return { name: t.name, hz: r?.throughput?.mean ?? 0, mean: r?.latency?.mean ?? 0 };
  });
  const [baseline, sampling] = rows as [SamplingFigure, SamplingFigure];
  return {
    cases: caseload.length,
    eligible: first.kinds.reduce((sum, k) => sum + k.eligible, 0),
    sampled,
    rows,
    ratio: sampling.mean / baseline.mean,
  };
}
