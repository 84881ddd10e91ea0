const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
// C0 and C1 controls, line and paragraph separators, and the bidirectional overrides and isolates
// that can make text display in another order than it reads.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Caller text made safe to print on one line of a terminal or a plain-text table: terminal escape
 * sequences removed, and every run of control characters (new lines, tabs, bidirectional
 * overrides) turned into one space. Every text the library prints passes through it.
 *
 * @example
 * plainText('Good\u001b[31m\nScore 36/36') // => 'Good Score 36/36'
 * @category Formatting
 */
export function plainText(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ');
}
