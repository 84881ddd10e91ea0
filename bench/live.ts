// The live audit: one answer changed and the rating read again, at 60, 1,000 and 10,000 cases,
// against a bare incremental baseline in the same run (update one count, re-band one key question,
// take the standard's lowest band, re-sum the score). Not a test: nothing here asserts. bench/run.ts
// calls benchLive() and reports the figures; run alone with
// `npx tsx --tsconfig tsconfig.bench.json -e "import('./bench/live.ts').then(async (m) => console.log((await m.benchLive()).markdown))"`.
import { Bench } from 'tinybench';
import { youth2021 } from 'hmip-ratings';
import { rateCases, type CaseRecord } from 'hmip-ratings/cases';
import { createLiveAudit } from 'hmip-ratings/live';
import { cumberlandCases, cumberlandJudgements } from '../scripts/cumberland-cases.js';

/** A spreadsheet engine's one-cell edit and recalculation of the same grid, from issue 16 (HyperFormula 3.5, this machine; not run here: it is GPL-3.0). */
export const SPREADSHEET_EDIT_MS: Readonly<Record<number, number>> = {
  60: 0.198,
  1000: 0.196,
  10000: 1.85,
};
/** `rateCases`'s full recompute measured in the same process as those figures (issue 16's table). */
export const ISSUE_RATE_CASES_MS: Readonly<Record<number, number>> = {
  60: 0.331,
  1000: 2.0,
  10000: 16.7,
};
/**
 * The spreadsheet's edit scaled to this run: its time as a share of `rateCases` in issue 16's
 * table, times `rateCases` measured here, so a busy machine slows both sides of the comparison.
 */
export const scaledSpreadsheet = (f: LiveFigure): number =>
  ((SPREADSHEET_EDIT_MS[f.cases] ?? 0) / (ISSUE_RATE_CASES_MS[f.cases] ?? 1)) * f.full;
export const SIZES = [60, 1000, 10000] as const;
/** Edits per timed call, so the timer's own cost does not swamp a 20-nanosecond baseline. */
const BATCH = 200;

/** One size: per-edit mean times in milliseconds. */
export interface LiveFigure {
  readonly cases: number;
  readonly baseline: number;
  readonly live: number;
  readonly full: number;
}

const SCORE = [0, 1, 2, 3];
const FROM = [0, 50, 65, 80];

/**
 * The bare incremental baseline: yes and no counts per key question, each key question's band,
 * each standard's lowest band and the score, kept up to date by hand for one answer toggled
 * between yes and no; no checks, no result objects.
 */
function bareIncremental(cases: readonly CaseRecord[]) {
  const ids = Object.keys(cases[0]?.answers ?? {}).concat(
    Object.keys(cases.find((c) => c.kind === 'out-of-court')?.answers ?? {}),
  );
  const kqs = [...new Set(ids)];
  const yes = new Int32Array(kqs.length);
  const no = new Int32Array(kqs.length);
  for (const c of cases)
    for (const [id, a] of Object.entries(c.answers)) {
      const k = kqs.indexOf(id);
      if (a === 'yes') yes[k]!++;
      else if (a === 'no') no[k]!++;
    }
  const standardOf = kqs.map((id) => id.slice(0, id.lastIndexOf('.')));
  const standards = [...new Set(standardOf)];
  const members = standards.map((s) => kqs.flatMap((id, k) => (standardOf[k] === s ? [k] : [])));
  const standardIndex = kqs.map((_, k) => standards.indexOf(standardOf[k]!));
  const band = new Int32Array(kqs.length);
  const lowest = new Int32Array(standards.length);
  const reband = (k: number) => {
    const of = yes[k]! + no[k]!;
    const p = of === 0 ? 100 : Math.floor((200 * yes[k]! + of) / (2 * of));
    let b = 0;
    for (let i = 1; i < FROM.length; i++) if (p >= FROM[i]!) b = i;
    band[k] = b;
  };
  const relowest = (s: number) => {
    let low = 3;
    for (const k of members[s]!) if (band[k]! < low) low = band[k]!;
    lowest[s] = low;
  };
  kqs.forEach((_, k) => reband(k));
  standards.forEach((_, s) => relowest(s));
  let score = 0;
  const k = kqs.indexOf('2.2.3');
  let isYes = false;
  return () => {
    // One answer toggled: one count each way, one key question re-banded, its standard's lowest,
    // the score re-summed.
    const step = isYes ? -1 : 1;
    yes[k] = yes[k]! + step;
    no[k] = no[k]! - step;
    isYes = !isYes;
    reband(k);
    relowest(standardIndex[k]!);
    score = 0;
    for (let s = 0; s < lowest.length; s++) score += SCORE[lowest[s]!]!;
    return score;
  };
}

/** The Cumberland audit repeated to `n` cases (ids made unique). */
function casesOf(n: number): CaseRecord[] {
  const base = cumberlandCases();
  return Array.from({ length: n }, (_, i) => {
    const c = base[i % base.length]!;
    return { ...c, id: `${c.id}-${Math.floor(i / base.length)}` };
  });
}

/** Times one edit and re-read at each size, against the baseline and a full `rateCases`. */
export async function benchLive(options: { readonly time?: number } = {}): Promise<{
  readonly figures: readonly LiveFigure[];
  readonly markdown: string;
}> {
  // With more cases one case no longer moves 2.1, so the Cumberland panel's decision is left out.
  const { '2.1': _decision, ...judgements } = cumberlandJudgements;
  const figures: LiveFigure[] = [];
  for (const n of SIZES) {
    const cases = casesOf(n);
    const audit = createLiveAudit(youth2021, { cases, judgements });
    const target = cases.find((c) => c.answers['2.2.3'] === 'no')!.id;
    let answer: 'yes' | 'no' = 'yes';
    const bare = bareIncremental(cases);
    // Warmed by hand as well: on a busy machine tinybench's warm-up can end before the edit's
    // code is optimised, and the first size would pay for it.
    for (let i = 0; i < 20_000; i++) {
      bare();
      audit.setAnswer(target, '2.2.3', answer);
      answer = answer === 'yes' ? 'no' : 'yes';
      audit.rating();
    }
    const bench = new Bench({ time: options.time ?? 1000, warmupTime: 200 });
    bench
      .add(`bare incremental update, ${n} cases (baseline)`, () => {
        for (let i = 0; i < BATCH; i++) bare();
      })
      .add(`live audit: setAnswer + rating(), ${n} cases`, () => {
        for (let i = 0; i < BATCH; i++) {
          audit.setAnswer(target, '2.2.3', answer);
          answer = answer === 'yes' ? 'no' : 'yes';
          audit.rating();
        }
      })
      .add(`rateCases, full recompute, ${n} cases`, () => rateCases(youth2021, cases, judgements));
    await bench.run();
    const mean = (i: number) =>
      (bench.tasks[i]?.result as unknown as { latency?: { mean: number } }).latency?.mean ?? 0;
    figures.push({ cases: n, baseline: mean(0) / BATCH, live: mean(1) / BATCH, full: mean(2) });
  }
  return { figures, markdown: liveMarkdown(figures) };
}

const us = (ms: number) => `${(ms * 1000).toFixed(ms < 0.001 ? 3 : 2)} µs`;

function liveMarkdown(figures: readonly LiveFigure[]): string {
  return `## The live audit

One answer changed (\`setAnswer\`, toggling a 2.2.3 answer between yes and no) and the rating read
again (\`rating()\`), on the Cumberland audit repeated to 60, 1,000 and 10,000 cases, per edit. The
baseline is a bare incremental update of the same grid: one count each way, the key question
re-banded, its standard's lowest band, the score re-summed, with no checks and no result objects.
The spreadsheet column is the one-cell edit and recalculation of the same grid in a spreadsheet
engine (HyperFormula 3.5) measured for issue 16 on this machine; it is not run here (it is
GPL-3.0). As the machine is shared, the spreadsheet's figure is also given scaled to this run: its
time as a share of \`rateCases\` in issue 16's table (measured in the same process), times
\`rateCases\` measured here.

| cases | bare incremental (baseline) | live audit | ratio | \`rateCases\` full recompute | spreadsheet one-cell edit (issue 16) | live audit faster by | spreadsheet edit scaled to this run | live audit faster by |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${figures
  .map(
    (f) =>
      `| ${f.cases.toLocaleString('en-GB')} | ${us(f.baseline)} | ${us(f.live)} | ${(f.live / f.baseline).toFixed(1)}x | ${us(f.full)} | ${us(SPREADSHEET_EDIT_MS[f.cases] ?? 0)} | ${((SPREADSHEET_EDIT_MS[f.cases] ?? 0) / f.live).toFixed(0)}x | ${us(scaledSpreadsheet(f))} | ${(scaledSpreadsheet(f) / f.live).toFixed(0)}x |`,
  )
  .join('\n')}

Each edit re-rates the one standard whose figure moved, with the same function \`rateInspection\`
rates each standard with (checked evidence, figures, bands, the three triggers, any discretion,
the explanation), freezes that result, and rebuilds the overall from the twelve results kept;
nothing in it reads the cases, so its time does not grow with them.`;
}
