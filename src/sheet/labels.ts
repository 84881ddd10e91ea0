// Words people type in a sheet (ratings, kinds of case, disposals, column names), read the same
// way everywhere: case, surrounding space and the choice of space, hyphen or underscore between
// words do not matter; anything else does. "Good?" is not "Good": a mark of doubt is refused, never
// dropped. Every table of words is a Map, so no typed word can reach a built-in property.

/** The key a typed word is looked up by: lower case, words separated by one space. */
export function labelKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** A table of words by their keys. */
export function labelTable<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [label, value] of entries) table.set(labelKey(label), value);
  return table;
}

/** Whether a typed word carries a mark of doubt ("Good?", "yes?"). */
export function isInDoubt(text: string): boolean {
  return text.includes('?');
}
