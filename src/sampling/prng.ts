// The sample's source of randomness: a small, documented, seeded generator, so the same seed draws
// the same sample on every platform. Only 32-bit integer operations (Math.imul, shifts, xor), which
// JavaScript defines exactly; no Math.random, no floating point.

/**
 * xoshiro128** (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2018):
 * 128 bits of state, period 2^128 - 1. The state is filled from the seed by SplitMix32 (a Weyl
 * sequence with step 0x9e3779b9, each value passed through MurmurHash3's 32-bit finaliser), so
 * every whole-number seed from 0 to 2^32 - 1 gives its own stream and the state is never all zero.
 */
export interface SampleRandom {
  /** The next 32 bits, as a whole number from 0 to 2^32 - 1. */
  next(): number;
  /** A whole number from 0 to `bound - 1`, each equally likely (`bound` from 1 to 2^32). */
  below(bound: number): number;
}

/** SplitMix32: the state words of a generator from one 32-bit seed. */
export function seedWords(seed: number): [number, number, number, number] {
  let weyl = seed >>> 0;
  const word = () => {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    let z = weyl;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [word(), word(), word(), word()];
}

/** A xoshiro128** generator from a seed (a whole number from 0 to 2^32 - 1), or from its four state words. */
export function sampleRandom(
  seed: number | readonly [number, number, number, number],
): SampleRandom {
  let [a, b, c, d] = typeof seed === 'number' ? seedWords(seed) : seed;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return {
    next,
    below(bound: number): number {
      // Rejection sampling: draws at or above the largest multiple of `bound` that fits in 32 bits
      // are drawn again, so every remainder is equally likely (no modulo bias).
      const limit = 0x100000000 - (0x100000000 % bound);
      for (;;) {
        const x = next();
        if (x < limit) return x % bound;
      }
    },
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
