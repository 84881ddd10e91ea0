// Property tests run from one fixed seed, so `npm test` gives the same verdict on every machine and
// every run: a failure CI reports is the failure a developer sees. `npm run fuzz` explores fresh
// seeds instead (FC_SEED=random), and prints any seed that fails, to be fixed and pinned as a
// named test. FC_SEED=<number> replays one run.
import { fc } from '@fast-check/vitest';

export const DEFAULT_PROPERTY_SEED = 20_261_123;

const given = process.env['FC_SEED'];
if (given !== 'random') {
  const seed = given === undefined || given === '' ? DEFAULT_PROPERTY_SEED : Number(given);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED must be a whole number or "random" (got ${given})`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
