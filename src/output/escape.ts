// Text from a file or a framework, made safe for each output it is written to.
import { plainText } from 'hmip-ratings';

/**
 * Text for a line or table cell of markdown: on one line (so it can never start a heading or a
 * list), with every character that could open emphasis, code, a link, an image, a table cell or
 * an HTML tag or entity escaped, so a case id, reason or service name shows as typed.
 */
export function markdownText(text: string): string {
  return plainText(text)
    .replace(/[\\`*_[\]|~!<>&]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    )
    .trim();
}

/** Text for HTML element content or a quoted attribute. */
export function htmlText(text: string): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A table of text for a terminal: columns padded, every cell plain. */
export function plainTable(rows: readonly (readonly string[])[]): string[] {
  const clean = rows.map((r) => r.map(plainText));
  const widths = clean.reduce<number[]>(
    (w, r) => r.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    [],
  );
  return clean.map((r) =>
    `  ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd(),
  );
}

/** A table of text as markdown, every cell escaped. */
export function markdownTable(rows: readonly (readonly string[])[]): string[] {
  const [head = [], ...body] = rows;
  return [
    `| ${head.map(markdownText).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...body.map((r) => `| ${r.map(markdownText).join(' | ')} |`),
  ];
}
