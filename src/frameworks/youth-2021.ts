import { deepFreeze } from '../model/deep-freeze.js';
import { CHESHIRE_RULES, CUMBERLAND, WALTHAM_FOREST } from './sources.js';
import {
  youthDiscretion,
  youthKeyQuestionBands,
  youthOverallBands,
  youthScores,
} from './youth-parameters.js';
import { youthDisposals } from './youth-disposals.js';

// Texts are verbatim from the Waltham Forest report (2021 standards, fieldwork January 2024); the
// Cumberland report prints the same texts with "YJS" for "YOT" and the key questions as stems.
// Key-question ids are positional. A test checks every text against the sources.

// The data, kept unexported: the export below gives it a name, so declarations and hovers
// read `Youth2021` instead of the whole literal.
const youth2021Data = /* @__PURE__ */ deepFreeze({
  id: 'hmip-youth-2021',
  name: 'HMIP youth justice inspection standards, 2021',
  keyQuestionBands: youthKeyQuestionBands,
  scores: youthScores,
  overallBands: youthOverallBands,
  discretion: youthDiscretion,
  disposals: youthDisposals,
  sources: [WALTHAM_FOREST, CUMBERLAND, CHESHIRE_RULES],
  gaps: [
    'Domain-one key questions and prompts are not printed in the 2021-standards reports and are left out.',
    'The key questions and prompts of 3.4 and 4.1 are not published in the source reports and are left out.',
    'Prompts of domains two and three are not published for the 2021 standards and are left out (the 2018 prompts are in youth2018).',
  ],
  domains: [
    {
      id: '1',
      name: 'Organisational delivery',
      standards: [
        {
          id: '1.1',
          name: 'Governance and leadership',
          statement:
            'The governance and leadership of the YOT supports and promotes the delivery of a high-quality, personalised and responsive service for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
        {
          id: '1.2',
          name: 'Staff',
          statement:
            'Staff within the YOT are empowered to deliver a high-quality, personalised and responsive service for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
        {
          id: '1.3',
          name: 'Partnerships and services',
          statement:
            'A comprehensive range of high-quality services is in place, enabling personalised and responsive provision for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
        {
          id: '1.4',
          name: 'Information and facilities',
          statement:
            'Timely and relevant information is available and appropriate facilities are in place to support a high-quality, personalised and responsive approach for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
      ],
    },
    {
      id: '2',
      name: 'Court disposals',
      caseKind: 'court',
      standards: [
        {
          id: '2.1',
          name: 'Assessment',
          statement:
            'Assessment is well-informed, analytical and personalised, actively involving the child and their parents or carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.1.1',
              text: "Does assessment sufficiently analyse how to support the child's desistance?",
              prompts: [],
            },
            {
              id: '2.1.2',
              text: 'Does assessment sufficiently analyse how to keep the child safe?',
              prompts: [],
            },
            {
              id: '2.1.3',
              text: 'Does assessment sufficiently analyse how to keep other people safe?',
              prompts: [],
            },
          ],
        },
        {
          id: '2.2',
          name: 'Planning',
          statement:
            'Planning is well-informed, holistic and personalised, actively involving the child and their parents or carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.2.1',
              text: "Does planning focus sufficiently on supporting the child's desistance?",
              prompts: [],
            },
            {
              id: '2.2.2',
              text: 'Does planning focus sufficiently on keeping the child safe?',
              prompts: [],
            },
            {
              id: '2.2.3',
              text: 'Does planning focus sufficiently on keeping other people safe?',
              prompts: [],
            },
          ],
        },
        {
          id: '2.3',
          name: 'Implementation and delivery',
          statement:
            'High-quality, well-focused, personalised and coordinated services are delivered, engaging and assisting the child.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.3.1',
              text: "Does the implementation and delivery of services effectively support the child's desistance?",
              prompts: [],
            },
            {
              id: '2.3.2',
              text: 'Does the implementation and delivery of services effectively support the safety of the child?',
              prompts: [],
            },
            {
              id: '2.3.3',
              text: 'Does the implementation and delivery of services effectively support the safety of other people?',
              prompts: [],
            },
          ],
        },
        {
          id: '2.4',
          name: 'Reviewing',
          statement:
            'Reviewing of progress is well-informed, analytical and personalised, actively involving the child and their parents or carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.4.1',
              text: "Does reviewing focus sufficiently on supporting the child's desistance?",
              prompts: [],
            },
            {
              id: '2.4.2',
              text: 'Does reviewing focus sufficiently on keeping the child safe?',
              prompts: [],
            },
            {
              id: '2.4.3',
              text: 'Does reviewing focus sufficiently on keeping other people safe?',
              prompts: [],
            },
          ],
        },
      ],
    },
    {
      id: '3',
      name: 'Out-of-court disposals',
      caseKind: 'out-of-court',
      standards: [
        {
          id: '3.1',
          name: 'Assessment',
          statement:
            'Assessment is well-informed, analytical and personalised, actively involving the child and their parents or carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '3.1.1',
              text: "Does assessment sufficiently analyse how to support the child's desistance?",
              prompts: [],
            },
            {
              id: '3.1.2',
              text: 'Does assessment sufficiently analyse how to keep the child safe?',
              prompts: [],
            },
            {
              id: '3.1.3',
              text: 'Does assessment sufficiently analyse how to keep other people safe?',
              prompts: [],
            },
          ],
        },
        {
          id: '3.2',
          name: 'Planning',
          statement:
            'Planning is well-informed, analytical and personalised, actively involving the child and their parents or carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '3.2.1',
              text: "Does planning focus on supporting the child's desistance?",
              prompts: [],
            },
            {
              id: '3.2.2',
              text: 'Does planning focus sufficiently on keeping the child safe?',
              prompts: [],
            },
            {
              id: '3.2.3',
              text: 'Does planning focus sufficiently on keeping other people safe?',
              prompts: [],
            },
          ],
        },
        {
          id: '3.3',
          name: 'Implementation and delivery',
          statement:
            'High-quality, well-focused, personalised and coordinated services are delivered, engaging and assisting the child.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '3.3.1',
              text: "Does service delivery effectively support the child's desistance?",
              prompts: [],
            },
            {
              id: '3.3.2',
              text: 'Does service delivery effectively support the safety of the child?',
              prompts: [],
            },
            {
              id: '3.3.3',
              text: 'Does service delivery effectively support the safety of other people?',
              prompts: [],
            },
          ],
        },
        {
          id: '3.4',
          name: 'Out-of-court disposal policy and provision',
          statement:
            'There is a high-quality, evidence-based out-of-court disposal service in place that promotes diversion and supports sustainable desistance.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
      ],
    },
    {
      id: '4',
      name: 'Resettlement',
      standards: [
        {
          id: '4.1',
          name: 'Resettlement policy and provision',
          statement:
            'There is a high-quality, evidence-based resettlement service for children leaving custody.',
          ratedBy: 'judgement',
          countsTowardOverall: false,
          mayBeNotRated: true,
          note: 'The rating for Resettlement does not influence the overall YJS rating.',
          keyQuestions: [],
        },
      ],
    },
  ],
} as const);

type Youth2021Data = typeof youth2021Data;

/**
 * The type of `youth2021`, by name: its ids are literal types, so `StandardId<Youth2021>` and
 * `InspectionEvidence<Youth2021>` know its standards and key questions.
 * @category Frameworks
 */
export interface Youth2021 extends Youth2021Data {} // eslint-disable-line @typescript-eslint/no-empty-object-type -- a name for the data's type

/**
 * The 2021 HMIP youth justice standards (applied inspection by inspection from the second half of
 * 2021 until early 2025): 13 standards; 3.4 Out-of-court disposal policy and provision is a scored
 * judgement; 4.1 Resettlement policy and provision is a judgement that never counts toward the
 * overall and may be "not rated".
 *
 * @example
 * youth2021.id // => 'hmip-youth-2021'
 * standardsOf(youth2021).length // => 13
 * @category Frameworks
 */
export const youth2021: Youth2021 = youth2021Data;
