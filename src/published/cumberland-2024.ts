import { deepFreeze } from '../model/deep-freeze.js';
import type { InspectionEvidence } from '../evidence/schema.js';
import type { Youth2021 } from '../frameworks/youth-2021.js';

/**
 * Cumberland youth justice services, October 2024, fieldwork July 2024 (2021 standards): the
 * ratings table and key-question tables as printed. Samples are the report's: 8 court cases
 * (seven community sentences, one custodial) and 12 out-of-court disposals; that every key
 * question used the whole sample is inferred (every printed figure fits a count of 8 or 12), so
 * the counts are recovered from the percentages. 2.1 was raised by the ratings panel from
 * Inadequate (38%, 3 of 8) to Requires improvement. Published: Score 12/36, Requires improvement.
 * @category Published inspections
 */
export const cumberland2024 = /* @__PURE__ */ deepFreeze({
  framework: 'hmip-youth-2021',
  service: 'Cumberland Youth Justice Service',
  standards: {
    '1.1': { rating: 'Requires improvement' },
    '1.2': { rating: 'Good' },
    '1.3': { rating: 'Requires improvement' },
    '1.4': { rating: 'Good' },
    '2.1': {
      keyQuestions: {
        '2.1.1': { percent: 63, of: 8 },
        '2.1.2': { percent: 63, of: 8 },
        '2.1.3': { percent: 38, of: 8 },
      },
      discretion: {
        rating: 'Requires improvement',
        reason: "recorded in the footnote to the report's 2.1 table",
      },
    },
    '2.2': {
      keyQuestions: {
        '2.2.1': { percent: 63, of: 8 },
        '2.2.2': { percent: 63, of: 8 },
        '2.2.3': { percent: 25, of: 8 },
      },
    },
    '2.3': {
      keyQuestions: {
        '2.3.1': { percent: 63, of: 8 },
        '2.3.2': { percent: 50, of: 8 },
        '2.3.3': { percent: 50, of: 8 },
      },
    },
    '2.4': {
      keyQuestions: {
        '2.4.1': { percent: 75, of: 8 },
        '2.4.2': { percent: 25, of: 8 },
        '2.4.3': { percent: 50, of: 8 },
      },
    },
    '3.1': {
      keyQuestions: {
        '3.1.1': { percent: 92, of: 12 },
        '3.1.2': { percent: 58, of: 12 },
        '3.1.3': { percent: 42, of: 12 },
      },
    },
    '3.2': {
      keyQuestions: {
        '3.2.1': { percent: 92, of: 12 },
        '3.2.2': { percent: 67, of: 12 },
        '3.2.3': { percent: 58, of: 12 },
      },
    },
    '3.3': {
      keyQuestions: {
        '3.3.1': { percent: 92, of: 12 },
        '3.3.2': { percent: 67, of: 12 },
        '3.3.3': { percent: 67, of: 12 },
      },
    },
    '3.4': { rating: 'Requires improvement' },
    '4.1': { rating: 'Requires improvement' },
  },
} as const satisfies InspectionEvidence<Youth2021>);
