// Moderate two audits of the same cases: how far the first auditor and the moderator agree
// (Cohen's kappa per key question and overall), where they differ, and the rating of the moderated
// audit beside the first auditor's.
import { readFileSync } from 'node:fs';
import { compareAudits, moderateCases, roundKappa } from 'hmip-ratings/moderation';
import { rateCases } from 'hmip-ratings/cases';
import { youth2021 } from 'hmip-ratings';
import { readCasesCsv, readJudgementsCsv } from 'hmip-ratings-sheets';

const read = (file: string) =>
  readCasesCsv(readFileSync(`examples/moderation/${file}`, 'utf8'), { framework: youth2021, file })
    .cases;
const first = read('first.csv');
const moderator = read('second.csv');
const judgements = readJudgementsCsv(readFileSync('examples/cumberland/judgements.csv', 'utf8'), {
  framework: youth2021,
  file: 'judgements.csv',
}).judgements;

const agreement = compareAudits(youth2021, first, moderator, {
  names: { first: 'first.csv', second: 'second.csv' },
});
const { overall } = agreement;
console.log(
  `Agreement on ${overall.total} key-question answers: ${overall.percent}% alike, kappa ${roundKappa(overall)?.toFixed(2) ?? 'undefined'}`,
);
for (const kq of Object.values(agreement.keyQuestions))
  if (kq.agreed < kq.total)
    console.log(
      `  ${kq.keyQuestion}: ${kq.agreed} of ${kq.total} alike, kappa ${roundKappa(kq)?.toFixed(2) ?? 'undefined'}`,
    );
console.log(`${agreement.disagreements.length} disagreements:`);
for (const d of agreement.disagreements)
  console.log(`  ${d.case} ${d.question}: first auditor ${d.first}, moderator ${d.second}`);

// The moderator's answers stand; the moderated audit is rated like any other.
const moderated = moderateCases(youth2021, first, moderator);
const before = rateCases(youth2021, first, judgements).rating;
const after = rateCases(youth2021, moderated.cases, judgements).rating;
console.log(`First auditor: Score ${before.score}/36, ${before.overall}`);
console.log(`Moderated:     Score ${after.score}/36, ${after.overall}`);
for (const s of after.standards) {
  const was = before.byStandard[s.standard];
  if (was && was.rating !== s.rating)
    console.log(`  ${s.standard} ${s.name}: ${was.rating} -> ${s.rating}`);
}
