// Writes examples/caseload.csv and examples/audited.csv: an INVENTED caseload of a youth justice
// service (198 cases; no real child, service or audit) and its log of earlier audits, for trying
// `hmip-ratings sample`. Reproducible: the same seeded generator gives the same files every run.
// Run with `npx tsx scripts/make-caseload.ts`.
//
// Built so that, for fieldwork starting 2025-07-07 with the default rules, 42 court and 26
// out-of-court cases are eligible: the eligible populations for which HMIP's inferred size rule
// gives Cheshire's 34 court and 23 out-of-court cases.
import { writeFileSync } from 'node:fs';
import { toCsv } from 'hmip-ratings-sheets';
import { mulberry32 } from './mulberry32.js';

/** The two files' text, made afresh from the seed. */
export function makeCaseload(): { readonly caseload: string; readonly audited: string } {
  const random = mulberry32(20250707);
  const pick = <T>(choices: readonly (readonly [T, number])[]): T => {
    let r = random() * choices.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of choices) if ((r -= weight) < 0) return value;
    return (choices[choices.length - 1] as readonly [T, number])[0];
  };

  const DAY = 86_400_000;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
  const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
  /** A date from `from` to `to`, both included, each day equally likely. */
  const between = (from: string, to: string) =>
    iso(day(from) + Math.floor(random() * (day(to) - day(from) + 1)));

  // The windows for fieldwork starting 2025-07-07: court 2024-10-07 to 2025-01-07, out-of-court
  // 2025-02-07 to 2025-04-07; audits after 2024-07-07 exclude a case.
  const COURT = [
    ['Referral order', 5],
    ['Community sentence', 3],
    ['Custodial sentence', 1],
  ] as const;
  const OUT_OF_COURT = [
    ['Youth conditional caution', 2],
    ['Youth caution', 2],
    ['Community resolution', 4],
  ] as const;
  const GENDER = [
    ['boy', 85],
    ['girl', 15],
  ] as const;
  const ETHNICITY = [
    ['White', 70],
    ['Black', 10],
    ['Asian', 8],
    ['Mixed', 9],
    ['Other', 3],
  ] as const;
  const LEVEL = [
    ['low', 35],
    ['medium', 40],
    ['high', 20],
    ['very high', 5],
  ] as const;
  const TEAM = [
    ['North', 1],
    ['South', 1],
    ['East', 1],
  ] as const;

  interface Case {
    id: string;
    disposal: string;
    date: string;
  }
  const cases: Case[] = [];
  const add = (disposals: readonly (readonly [string, number])[], date: string) =>
    cases.push({ id: '', disposal: pick(disposals), date });
  // Court: 45 in the window (three of them on its edges), 70 outside it, one a day before it opens.
  add(COURT, '2024-10-07');
  add(COURT, '2025-01-07');
  add(COURT, '2024-10-06');
  for (let i = 0; i < 43; i++) add(COURT, between('2024-10-07', '2025-01-07'));
  for (let i = 0; i < 40; i++) add(COURT, between('2024-03-01', '2024-10-06'));
  for (let i = 0; i < 29; i++) add(COURT, between('2025-01-08', '2025-06-30'));
  // Out-of-court: 28 in the window, 55 outside it.
  for (let i = 0; i < 28; i++) add(OUT_OF_COURT, between('2025-02-07', '2025-04-07'));
  for (let i = 0; i < 30; i++) add(OUT_OF_COURT, between('2024-09-01', '2025-02-06'));
  for (let i = 0; i < 25; i++) add(OUT_OF_COURT, between('2025-04-08', '2025-06-30'));

  // A caseload export lists cases by date; ids are the service's own numbers.
  cases.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ids = cases.map((_, i) => i);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as number, ids[i] as number];
  }
  cases.forEach((c, i) => (c.id = `YJ-${String(4100 + (ids[i] as number)).padStart(4, '0')}`));

  const rows = [
    ['case', 'disposal', 'disposal date', 'gender', 'ethnicity', 'rosh', 'safety', 'team'],
  ];
  for (const c of cases)
    rows.push([
      c.id,
      c.disposal,
      c.date,
      pick(GENDER),
      pick(ETHNICITY),
      pick(LEVEL),
      pick(LEVEL),
      pick(TEAM),
    ]);
  // The audit log: three court and two out-of-court cases in their windows audited after
  // 2024-07-07 (left out), one in its window audited on 2024-07-07 exactly (12 months before: kept),
  // and audits of cases outside the windows (no effect).
  const names = (disposals: readonly (readonly [string, number])[]) => disposals.map(([n]) => n);
  const inWindow = (disposals: readonly string[], from: string, to: string) =>
    cases.filter((c) => disposals.includes(c.disposal) && c.date >= from && c.date <= to);
  const court = inWindow(names(COURT), '2024-10-07', '2025-01-07');
  const outOfCourt = inWindow(names(OUT_OF_COURT), '2025-02-07', '2025-04-07');
  const others = cases.filter((c) => !court.includes(c) && !outOfCourt.includes(c));
  const log = [
    ['case', 'audit date', 'auditor'],
    [court[5]?.id, '2025-01-20', 'AB'],
    [court[17]?.id, '2025-03-03', 'CD'],
    [court[30]?.id, '2024-12-10', 'AB'],
    [court[30]?.id, '2024-02-01', 'EF'],
    [court[40]?.id, '2024-07-07', 'CD'],
    [outOfCourt[3]?.id, '2025-05-15', 'EF'],
    [outOfCourt[20]?.id, '2025-06-02', 'AB'],
    [others[10]?.id, '2025-02-11', 'CD'],
    [others[60]?.id, '2024-09-30', 'EF'],
  ] as string[][];
  return { caseload: toCsv(rows), audited: toCsv(log) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { caseload, audited } = makeCaseload();
  writeFileSync('examples/caseload.csv', caseload);
  writeFileSync('examples/audited.csv', audited);
  console.log('wrote examples/caseload.csv (198 invented cases) and examples/audited.csv');
}
