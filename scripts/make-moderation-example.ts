// Writes the moderation example in examples/moderation/: the Cumberland cases as a first auditor's
// sheet (first.csv) and a moderator's sheet of the same cases differing on a few key-question
// answers (second.csv). Which answers differ is drawn by a seeded generator, so the files are the
// same on every run and platform. Run with `npx tsx scripts/make-moderation-example.ts`; a test
// checks the files match.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { keyQuestionsOf, youth2021 } from 'hmip-ratings';
import { type CaseRecord } from 'hmip-ratings/cases';
import { casesToRows, toCsv } from 'hmip-ratings-sheets';
import { cumberlandCases } from './cumberland-cases.js';
import { mulberry32 } from './mulberry32.js';

/** The seed of the example (issue 11), and how many answers the moderator changes. */
export const SEED = 11;
export const CHANGES = 6;

/**
 * The moderator's sheet: the first auditor's cases with `changes` key-question answers turned
 * from yes to no or no to yes, the answers drawn without replacement from every (case, key
 * question) pair the case answers, by a partial Fisher-Yates shuffle seeded with `seed`.
 */
export function moderatorCases(
  first: readonly CaseRecord[],
  seed = SEED,
  changes = CHANGES,
): CaseRecord[] {
  const ids = new Set(keyQuestionsOf(youth2021).map((kq) => kq.id as string));
  const pairs: [number, string][] = [];
  first.forEach((c, i) => {
    for (const q of Object.keys(c.answers))
      if (ids.has(q) && c.answers[q] !== 'not applicable') pairs.push([i, q]);
  });
  const random = mulberry32(seed);
  const moderator = first.map((c) => ({ ...c, answers: { ...c.answers } }));
  for (let k = 0; k < changes && k < pairs.length; k++) {
    const j = k + Math.floor(random() * (pairs.length - k));
    [pairs[k], pairs[j]] = [pairs[j] as [number, string], pairs[k] as [number, string]];
    const [i, q] = pairs[k] as [number, string];
    const answers = (moderator[i] as CaseRecord).answers as Record<string, string>;
    answers[q] = answers[q] === 'yes' ? 'no' : 'yes';
  }
  return moderator;
}

/** The two example sheets as CSV text. */
export function moderationExample(): { readonly first: string; readonly second: string } {
  const first = cumberlandCases();
  return {
    first: toCsv(casesToRows(youth2021, first)),
    second: toCsv(casesToRows(youth2021, moderatorCases(first))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { first, second } = moderationExample();
  writeFileSync('examples/moderation/first.csv', first);
  writeFileSync('examples/moderation/second.csv', second);
  console.log(
    `wrote examples/moderation/first.csv and second.csv (seed ${SEED}, ${CHANGES} answers changed)`,
  );
}
