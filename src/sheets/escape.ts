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
