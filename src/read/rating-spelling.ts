// Ratings as services write them: the four ratings in full, and the abbreviations a service's own
// papers use where they cannot be read two ways ("RI", "R.I.", "Req. improvement"). A single
// letter is never a rating: "I" reads as Inadequate or as the I of RI, "O" as Outstanding or as a
// zero, and no HMIP report or template abbreviates Outstanding, Good or Inadequate. A mark of
// doubt ("Good?") is refused, never dropped (see `isInDoubt`).
import { type Rating } from 'hmip-ratings';

/** Every spelling a rating is read from, as the docs and the refusal list it. */
export const RATING_SPELLINGS: readonly (readonly [string, Rating | 'not rated'])[] = [
  ['Outstanding', 'Outstanding'],
  ['Good', 'Good'],
  ['Requires improvement', 'Requires improvement'],
  ['requires-improvement', 'Requires improvement'],
  ['Req. improvement', 'Requires improvement'],
  ['RI', 'Requires improvement'],
  ['R.I.', 'Requires improvement'],
  ['R I', 'Requires improvement'],
  ['Inadequate', 'Inadequate'],
  ['not rated', 'not rated'],
];

/**
 * The key a typed rating is looked up by: lower case, a dot, hyphen or underscore read as a space,
 * spaces collapsed and trimmed ("R.I." and "r i" are both "r i", "Req. improvement" is
 * "req improvement").
 */
export function ratingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

// A table with no prototype: no typed word can reach a built-in property. "ri" (RI written with no
// space or dot) is the same abbreviation as "r i".
const BY_KEY = new Map<string, Rating | 'not rated'>([
  ...RATING_SPELLINGS.map(([spelling, rating]) => [ratingKey(spelling), rating] as const),
  ['ri', 'Requires improvement'],
]);

/** The list of accepted spellings, for a message that refuses another. */
export const RATING_SPELLING_LIST =
  'Outstanding, Good, Requires improvement (also RI, R.I., Req. improvement, requires-improvement, in any case and spacing), Inadequate or not rated';

/**
 * The rating a typed word names, or undefined: any case, spacing and dots; never a word with a
 * mark of doubt.
 * ("R.I." is Requires improvement, " good " is Good, "G" is no rating.)
 */
export function readRating(text: string): Rating | 'not rated' | undefined {
  if (typeof text !== 'string' || text.includes('?')) return undefined;
  return BY_KEY.get(ratingKey(text));
}
