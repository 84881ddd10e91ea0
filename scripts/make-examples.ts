// Regenerates the example sheets in examples/ from the frameworks and the published Cumberland
// figures. Run with `npx tsx scripts/make-examples.ts`; a test checks the files match.
import { writeFileSync } from 'node:fs';
import { youth2018, youth2021 } from 'hmip-ratings';
import { cumberlandCases, cumberlandJudgements } from './cumberland-cases.js';
import { casesToRows, casesWorkbook, judgementsToRows, toCsv } from 'hmip-ratings-sheets';

for (const framework of [youth2018, youth2021]) {
  writeFileSync(`examples/templates/${framework.id}-cases.csv`, toCsv(casesToRows(framework)));
  writeFileSync(
    `examples/templates/${framework.id}-judgements.csv`,
    toCsv(judgementsToRows(framework)),
  );
  writeFileSync(`examples/templates/${framework.id}-audit.xlsx`, await casesWorkbook(framework));
}

const judgements = cumberlandJudgements;

writeFileSync('examples/cumberland/cases.csv', toCsv(casesToRows(youth2021, cumberlandCases())));
writeFileSync('examples/cumberland/judgements.csv', toCsv(judgementsToRows(youth2021, judgements)));
writeFileSync('examples/cumberland/judgements.json', `${JSON.stringify(judgements, null, 2)}\n`);
writeFileSync(
  'examples/cumberland/audit.xlsx',
  await casesWorkbook(youth2021, { cases: cumberlandCases(), judgements }),
);
