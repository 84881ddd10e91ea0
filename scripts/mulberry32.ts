// The example scripts' one seeded generator (the invented caseload, the moderation and the trend
// examples): the library's own sampling uses xoshiro128** (src/model/random.ts); these keep
// mulberry32 so the committed example files stay exactly as they were written.

/**
 * mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit generator of numbers in [0, 1) from
 * a whole-number seed. Only 32-bit integer operations and one exact division by 2^32, so every
 * platform gives the same numbers for a seed.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
