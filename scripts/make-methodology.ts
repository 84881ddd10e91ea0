// Fills the generated parts of docs/methodology.md: the worked examples (the three published
// reports as the library computes them) and "How to cite" (the version of the hmip-ratings package
// and the title and authors of CITATION.cff). Run with `npm run methodology` (the release step,
// `npm run release:version`, runs it); a test checks the document matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { publishedInspections } from 'hmip-ratings/published';
import { rateInspection } from 'hmip-ratings';
import { formatReport } from 'hmip-ratings-sheets';

const EXAMPLES = ['<!-- worked-examples:start -->', '<!-- worked-examples:end -->'] as const;
const CITE = ['<!-- how-to-cite:start -->', '<!-- how-to-cite:end -->'] as const;

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

/** What "How to cite" names: the package, its version, and CITATION.cff's title and authors. */
export function citation(): { name: string; version: string; title: string; authors: string } {
  const pkg = JSON.parse(readFileSync('packages/hmip-ratings/package.json', 'utf8')) as {
    name: string;
    version: string;
  };
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as {
    title: string;
    authors: { name?: string; 'given-names'?: string; 'family-names'?: string }[];
  };
  const authors = cff.authors
    .map((a) => a.name ?? [a['given-names'], a['family-names']].filter(Boolean).join(' '))
    .join(', ');
  return { name: pkg.name, version: pkg.version, title: cff.title, authors };
}

export function howToCite(): string {
  const { name, version, title, authors } = citation();
  return [
    `This document describes ${title} version ${version}. Cite the package name and the exact version`,
    `you used (\`npm ls ${name}\`), and this document. \`CITATION.cff\`, at the root of the repository,`,
    'holds the same in the Citation File Format:',
    '',
    `> Ratings were computed with ${title} version ${version} (npm package \`${name}\`), an`,
    '> independent implementation of the rating rules HM Inspectorate of Probation publishes for youth',
    '> justice inspections (2018 and 2021 standards). Its methodology document maps each rule to its',
    '> published source, the function that implements it and the test that pins it.',
    '',
    `Reference: ${authors}, *${title}*, version ${version}, software (npm package \`${name}\`).`,
  ].join('\n');
}

/** `doc` with the text between `markers` replaced by `body`. */
function between(doc: string, [start, end]: readonly [string, string], body: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/methodology.md has no ${start} markers`);
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

/** The document with its worked-examples section replaced. */
export function withWorkedExamples(doc: string): string {
  return between(doc, EXAMPLES, workedExamples());
}

/** The document with every generated part replaced: worked examples and how to cite. */
export function generated(doc: string): string {
  return between(withWorkedExamples(doc), CITE, howToCite());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('docs/methodology.md', generated(readFileSync('docs/methodology.md', 'utf8')));
}
