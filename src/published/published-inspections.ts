import { cheshire2021 } from './cheshire-2021.js';
import { cumberland2024 } from './cumberland-2024.js';
import { walthamForest2024 } from './waltham-forest-2024.js';

/**
 * The published inspections the library reproduces, as evidence, with the ratings they printed.
 * @category Published inspections
 */
export const publishedInspections = /* @__PURE__ */ Object.freeze([
  { evidence: cheshire2021, published: { score: 26, maximum: 36, overall: 'Good' } },
  {
    evidence: cumberland2024,
    published: { score: 12, maximum: 36, overall: 'Requires improvement' },
  },
  {
    evidence: walthamForest2024,
    published: { score: 11, maximum: 36, overall: 'Requires improvement' },
  },
] as const);
