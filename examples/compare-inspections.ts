// Compare two inspections of the same service: Cumberland as published (July 2024) against a
// later mock inspection of its own (hypothetical: the reconstructed audit with some answers
// improved), standard by standard.
import { readFileSync } from 'node:fs';
import { cumberland2024 } from 'hmip-ratings/published';
import { rateInspection, ratingRank, youth2021, type InspectionRating } from 'hmip-ratings';
import { rateSheets, readCasesCsv, readJudgementsCsv } from 'hmip-ratings-sheets';

const before = rateInspection(cumberland2024);

// The hypothetical re-audit: two more court cases judged sufficient on assessing (2.1.3) and on
// planning (2.2.3) to keep other people safe. The panel's 2.1 discretion belongs to the published
// inspection, so the re-audit has none.
const improve: Record<string, string[]> = {
  'court-4': ['2.1.3', '2.2.3'],
  'court-5': ['2.1.3'],
  'court-3': ['2.2.3'],
};
const [header = '', ...rows] = readFileSync('examples/cumberland/cases.csv', 'utf8')
  .trimEnd()
  .split('\n');
const columns = header.split(',');
const csv = [
  header,
  ...rows.map((row) => {
    const cells = row.split(',');
    for (const id of improve[cells[0] ?? ''] ?? []) cells[columns.indexOf(id)] = 'yes';
    return cells.join(',');
  }),
].join('\n');
const judgements = readJudgementsCsv(
  readFileSync('examples/cumberland/judgements.csv', 'utf8').replace(
    /^2\.1,.*$/m,
    '2.1,Assessment,,',
  ),
  { framework: youth2021, file: 'judgements.csv' },
);
const after = rateSheets(
  readCasesCsv(csv, { framework: youth2021, file: 're-audit.csv' }),
  judgements,
).rating;

function compare(a: InspectionRating, b: InspectionRating): string[] {
  return a.standards.flatMap((s) => {
    const t = b.byStandard[s.standard];
    if (!t || t.rating === s.rating) return [];
    const direction =
      ratingRank(t.rating ?? 'Inadequate') > ratingRank(s.rating ?? 'Inadequate') ? 'up' : 'down';
    return [
      `${s.standard} ${s.name}: ${s.rating} -> ${t.rating} (${direction}${t.lowest ? `; lowest now ${t.lowest.keyQuestion} ${t.lowest.percent}%` : ''})`,
    ];
  });
}

console.log(`Published: Score ${before.score}/${before.maximum}, ${before.overall}`);
console.log(`Re-audit:  Score ${after.score}/${after.maximum}, ${after.overall}`);
for (const line of compare(before, after)) console.log(line);
