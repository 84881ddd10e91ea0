// `npm run bench`: each measurement against a bare baseline in the same run, reported as a ratio.
// Writes docs/performance.md from the figures of this run. Not a test: nothing here asserts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { Bench } from 'tinybench';
// The built package, as users get it: npm run bench builds first and resolves 'hmip-ratings'
// through the package's exports map (tsconfig.bench.json has no source paths).
import {
  cumberland2024,
  lowestKeyQuestion,
  overallBandFor,
  percentYes,
  rateInspection,
  ratingScore,
  tallyCases,
  youth2021,
  type CaseRecord,
  type KeyQuestionFigure,
} from 'hmip-ratings';
import { bareRating, bareTally } from './baselines.js';
import { cumberlandCases } from '../scripts/cumberland-cases.js';

// Cumberland's evidence with counts (as an audit tool would pass them), and the same figures bare.
const standards = cumberland2024.standards as Record<
  string,
  { keyQuestions?: Record<string, { percent: number; of: number }> }
>;
const evidence = {
  framework: 'hmip-youth-2021',
  standards: Object.fromEntries(
    Object.entries(cumberland2024.standards).map(([id, s]) => [
      id,
      'keyQuestions' in s
        ? {
            keyQuestions: Object.fromEntries(
              Object.entries(standards[id]?.keyQuestions ?? {}).map(([k, f]) => [
                k,
                { yes: Math.round((f.percent * f.of) / 100), of: f.of },
              ]),
            ),
            ...('discretion' in s && { discretion: s.discretion }),
          }
        : s,
    ]),
  ),
};
const figuresByStandard = Object.entries(evidence.standards).flatMap(([id, s]) =>
  'keyQuestions' in s
    ? [
        [
          id,
          Object.entries(s.keyQuestions).map(
            ([k, c]): KeyQuestionFigure => ({
              keyQuestion: k,
              text: '',
              ...c,
              percent: percentYes(c.yes, c.of),
              countsRecovered: false,
              empty: false,
            }),
          ),
        ] as const,
      ]
    : [],
);
const judgementScores = Object.values(evidence.standards).flatMap((s) =>
  'rating' in s ? [s.rating] : [],
);
const bareFigures = figuresByStandard.map(([, fs]) =>
  fs.map((f) => [f.yes as number, f.of as number] as const),
);

// 100,000 case records: the Cumberland cases repeated, each with its own id.
const base = cumberlandCases();
const manyCases: CaseRecord[] = Array.from({ length: 5000 }, (_, i) =>
  base.map((c) => ({ ...c, id: `${c.id}-${i}` })),
).flat();

function coreUnvalidated(): number {
  let score = 0;
  for (const [, figures] of figuresByStandard)
    score += ratingScore(
      lowestKeyQuestion(figures, youth2021.keyQuestionBands)?.rating ?? 'Inadequate',
    );
  for (const r of judgementScores) if (r !== undefined) score += ratingScore(r as never);
  overallBandFor(Math.min(score, 36));
  return score;
}

const rating = new Bench({ time: 1500, warmupTime: 300 });
rating
  .add('bare loop over the figures (baseline)', () =>
    bareRating(bareFigures, judgementScores as string[]),
  )
  .add('core rules, unvalidated (lowestKeyQuestion + scores)', coreUnvalidated)
  .add('rateInspection, validated, with triggers and explanations', () => rateInspection(evidence));
await rating.run();

const tally = new Bench({ time: 4000, warmupTime: 500, iterations: 3 });
tally
  .add('bare counting loop (baseline)', () => bareTally(manyCases))
  .add('tallyCases, validated', () => tallyCases(youth2021, manyCases));
await tally.run();

function coldStart(code: string, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['--input-type=module', '-e', code], { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}
const bare = coldStart('0');
const core = coldStart("import 'hmip-ratings'");
const sheets = coldStart("import 'hmip-ratings-sheets'");

type Row = { name: string; hz: number; mean: number };
const rows = (bench: Bench): Row[] =>
  bench.tasks.map((t) => {
    // tinybench 6 types a result as a union with aborted runs; these ran to completion.
    const r = t.result as unknown as
      | { throughput?: { mean: number }; latency?: { mean: number } }
      | undefined;
    return { name: t.name, hz: r?.throughput?.mean ?? 0, mean: r?.latency?.mean ?? 0 };
  });
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = (rs: Row[]) => {
  const baseline = rs[0] as Row;
  return [
    '| | operations per second | mean time | ratio to baseline (time) |',
    '|---|---:|---:|---:|',
    ...rs.map(
      (r) =>
        `| ${r.name} | ${fmt(r.hz)} | ${r.mean < 1 ? `${fmt(r.mean * 1000, 2)} µs` : `${fmt(r.mean, 1)} ms`} | ${fmt(r.mean / baseline.mean, 2)}x |`,
    ),
  ].join('\n');
};
const ratingRows = rows(rating);
const tallyRows = rows(tally);
const ratio = (rs: Row[], i: number) => (rs[i] as Row).mean / (rs[0] as Row).mean;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = `# Performance

Measured by \`npm run bench\` (tinybench ${'6.2.3'}) on ${new Date().toISOString().slice(0, 10)}: ${cpu},
${cpus().length} cores, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Each figure is compared with
a bare baseline measured in the same run; the ratios matter more than the absolute numbers, which
depend on the machine. This file is written by the benchmark run; do not edit it by hand.

## Rating an inspection

Cumberland 2024 with counts for every key question (12 counted standards, 21 key questions).
The baseline is a hand-written loop over the same figures: integer rounding, lowest figure, band,
score sum and overall band, with no validation, no triggers and no explanations.

${table(ratingRows)}

- Goal: validated rating within 5x of the bare loop: **${fmt(ratio(ratingRows, 2), 1)}x**${ratio(ratingRows, 2) <= 5 ? ' (met)' : ' (not met: the baseline does a fraction of the work. The validated rating parses 35 objects with zod, computes the three discretion triggers (the one-case trigger re-rates each standard twice per key question), builds a result object per key question and standard, and writes an explanation for each)'}.
- Goal: unvalidated core within 1.5x: **${fmt(ratio(ratingRows, 1), 2)}x**${ratio(ratingRows, 1) <= 1.5 ? ' (met)' : ' (not met: the core compares figure objects with exact tie-breaks and reads bands from the framework, where the baseline loops over bare pairs of numbers with the bands inlined)'}.

## Tallying case records

100,000 case records (the Cumberland audit repeated 5,000 times), a national year of audits. The
baseline is a bare counting loop over the same answers with no validation.

${table(tallyRows)}

- Goal: within 3x of the bare loop: **${fmt(ratio(tallyRows, 1), 2)}x**${ratio(tallyRows, 1) <= 3 ? ' (met)' : ' (not met: tallyCases validates every record, with a hand check equal to the zod schema, and checks every answer against the framework: which questions the case may answer, and every key question it must)'}.

## Cold import

Median of 15 runs of a fresh \`node\` process.

| | median | over bare \`node\` |
|---|---:|---:|
| \`node -e 0\` (baseline) | ${fmt(bare, 1)} ms | |
| \`import 'hmip-ratings'\` | ${fmt(core, 1)} ms | +${fmt(core - bare, 1)} ms |
| \`import 'hmip-ratings-sheets'\` (papaparse, exceljs) | ${fmt(sheets, 1)} ms | +${fmt(sheets - bare, 1)} ms |
`;
writeFileSync('docs/performance.md', report);
console.log(report);
