// Bounded, safe descriptions of caller values for error messages. Building an error must never
// throw, whatever the caller passed: no JSON.stringify of input (it throws on BigInt and cycles,
// recurses without limit and copies any length), no getters run, no prototype methods called.

/** The longest piece of caller text an error message quotes. */
export const PREVIEW_LENGTH = 40;

/**
 * Caller text, quoted and cut to `PREVIEW_LENGTH` characters, with control characters shown as escapes.
 * @example
 * quoteText('Good?') // => '"Good?"'
 * quoteText('a'.repeat(50)).length // => 43
 * @category Toolkit
 */
export function quoteText(text: string, length = PREVIEW_LENGTH): string {
  if (typeof text !== 'string') return preview(text);
  if (typeof length !== 'number' || !(length >= 1)) length = PREVIEW_LENGTH;
  const cut = text.length > length ? `${text.slice(0, length)}…` : text;
  // eslint-disable-next-line no-control-regex
  const shown = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/g, (c) =>
    c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${shown}"`;
}

/**
 * A short description of any value for an error message: `9`, `"Good?"`, `10n`, `null`,
 * `nothing`, `a list of 3 items`, `an object`, `a function`. Never throws and never reads more
 * than the value's type and, for text, its first characters.
 * @example
 * preview(10n) // => '10n'
 * preview([1, 2, 3]) // => 'a list of 3 items'
 * @category Toolkit
 */
export function preview(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value.toString().slice(0, PREVIEW_LENGTH)}n`;
    case 'boolean':
      return String(value);
    case 'string':
      return quoteText(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        if (Array.isArray(value))
          return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
        if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'binary data';
      } catch {
        // a revoked proxy, or a trap that throws: describe it without looking further
      }
      return 'an object';
  }
}
