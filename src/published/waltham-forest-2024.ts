import { deepFreeze } from '../model/deep-freeze.js';
import type { InspectionEvidence } from '../evidence/schema.js';
import type { Youth2021 } from '../frameworks/youth-2021.js';

/**
 * Waltham Forest youth justice services, May 2024, fieldwork January 2024 (2021 standards): the
 * ratings table and key-question tables as printed. Samples are the report's: 21 community
 * sentences and 20 out-of-court disposals; that every key question used the whole sample is
 * inferred (every printed figure fits a count of 21 or 20). 3.3's lowest figure, 45% (9 of 20),
 * fires discretion triggers, and the published rating stayed Inadequate. Published: Score 11/36,
 * Requires improvement.
 * @category Published inspections
 */
export const walthamForest2024 = /* @__PURE__ */ deepFreeze({
  framework: 'hmip-youth-2021',
  service: 'Waltham Forest Youth Justice Service',
  standards: {
    '1.1': { rating: 'Requires improvement' },
    '1.2': { rating: 'Requires improvement' },
    '1.3': { rating: 'Requires improvement' },
    '1.4': { rating: 'Requires improvement' },
    '2.1': {
      keyQuestions: {
        '2.1.1': { percent: 81, of: 21 },
        '2.1.2': { percent: 71, of: 21 },
        '2.1.3': { percent: 71, of: 21 },
      },
    },
    '2.2': {
      keyQuestions: {
        '2.2.1': { percent: 76, of: 21 },
        '2.2.2': { percent: 71, of: 21 },
        '2.2.3': { percent: 67, of: 21 },
      },
    },
    '2.3': {
      keyQuestions: {
        '2.3.1': { percent: 71, of: 21 },
        '2.3.2': { percent: 57, of: 21 },
        '2.3.3': { percent: 52, of: 21 },
      },
    },
    '2.4': {
      keyQuestions: {
        '2.4.1': { percent: 62, of: 21 },
        '2.4.2': { percent: 57, of: 21 },
        '2.4.3': { percent: 57, of: 21 },
      },
    },
    '3.1': {
      keyQuestions: {
        '3.1.1': { percent: 55, of: 20 },
        '3.1.2': { percent: 25, of: 20 },
        '3.1.3': { percent: 25, of: 20 },
      },
    },
    '3.2': {
      keyQuestions: {
        '3.2.1': { percent: 65, of: 20 },
        '3.2.2': { percent: 40, of: 20 },
        '3.2.3': { percent: 50, of: 20 },
      },
    },
    '3.3': {
      keyQuestions: {
        '3.3.1': { percent: 50, of: 20 },
        '3.3.2': { percent: 45, of: 20 },
        '3.3.3': { percent: 60, of: 20 },
      },
    },
    '3.4': { rating: 'Requires improvement' },
    '4.1': { rating: 'Requires improvement' },
  },
} as const satisfies InspectionEvidence<Youth2021>);
