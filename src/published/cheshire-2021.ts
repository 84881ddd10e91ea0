import { deepFreeze } from '../model/deep-freeze.js';
import type { InspectionEvidence } from '../evidence/schema.js';
import type { Youth2018 } from '../frameworks/youth-2018.js';

/**
 * Cheshire youth justice service, published December 2021, fieldwork July 2021 (2018 standards):
 * the ratings table and key-question "% yes" tables as printed. Sub-samples were used (2.2.2's
 * 67% fits no count of 34), so figures are given as percentages only, except 3.4, which the
 * report says rests on two youth conditional caution cases. Published: Score 26/36, Good.
 * @category Published inspections
 */
export const cheshire2021 = /* @__PURE__ */ deepFreeze({
  framework: 'hmip-youth-2018',
  service: 'Cheshire Youth Justice Service',
  standards: {
    '1.1': { rating: 'Outstanding' },
    '1.2': { rating: 'Good' },
    '1.3': { rating: 'Good' },
    '1.4': { rating: 'Good' },
    '2.1': {
      keyQuestions: {
        '2.1.1': { percent: 74 },
        '2.1.2': { percent: 68 },
        '2.1.3': { percent: 71 },
      },
    },
    '2.2': {
      keyQuestions: {
        '2.2.1': { percent: 85 },
        '2.2.2': { percent: 67 },
        '2.2.3': { percent: 54 },
      },
    },
    '2.3': {
      keyQuestions: {
        '2.3.1': { percent: 88 },
        '2.3.2': { percent: 80 },
        '2.3.3': { percent: 68 },
      },
    },
    '2.4': {
      keyQuestions: {
        '2.4.1': { percent: 83 },
        '2.4.2': { percent: 65 },
        '2.4.3': { percent: 71 },
      },
    },
    '3.1': {
      keyQuestions: {
        '3.1.1': { percent: 87 },
        '3.1.2': { percent: 70 },
        '3.1.3': { percent: 96 },
      },
    },
    '3.2': {
      keyQuestions: {
        '3.2.1': { percent: 91 },
        '3.2.2': { percent: 75 },
        '3.2.3': { percent: 83 },
      },
    },
    '3.3': {
      keyQuestions: {
        '3.3.1': { percent: 87 },
        '3.3.2': { percent: 90 },
        '3.3.3': { percent: 83 },
      },
    },
    '3.4': { keyQuestions: { '3.4.1': { percent: 100, of: 2 }, '3.4.2': { percent: 100, of: 2 } } },
  },
} as const satisfies InspectionEvidence<Youth2018>);
