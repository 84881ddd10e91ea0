// Fills the worked examples of docs/methodology.md with the three published reports as the
// library computes them. Run with `npm run methodology`; a test checks the document matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { publishedInspections } from 'hmip-ratings/published';
import { rateInspection } from 'hmip-ratings';
import { formatReport } from 'hmip-ratings-sheets';

const START = '<!-- worked-examples:start -->';
const END = '<!-- worked-examples:end -->';

export function workedExamples(): string {
  return publishedInspections
    .map(({ evidence, published }) => {
      const rating = rateInspection(evidence);
      return [
        `### ${evidence.service} (${evidence.framework})`,
        '',
        `Published: Score ${published.score}/${published.maximum}, ${published.overall}. Computed: Score ${rating.score}/${rating.maximum}, ${rating.overall}.`,
        '',
        '```text',
        formatReport({ rating }, 'table').trimEnd(),
        '```',
      ].join('\n');
    })
    .join('\n\n');
}

/** The document with its worked-examples section replaced. */
export function withWorkedExamples(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start)
    throw new Error('docs/methodology.md has no worked-examples markers');
  return `${doc.slice(0, start + START.length)}\n${workedExamples()}\n${doc.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(
    'docs/methodology.md',
    withWorkedExamples(readFileSync('docs/methodology.md', 'utf8')),
  );
}
