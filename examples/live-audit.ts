// A live audit: the Cumberland case sheet read once, then held in memory and re-rated answer by
// answer, as a web form or grid would as an auditor types. Each edit re-rates only the standard
// it moves; an edit the rules refuse changes nothing.
import { readFileSync } from 'node:fs';
import { RatingRuleError, youth2021 } from 'hmip-ratings';
import { rateCases } from 'hmip-ratings/cases';
import { createLiveAudit } from 'hmip-ratings/live';
import { readCasesCsv, readJudgementsCsv } from 'hmip-ratings-sheets';

const sheet = readCasesCsv(readFileSync('examples/cumberland/cases.csv', 'utf8'), {
  framework: youth2021,
  file: 'cases.csv',
});
const panel = readJudgementsCsv(readFileSync('examples/cumberland/judgements.csv', 'utf8'), {
  framework: youth2021,
  file: 'judgements.csv',
});
const audit = createLiveAudit(youth2021, {
  cases: sheet.cases,
  judgements: panel.judgements,
  unanswered: 'leave-out', // a grid being filled in has blanks
});

const score = () => {
  const rating = audit.rating();
  return `Score ${rating.score}/${rating.maximum}, ${rating.overall ?? 'no overall yet'}`;
};
audit.subscribe((change) =>
  console.log(`  ${change.edit}: re-rated ${change.standards.join(', ') || 'nothing'}`),
);

console.log(`Start: ${score()}`);

// Two more yes answers on 2.2.3 take it from 2 of 8 (25%) to 4 of 8 (50%): 2.2 crosses a band.
audit.setAnswer('court-3', '2.2.3', 'yes');
audit.setAnswer('court-4', '2.2.3', 'yes');
console.log(`2.2 is now ${audit.rating().byStandard['2.2'].rating}: ${score()}`);

// The panel raised 2.1 because one case would change its rating; an answer that takes that
// trigger away is refused, and the audit is exactly as it was.
try {
  audit.setAnswer('court-1', '2.1.3', 'no');
} catch (e) {
  if (!(e instanceof RatingRuleError)) throw e;
  console.log(`Refused: ${e.message}`);
}

// A case added late, and a judgement changed by the panel.
audit.addCase({
  id: 'court-9',
  kind: 'court',
  disposal: 'custodial-sentence',
  answers: { '2.1.1': 'yes', '2.1.2': 'yes', '2.1.3': 'yes', '2.4.1': 'no' },
});
audit.setJudgement('1.1', { rating: 'Good' });
console.log(`After a case and a judgement: ${score()}`);
console.log(
  `What would change 2.2: ${audit.margins().find((m) => m.standard === '2.2')?.sentence}`,
);

// The reference: rateCases on the same cases and judgements gives the same rating.
const reference = rateCases(youth2021, audit.cases(), audit.judgements(), {
  unanswered: 'leave-out',
});
console.log(
  JSON.stringify(reference.rating) === JSON.stringify(audit.rating())
    ? 'The same rating as rateCases on the same cases and judgements.'
    : 'DIFFERS from rateCases',
);
