// Writes the trend example in examples/trend/: three invented quarterly audits of one invented
// service (case sheets and judgements), made from the Cumberland sheet with answers changed so
// that some figures change band, one change is larger than the intervals allow (2.1.3, first to
// last), and the others are not. Which cases' answers change is drawn by a seeded generator, so
// the files are the same on every run and platform. Run with
// `npx tsx scripts/make-trend-example.ts`; a test checks the files match.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { youth2021 } from 'hmip-ratings';
import { type CaseRecord, type Judgements } from 'hmip-ratings/cases';
import { casesToRows, judgementsToRows, toCsv } from 'hmip-ratings-sheets';
import { cumberlandCases } from './cumberland-cases.js';
import { mulberry32 } from './mulberry32.js';

/** The seed of the example (issue 12). */
export const SEED = 12;

/**
 * The yes counts of the second and third audits, by key question (out of the sample of its kind:
 * 8 court cases and 12 out-of-court in the first two audits, 12 and 12 in the third). A key
 * question not listed keeps the first audit's count (the second audit) or its share rounded to
 * the larger sample (the third).
 */
export const TARGETS: readonly Readonly<Record<string, number>>[] = [
  // April: 2.1.3 3 -> 5 of 8, 2.2.3 2 -> 4, 2.4.2 2 -> 3, 3.1.2 7 -> 8 of 12, 3.1.3 5 -> 7, 3.3.2 8 -> 7.
  { '2.1.3': 5, '2.2.3': 4, '2.4.2': 3, '3.1.2': 8, '3.1.3': 7, '3.3.2': 7 },
  // July: 12 court cases; 2.1.3 reaches 11 of 12, far beyond April's 3 of 8.
  {
    '2.1.1': 9,
    '2.1.2': 8,
    '2.1.3': 11,
    '2.2.1': 8,
    '2.2.2': 7,
    '2.2.3': 6,
    '2.3.1': 7,
    '2.3.2': 6,
    '2.3.3': 6,
    '2.4.1': 9,
    '2.4.2': 6,
    '2.4.3': 6,
    '3.1.1': 11,
    '3.1.2': 8,
    '3.1.3': 8,
    '3.2.1': 11,
    '3.2.2': 8,
    '3.2.3': 8,
    '3.3.1': 11,
    '3.3.2': 9,
    '3.3.3': 8,
  },
];

/** The audits' dates: mid-month, quarterly. */
export const DATES = ['2024-01-15', '2024-04-15', '2024-07-15'] as const;

/** The panel's judgements: 1.3 rises to Good in July; nothing else changes. */
export function judgementsOf(audit: number): Judgements {
  return {
    '1.1': { rating: 'Requires improvement' },
    '1.2': { rating: 'Good' },
    '1.3': { rating: audit === 2 ? 'Good' : 'Requires improvement' },
    '1.4': { rating: 'Good' },
    '3.4': { rating: 'Requires improvement' },
    '4.1': { rating: 'Requires improvement' },
  };
}

/**
 * The cases' answers moved to `target` yes answers for a key question: the cases to turn from no
 * to yes (or yes to no) are drawn without replacement, by a partial Fisher-Yates shuffle.
 */
function setYes(sample: CaseRecord[], keyQuestion: string, target: number, random: () => number) {
  const answers = (c: CaseRecord) => c.answers as Record<string, string>;
  const yes = sample.filter((c) => answers(c)[keyQuestion] === 'yes');
  const from = yes.length < target ? sample.filter((c) => answers(c)[keyQuestion] !== 'yes') : yes;
  const turn = Math.abs(target - yes.length);
  for (let k = 0; k < turn; k++) {
    const j = k + Math.floor(random() * (from.length - k));
    [from[k], from[j]] = [from[j] as CaseRecord, from[k] as CaseRecord];
    answers(from[k] as CaseRecord)[keyQuestion] = yes.length < target ? 'yes' : 'no';
  }
}

/** The three audits' cases: January is the Cumberland sheet; April and July follow from it. */
export function trendCases(seed = SEED): CaseRecord[][] {
  const random = mulberry32(seed);
  const january = cumberlandCases();
  const copy = (cases: readonly CaseRecord[], prefix: string) =>
    cases.map((c) => ({ ...c, id: `${prefix}${c.id}`, answers: { ...c.answers } }));
  const april = copy(january, 'apr-');
  const july = copy(january, 'jul-');
  // Four more community sentences in July, answering no until the targets say otherwise.
  const court = july.filter((c) => c.kind === 'court');
  const added = Array.from({ length: 4 }, (_, i) => ({
    id: `jul-court-${court.length + i + 1}`,
    kind: 'court' as const,
    disposal: 'community-sentence',
    answers: Object.fromEntries(
      Object.keys((court[0] as CaseRecord).answers).map((q) => [q, 'no' as const]),
    ),
  }));
  july.splice(court.length, 0, ...added);
  for (const [audit, cases] of [april, july].entries()) {
    const targets = TARGETS[audit] as Readonly<Record<string, number>>;
    for (const keyQuestion of Object.keys(targets)) {
      const kind = keyQuestion.startsWith('2.') ? 'court' : 'out-of-court';
      setYes(
        cases.filter((c) => c.kind === kind),
        keyQuestion,
        targets[keyQuestion] as number,
        random,
      );
    }
  }
  return [january, april, july].map(withTeamAndGrade);
}

/**
 * Illustrative only (no source gives a case's team or grade): each case's team, North and South
 * in turn down the sheet, and an overall grade from the share of its key questions answered yes
 * (90% or more Outstanding, 60% Good, 40% Requires improvement, below that Inadequate), so that
 * `rate --by team` and the grades have columns to read on a shipped file.
 */
export function withTeamAndGrade(cases: readonly CaseRecord[]): CaseRecord[] {
  return cases.map((c, i) => {
    const answers = Object.values(c.answers);
    const yes = answers.filter((a) => a === 'yes').length;
    const of = answers.filter((a) => a !== 'not applicable').length;
    const share = of === 0 ? 0 : yes / of;
    const grade =
      share >= 0.9
        ? 'Outstanding'
        : share >= 0.6
          ? 'Good'
          : share >= 0.4
            ? 'Requires improvement'
            : 'Inadequate';
    return { ...c, attributes: { team: i % 2 === 0 ? 'North' : 'South', grade } };
  });
}

/** The example's files by name: each audit's case sheet and judgements, as CSV text. */
export function trendExample(seed = SEED): Record<string, string> {
  const files: Record<string, string> = {};
  trendCases(seed).forEach((cases, i) => {
    const name = `audit-${DATES[i]}`;
    files[`${name}.csv`] = toCsv(casesToRows(youth2021, cases));
    files[`${name}-judgements.csv`] = toCsv(judgementsToRows(youth2021, judgementsOf(i)));
  });
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = trendExample();
  for (const [name, text] of Object.entries(files)) writeFileSync(`examples/trend/${name}`, text);
  console.log(`wrote ${Object.keys(files).length} files in examples/trend/ (seed ${SEED})`);
}
