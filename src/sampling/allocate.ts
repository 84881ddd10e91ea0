// Proportional allocation of a sample across strata, rounded by the largest-remainder method.

/**
 * How many cases each stratum gets: `size × population ÷ total`, rounded by the largest-remainder
 * (Hamilton) method. Every stratum first gets the whole part of its proportional share; the cases
 * left over go one each to the strata with the largest remainders. Ties are broken, in order, by
 * the larger stratum, then the earlier stratum in the order given. Remainders are compared as
 * whole numbers (`size × population mod total`), so the result is exact.
 *
 * So every stratum's count is its share rounded down or up (within one case of proportional), the
 * counts add up to `size`, and a stratum never gets more cases than it has (when `size <= total`).
 *
 * @param populations - each stratum's count, whole numbers, in the order used for ties
 * @param size - the cases to allocate, at most the sum of `populations`
 */
export function allocateProportionally(populations: readonly number[], size: number): number[] {
  let total = 0;
  for (const p of populations) total += p;
  const counts = populations.map(() => 0);
  if (total === 0 || size === 0) return counts;
  const remainders = populations.map((p) => (size * p) % total);
  let given = 0;
  populations.forEach((p, i) => {
    counts[i] = (size * p - (remainders[i] as number)) / total;
    given += counts[i] as number;
  });
  const order = populations
    .map((_, i) => i)
    .filter((i) => (remainders[i] as number) > 0)
    .sort(
      (a, b) =>
        (remainders[b] as number) - (remainders[a] as number) ||
        (populations[b] as number) - (populations[a] as number) ||
        a - b,
    );
  for (let k = 0; k < size - given; k++) {
    const i = order[k] as number;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}
