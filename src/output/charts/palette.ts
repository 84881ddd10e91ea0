// The colours of the ratings in every chart, report and page. Chosen to stay apart under
// colour-vision deficiency and in greyscale (lightness 29, 71, 88, 46: at least 17 apart; smallest
// colour difference under simulated deficiency ΔE 41), each with text of at least 5:1 contrast on
// it. The rating is always written as text too: colour is never the only sign (WCAG 2.2, 1.4.1).
import type { Rating } from 'hmip-ratings';

/** The fill of each rating. */
export const RATING_FILL: Readonly<Record<Rating, string>> = Object.freeze({
  Inadequate: '#7f2704',
  'Requires improvement': '#f39a3c',
  Good: '#c6e2f5',
  Outstanding: '#2c6fbb',
});

/** The text colour on each rating's fill (contrast 9.6, 9.5, 15.6 and 5.1 to 1). */
export const RATING_INK: Readonly<Record<Rating, string>> = Object.freeze({
  Inadequate: '#ffffff',
  'Requires improvement': '#000000',
  Good: '#000000',
  Outstanding: '#ffffff',
});

/** The fill of a standard that was not rated (contrast 16 to 1 with its text colour). */
export const NOT_RATED_FILL = '#e8e8e8';
/** The text colour on the fill of a standard that was not rated. */
export const NOT_RATED_INK = '#111111';

/** The fill of a rating, or of none. */
export const fillOf = (rating: Rating | undefined) =>
  rating ? RATING_FILL[rating] : NOT_RATED_FILL;
/** The text colour on the fill of a rating, or of none. */
export const inkOf = (rating: Rating | undefined) => (rating ? RATING_INK[rating] : NOT_RATED_INK);

/** Lines told apart by colour, symbol and a direct label (Okabe-Ito colours). */
export const SERIES_COLOURS: readonly string[] = Object.freeze([
  '#000000',
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
]);
