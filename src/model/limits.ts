/** Counts above this cannot be computed exactly with `number`; no inspection sample comes near it. */
export const MAX_COUNT = 1e12;
