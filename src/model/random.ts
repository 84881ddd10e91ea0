// The library's one source of randomness (sampling and resampling): xoshiro128** 1.1
// (Blackman and Vigna 2018, https://prng.di.unimi.it/xoshiro128starstar.c), 32-bit integer
// arithmetic only (Math.imul and shifts), seeded from a whole number by SplitMix64 as its authors
// recommend. Never Math.random.

/** The largest seed: any whole number from 0 to 2^53 - 1 is a seed. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

const MASK64 = (1n << 64n) - 1n;

/** The 64-bit outputs of SplitMix64 from a seed (Vigna, https://prng.di.unimi.it/splitmix64.c). */
export function splitMix64(seed: number, count: number): bigint[] {
  let x = BigInt(seed);
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/** A xoshiro128** generator: `next()` gives whole numbers from 0 to 2^32 - 1. */
export interface RandomSource {
  next(): number;
  /** A whole number from 0 to n - 1, each equally likely (n from 1 to 2^21). */
  below(n: number): number;
}

/** xoshiro128** from its four 32-bit state words (not all zero). */
export function xoshiro128(s0: number, s1: number, s2: number, s3: number): RandomSource {
  let a = s0 | 0;
  let b = s1 | 0;
  let c = s2 | 0;
  let d = s3 | 0;
  const next = (): number => {
    const r = Math.imul(b, 5);
    const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return result;
  };
  // Lemire's multiply-and-shift with rejection (2019, "Fast random integer generation in an
  // interval"): exactly uniform. The low 32 bits of u * n come from Math.imul; u * n itself stays
  // below 2^53, so its high part is exact in double arithmetic.
  const below = (n: number): number => {
    let u = next();
    let low = Math.imul(u, n) >>> 0;
    if (low < n) {
      const threshold = (4294967296 - n) % n;
      while (low < threshold) {
        u = next();
        low = Math.imul(u, n) >>> 0;
      }
    }
    return Math.floor((u * n) / 4294967296);
  };
  return { next, below };
}

/**
 * The random source for a seed: xoshiro128** whose state is the first two SplitMix64 outputs of
 * the seed, each split into its low and high 32 bits.
 */
export function randomSource(seed: number): RandomSource {
  const [first = 0n, second = 0n] = splitMix64(seed, 2);
  const words = [first, first >> 32n, second, second >> 32n].map((w) => Number(w & 0xffffffffn));
  // SplitMix64 never gives two zero outputs in a row, so the state is never all zero.
  return xoshiro128(words[0] as number, words[1] as number, words[2] as number, words[3] as number);
}
