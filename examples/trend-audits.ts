// Compare three audits of one service over time: the figures by audit, what changed band, and
// which changes are larger than the samples would explain. The audits in examples/trend/ are
// invented (made from the Cumberland sheet by scripts/make-trend-example.ts); each is dated by its
// file name and has its judgements beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { shareChange } from 'hmip-ratings/trend';
import { formatTrend, trendAudits, trendFiles } from 'hmip-ratings-sheets';

const folder = 'examples/trend';
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, data: readFileSync(`${folder}/${name}`, 'utf8') }));

// audit-2024-01-15.csv pairs with audit-2024-01-15-judgements.csv, and so on.
const { trend, audits } = await trendAudits(trendFiles(files));

for (const a of audits)
  console.log(
    `${a.date} (${a.dateFrom}): ${a.file}, Score ${a.rating.score}/36, ${a.rating.overall}`,
  );

console.log('\nLarger than the samples would explain:');
for (const kq of trend.keyQuestions)
  for (const change of [...kq.changes, kq.firstToLast])
    if (change.verdict === 'beyond-intervals') console.log(`  ${change.sentence}`);

console.log('\nWhat changed band from the first audit to the last:');
for (const { change } of trend.bandChanges)
  if (change.from === trend.audits[0]?.date && change.to === trend.audits.at(-1)?.date)
    console.log(`  ${change.sentence}`);

// One figure against another, by hand: 3 of 8 yes, then 9 of 12.
console.log(`\n2.1.3 ${shareChange({ yes: 3, of: 8 }, { yes: 9, of: 12 }).sentence}`);

// The same as a CSV for a spreadsheet: one row per figure per audit, then one row per change.
console.log(`\n${formatTrend(trend, 'csv').split('\n').length - 1} lines of CSV`);
