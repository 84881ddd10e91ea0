// The shell of every HTML page the package writes (the board report and the trend page): the
// document with its head and inline style sheet, the header and the footer, and the rules that
// colour each rating. One self-contained document: no scripts, nothing fetched from the network.
import { RATINGS } from 'hmip-ratings';
import { htmlText } from '../escape.js';
import { RATING_FILL, RATING_INK } from '../charts/palette.js';

/** What a page is made of. */
export interface Page {
  /** The language of the page, such as "en". */
  readonly lang: string;
  /** The title of the page, as text: it is escaped here. */
  readonly title: string;
  /** What made the page, as text (the generator meta tag); none by default. */
  readonly generator?: string;
  /** The page's style sheet. */
  readonly style: string;
  /** The body's HTML. */
  readonly body: string;
}

/** The page as one HTML document. */
export function htmlPage(page: Page): string {
  const generator =
    page.generator === undefined
      ? ''
      : `<meta name="generator" content="${htmlText(page.generator)}">\n`;
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator}<title>${htmlText(page.title)}</title>
<style>${page.style}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}

/** A page's header: its pieces of HTML, one a line. */
export const pageHeader = (lines: readonly string[]): string =>
  `<header>\n${lines.join('\n')}\n</header>`;

/** A page's footer: its paragraphs of HTML, one a line. */
export const pageFooter = (paragraphs: readonly string[]): string =>
  `<footer>\n${paragraphs.join('\n')}\n</footer>`;

/** The CSS rules giving each rating its fill and text colour, one a line, by rating index. */
export function ratingColourRules(selector: (index: number) => string): string {
  return RATINGS.map(
    (r, i) => `${selector(i)} { background: ${RATING_FILL[r]}; color: ${RATING_INK[r]}; }`,
  ).join('\n');
}
