import { deepFreeze } from '../model/deep-freeze.js';
import { CHESHIRE, CHESHIRE_RULES } from './sources.js';
import {
  youthDiscretion,
  youthKeyQuestionBands,
  youthOverallBands,
  youthScores,
} from './youth-parameters.js';
import { youthDisposals } from './youth-disposals.js';

// Texts are verbatim from the Cheshire report (2018 standards): standard statements and key
// questions from its body, prompts from its Annexe 2, apostrophes normalised to '. Key-question
// and prompt ids are positional, in the report's order. A test checks every text against the source.

// The data, kept unexported: the export below gives it a name, so declarations and hovers
// read `Youth2018` instead of the whole literal.
const youth2018Data = /* @__PURE__ */ deepFreeze({
  id: 'hmip-youth-2018',
  name: 'HMIP youth justice inspection standards, 2018',
  keyQuestionBands: youthKeyQuestionBands,
  scores: youthScores,
  overallBands: youthOverallBands,
  discretion: youthDiscretion,
  disposals: youthDisposals,
  sources: [CHESHIRE, CHESHIRE_RULES],
  gaps: [
    'Domain-one prompts are not published in the source reports and are left out.',
    'The 2018 statement of standard 3.2 is left out: Cheshire prints the assessment statement under 3.2 by mistake.',
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
          keyQuestions: [
            {
              id: '1.1.1',
              text: 'Is there a clear local vision and strategy for the delivery of a high-quality, personalised and responsive service for all children?',
              prompts: [],
            },
            {
              id: '1.1.2',
              text: 'Do the partnership arrangements actively support effective service delivery?',
              prompts: [],
            },
            {
              id: '1.1.3',
              text: 'Does the leadership of the YOT support effective service delivery?',
              prompts: [],
            },
          ],
        },
        {
          id: '1.2',
          name: 'Staff',
          statement:
            'Staff within the YOT are empowered to deliver a high-quality, personalised and responsive service for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '1.2.1',
              text: 'Do staffing and workload levels support the delivery of a high-quality, personalised and responsive service for all children?',
              prompts: [],
            },
            {
              id: '1.2.2',
              text: 'Do the skills of YOT staff support the delivery of a high-quality, personalised and responsive service for all children?',
              prompts: [],
            },
            {
              id: '1.2.3',
              text: 'Does the oversight of work support high-quality delivery and professional development?',
              prompts: [],
            },
            {
              id: '1.2.4',
              text: 'Are arrangements for learning and development comprehensive and responsive?',
              prompts: [],
            },
          ],
        },
        {
          id: '1.3',
          name: 'Partnerships and services',
          statement:
            'A comprehensive range of high-quality services is in place, enabling personalised and responsive provision for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '1.3.1',
              text: 'Is there a sufficiently comprehensive and up-to-date analysis of the profile of children, to ensure that the YOT can deliver well-targeted services?',
              prompts: [],
            },
            {
              id: '1.3.2',
              text: 'Does the YOT partnership have access to the volume, range and quality of services and interventions to meet the needs of all children?',
              prompts: [],
            },
            {
              id: '1.3.3',
              text: 'Are arrangements with statutory partners, providers and other agencies established, maintained and used effectively to deliver high-quality services?',
              prompts: [],
            },
          ],
        },
        {
          id: '1.4',
          name: 'Information and facilities',
          statement:
            'Timely and relevant information is available and appropriate facilities are in place to support a high-quality, personalised and responsive approach for all children.',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '1.4.1',
              text: 'Are the necessary policies and guidance in place to enable staff to deliver a quality service, meeting the needs of all children?',
              prompts: [],
            },
            {
              id: '1.4.2',
              text: "Does the YOT's delivery environment(s) meet the needs of all children and enable staff to deliver a quality service?",
              prompts: [],
            },
            {
              id: '1.4.3',
              text: 'Do the information and communication technology (ICT) systems enable staff to deliver a quality service, meeting the needs of all children?',
              prompts: [],
            },
            {
              id: '1.4.4',
              text: 'Is analysis, evidence and learning used effectively to drive improvement?',
              prompts: [],
            },
          ],
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
            'Assessment is well-informed, analytical and personalised, actively involving the child and their parents/carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.1.1',
              text: "Does assessment sufficiently analyse how to support the child's desistance?",
              prompts: [
                {
                  id: '2.1.1.a',
                  text: "Is there sufficient analysis of offending behaviour, including the child's attitudes towards and motivations for their offending?",
                },
                {
                  id: '2.1.1.b',
                  text: 'Does assessment consider the diversity and wider familial and social context of the child, utilising information held by other agencies?',
                },
                {
                  id: '2.1.1.c',
                  text: "Does assessment focus on the child's strengths and protective factors?",
                },
                {
                  id: '2.1.1.d',
                  text: 'Does assessment analyse the key structural barriers facing the child?',
                },
                {
                  id: '2.1.1.e',
                  text: "Is sufficient attention given to understanding the child's levels of maturity, ability and motivation to change, and their likelihood of engaging with the court disposal?",
                },
                {
                  id: '2.1.1.f',
                  text: 'Does assessment give sufficient attention to the needs and wishes of the victim/s, and opportunities for restorative justice?',
                },
                {
                  id: '2.1.1.g',
                  text: 'Is the child and their parents/carers meaningfully involved in their assessment, and are their views taken into account?',
                },
              ],
            },
            {
              id: '2.1.2',
              text: 'Does assessment sufficiently analyse how to keep the child safe?',
              prompts: [
                {
                  id: '2.1.2.a',
                  text: 'Does assessment clearly identify and analyse any risks to the safety and wellbeing of the child?',
                },
                {
                  id: '2.1.2.b',
                  text: 'Does assessment draw sufficiently on available sources of information, including other assessments, and involve other agencies where appropriate?',
                },
                {
                  id: '2.1.2.c',
                  text: 'Does assessment analyse controls and interventions to promote the safety and wellbeing of the child?',
                },
              ],
            },
            {
              id: '2.1.3',
              text: 'Does assessment sufficiently analyse how to keep other people safe?',
              prompts: [
                {
                  id: '2.1.3.a',
                  text: 'Does assessment clearly identify and analyse any risk of harm to others posed by the child, including identifying who is at risk and the nature of that risk?',
                },
                {
                  id: '2.1.3.b',
                  text: 'Does assessment draw sufficiently on available sources of information, including past behaviour and convictions, and involve other agencies where appropriate?',
                },
                {
                  id: '2.1.3.c',
                  text: 'Does assessment analyse controls and interventions to manage and minimise the risk of harm presented by the child?',
                },
              ],
            },
          ],
        },
        {
          id: '2.2',
          name: 'Planning',
          statement:
            'Planning is well-informed, holistic and personalised, actively involving the child and their parents/carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.2.1',
              text: "Does planning focus sufficiently on supporting the child's desistance?",
              prompts: [
                {
                  id: '2.2.1.a',
                  text: 'Does planning set out the services most likely to support desistance, paying sufficient attention to the available timescales and the need for sequencing?',
                },
                {
                  id: '2.2.1.b',
                  text: 'Does planning take sufficient account of the diversity and wider familial and social context of the child?',
                },
                {
                  id: '2.2.1.c',
                  text: "Does planning take sufficient account of the child's strengths and protective factors, and seek to reinforce or develop these as necessary?",
                },
                {
                  id: '2.2.1.d',
                  text: "Does planning take sufficient account of the child's levels of maturity, ability and motivation to change, and seek to develop these as necessary?",
                },
                {
                  id: '2.2.1.e',
                  text: 'Does planning give sufficient attention to the needs and wishes of the victim/s?',
                },
                {
                  id: '2.2.1.f',
                  text: 'Is the child and their parents/carers meaningfully involved in planning, and are their views taken into account?',
                },
              ],
            },
            {
              id: '2.2.2',
              text: 'Does planning focus sufficiently on keeping the child safe?',
              prompts: [
                {
                  id: '2.2.2.a',
                  text: 'Does planning promote the safety and wellbeing of the child, sufficiently addressing risks?',
                },
                {
                  id: '2.2.2.b',
                  text: 'Does planning involve other agencies where appropriate, and is there sufficient alignment with other plans (e.g. child protection or care plans) concerning the child?',
                },
                {
                  id: '2.2.2.c',
                  text: 'Does planning set out the necessary controls and interventions to promote the safety and wellbeing of the child?',
                },
                {
                  id: '2.2.2.d',
                  text: 'Does planning set out necessary and effective contingency arrangements to manage those risks that have been identified?',
                },
              ],
            },
            {
              id: '2.2.3',
              text: 'Does planning focus sufficiently on keeping other people safe?',
              prompts: [
                {
                  id: '2.2.3.a',
                  text: 'Does planning promote the safety of other people, sufficiently addressing risk of harm factors?',
                },
                { id: '2.2.3.b', text: 'Does planning involve other agencies where appropriate?' },
                {
                  id: '2.2.3.c',
                  text: 'Does planning address any specific concerns and risks related to actual and potential victims?',
                },
                {
                  id: '2.2.3.d',
                  text: 'Does planning set out the necessary controls and interventions to promote the safety of other people?',
                },
                {
                  id: '2.2.3.e',
                  text: 'Does planning set out necessary and effective contingency arrangements to manage those risks that have been identified?',
                },
              ],
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
              prompts: [
                {
                  id: '2.3.1.a',
                  text: 'Are the delivered services those most likely to support desistance, with sufficient attention given to sequencing and the available timescales?',
                },
                {
                  id: '2.3.1.b',
                  text: 'Does service delivery reflect the diversity and wider familial and social context of the child, involving parents/carers or significant others?',
                },
                {
                  id: '2.3.1.c',
                  text: "Does service delivery build upon the child's strengths and enhance protective factors?",
                },
                {
                  id: '2.3.1.d',
                  text: 'Is sufficient focus given to developing and maintaining an effective working relationship with the child and their parents/carers?',
                },
                {
                  id: '2.3.1.e',
                  text: 'Does service delivery promote opportunities for community integration including access to services post-supervision?',
                },
                {
                  id: '2.3.1.f',
                  text: "Is sufficient attention given to encouraging and enabling the child's compliance with the work of the YOT?",
                },
                { id: '2.3.1.g', text: 'Are enforcement actions taken when appropriate?' },
              ],
            },
            {
              id: '2.3.2',
              text: 'Does the implementation and delivery of services effectively support the safety of the child?',
              prompts: [
                {
                  id: '2.3.2.a',
                  text: 'Does service delivery promote the safety and wellbeing of the child?',
                },
                {
                  id: '2.3.2.b',
                  text: 'Is the involvement of other organisations in keeping the child safe sufficiently well-coordinated?',
                },
              ],
            },
            {
              id: '2.3.3',
              text: 'Does the implementation and delivery of services effectively support the safety of other people?',
              prompts: [
                {
                  id: '2.3.3.a',
                  text: 'Are the delivered services sufficient to manage and minimise the risk of harm?',
                },
                {
                  id: '2.3.3.b',
                  text: 'Is sufficient attention given to the protection of actual and potential victims?',
                },
                {
                  id: '2.3.3.c',
                  text: 'Is the involvement of other agencies in managing the risk of harm sufficiently well-coordinated?',
                },
              ],
            },
          ],
        },
        {
          id: '2.4',
          name: 'Reviewing',
          statement:
            'Reviewing of progress is well-informed, analytical and personalised, actively involving the child and their parents/carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '2.4.1',
              text: "Does reviewing focus sufficiently on supporting the child's desistance?",
              prompts: [
                {
                  id: '2.4.1.a',
                  text: 'Does reviewing identify and respond to changes in factors linked to desistance?',
                },
                {
                  id: '2.4.1.b',
                  text: "Does reviewing focus sufficiently on building upon the child's strengths and enhancing protective factors?",
                },
                {
                  id: '2.4.1.c',
                  text: 'Does reviewing consider motivation and engagement levels and any relevant barriers?',
                },
                {
                  id: '2.4.1.d',
                  text: 'Is the child and their parents/carers meaningfully involved in reviewing their progress and engagement, and are their views taken into account?',
                },
                {
                  id: '2.4.1.e',
                  text: 'Does reviewing lead to the necessary adjustments in the ongoing plan of work to support desistance?',
                },
              ],
            },
            {
              id: '2.4.2',
              text: 'Does reviewing focus sufficiently on keeping the child safe?',
              prompts: [
                {
                  id: '2.4.2.a',
                  text: 'Does reviewing identify and respond to changes in factors related to safety and wellbeing?',
                },
                {
                  id: '2.4.2.b',
                  text: 'Is reviewing informed by the necessary input from other agencies involved in promoting the safety and wellbeing of the child?',
                },
                {
                  id: '2.4.2.c',
                  text: 'Does reviewing lead to the necessary adjustments in the ongoing plan of work to promote the safety and wellbeing of the child?',
                },
              ],
            },
            {
              id: '2.4.3',
              text: 'Does reviewing focus sufficiently on keeping other people safe?',
              prompts: [
                {
                  id: '2.4.3.a',
                  text: 'Does reviewing identify and respond to changes in factors related to risk of harm?',
                },
                {
                  id: '2.4.3.b',
                  text: 'Is reviewing informed by the necessary input from other agencies involved in managing the risk of harm?',
                },
                {
                  id: '2.4.3.c',
                  text: 'Is the child and their parents/carers meaningfully involved in reviewing their risk of harm, and are their views taken into account?',
                },
                {
                  id: '2.4.3.d',
                  text: 'Does reviewing lead to the necessary adjustments in the ongoing plan of work to manage and minimise the risk of harm?',
                },
              ],
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
            'Assessment is well-informed, analytical and personalised, actively involving the child and their parents/carers.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '3.1.1',
              text: "Does assessment sufficiently analyse how to support the child's desistance?",
              prompts: [
                {
                  id: '3.1.1.a',
                  text: "Is there sufficient analysis of offending behaviour, including the child's acknowledgement of responsibility, attitudes towards and motivations for their offending?",
                },
                {
                  id: '3.1.1.b',
                  text: 'Does assessment consider the diversity and wider familial and social context of the child, utilising information held by other agencies?',
                },
                {
                  id: '3.1.1.c',
                  text: "Does assessment focus on the child's strengths and protective factors?",
                },
                {
                  id: '3.1.1.d',
                  text: 'Does assessment analyse the key structural barriers facing the child?',
                },
                {
                  id: '3.1.1.e',
                  text: "Is sufficient attention given to understanding the child's levels of maturity, ability and motivation to change?",
                },
                {
                  id: '3.1.1.f',
                  text: 'Does assessment give sufficient attention to the needs and wishes of the victim/s, and opportunities for restorative justice?',
                },
                {
                  id: '3.1.1.g',
                  text: 'Is the child and their parents/carers meaningfully involved in their assessment, and are their views taken into account?',
                },
              ],
            },
            {
              id: '3.1.2',
              text: 'Does assessment sufficiently analyse how to keep the child safe?',
              prompts: [
                {
                  id: '3.1.2.a',
                  text: 'Does assessment clearly identify and analyse any risks to the safety and wellbeing of the child?',
                },
                {
                  id: '3.1.2.b',
                  text: 'Does assessment draw sufficiently on available sources of information, including other assessments, and involve other agencies where appropriate?',
                },
              ],
            },
            {
              id: '3.1.3',
              text: 'Does assessment sufficiently analyse how to keep other people safe?',
              prompts: [
                {
                  id: '3.1.3.a',
                  text: 'Does assessment clearly identify and analyse any risk of harm to others posed by the child, including identifying who is at risk and the nature of that risk?',
                },
                {
                  id: '3.1.3.b',
                  text: 'Does assessment draw sufficiently on available sources of information, including any other assessments that have been completed, and other evidence of behaviour by the child?',
                },
              ],
            },
          ],
        },
        {
          id: '3.2',
          name: 'Planning',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          note: 'The 2018 statement of 3.2 is not given: the source prints the assessment statement under 3.2 by mistake.',
          keyQuestions: [
            {
              id: '3.2.1',
              text: "Does planning focus on supporting the child's desistance?",
              prompts: [
                {
                  id: '3.2.1.a',
                  text: 'Does planning set out the services most likely to support desistance, paying sufficient attention to the available timescales and the need for sequencing?',
                },
                {
                  id: '3.2.1.b',
                  text: 'Does planning take sufficient account of the diversity and wider familial and social context of the child?',
                },
                {
                  id: '3.2.1.c',
                  text: "Does planning take sufficient account of the child's strengths and protective factors, and seek to reinforce or develop these as necessary?",
                },
                {
                  id: '3.2.1.d',
                  text: "Does planning take sufficient account of the child's levels of maturity, ability and motivation to change, and seek to develop these as necessary?",
                },
                {
                  id: '3.2.1.e',
                  text: 'Does planning take sufficient account of opportunities for community integration, including access to mainstream services following completion of out-of-court disposal work?',
                },
                {
                  id: '3.2.1.f',
                  text: 'Does planning give sufficient attention to the needs and wishes of the victim/s?',
                },
                {
                  id: '3.2.1.g',
                  text: 'Is the child and their parents/carers meaningfully involved in planning, and are their views taken into account?',
                },
              ],
            },
            {
              id: '3.2.2',
              text: 'Does planning focus sufficiently on keeping the child safe?',
              prompts: [
                {
                  id: '3.2.2.a',
                  text: 'Does planning promote the safety and wellbeing of the child, sufficiently addressing risks?',
                },
                {
                  id: '3.2.2.b',
                  text: 'Does planning involve other agencies where appropriate, and is there sufficient alignment with other plans (e.g. child protection or care plans) concerning the child?',
                },
                {
                  id: '3.2.2.c',
                  text: 'Does planning include necessary contingency arrangements for those risks that have been identified?',
                },
              ],
            },
            {
              id: '3.2.3',
              text: 'Does planning focus sufficiently on keeping other people safe?',
              prompts: [
                {
                  id: '3.2.3.a',
                  text: 'Does planning promote the safety of other people, sufficiently addressing risk of harm factors?',
                },
                { id: '3.2.3.b', text: 'Does planning involve other agencies where appropriate?' },
                {
                  id: '3.2.3.c',
                  text: 'Does planning address any specific concerns and risks related to actual and potential victims?',
                },
                {
                  id: '3.2.3.d',
                  text: 'Does planning include necessary contingency arrangements for those risks that have been identified?',
                },
              ],
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
              prompts: [
                {
                  id: '3.3.1.a',
                  text: 'Are the delivered services those most likely to support desistance, with sufficient attention given to sequencing and the available timescales?',
                },
                {
                  id: '3.3.1.b',
                  text: 'Does service delivery reflect the diversity and wider familial and social context of the child, involving parents/carers or significant others?',
                },
                {
                  id: '3.3.1.c',
                  text: 'Is sufficient focus given to developing and maintaining an effective working relationship with the child and their parents/carers?',
                },
                {
                  id: '3.3.1.d',
                  text: "Is sufficient attention given to encouraging and enabling the child's compliance with the work of the YOT?",
                },
                {
                  id: '3.3.1.e',
                  text: 'Does service delivery promote opportunities for community integration, including access to mainstream services?',
                },
              ],
            },
            {
              id: '3.3.2',
              text: 'Does service delivery effectively support the safety of the child?',
              prompts: [
                {
                  id: '3.3.2.a',
                  text: 'Does service delivery promote the safety and wellbeing of the child?',
                },
                {
                  id: '3.3.2.b',
                  text: 'Is the involvement of other agencies in keeping the child safe sufficiently well utilised and coordinated?',
                },
              ],
            },
            {
              id: '3.3.3',
              text: 'Does service delivery effectively support the safety of other people?',
              prompts: [
                {
                  id: '3.3.3.a',
                  text: 'Is sufficient attention given to the protection of actual and potential victims?',
                },
                {
                  id: '3.3.3.b',
                  text: 'Are the delivered services sufficient to manage and minimise the risk of harm?',
                },
              ],
            },
          ],
        },
        {
          id: '3.4',
          name: 'Joint working',
          statement:
            'Joint working with the police supports the delivery of high-quality, personalised and coordinated services.',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            {
              id: '3.4.1',
              text: "Are the YOT's recommendations sufficiently well-informed, analytical and personalised to the child, supporting joint decision making?",
              prompts: [
                {
                  id: '3.4.1.a',
                  text: 'Are the recommendations by the YOT for out-of-court disposal outcomes, conditions and interventions appropriate and proportionate?',
                },
                {
                  id: '3.4.1.b',
                  text: "Do the recommendations consider the degree of the child's understanding of the offence and their acknowledgement of responsibility?",
                },
                {
                  id: '3.4.1.c',
                  text: 'Is a positive contribution made by the YOT to determining the disposal?',
                },
                {
                  id: '3.4.1.d',
                  text: "Is sufficient attention given to the child's understanding, and their parents/carers' understanding, of the implications of receiving an out-of-court disposal?",
                },
                {
                  id: '3.4.1.e',
                  text: 'Is the information provided to inform decision making timely to meet the needs of the case, legislation and guidance?',
                },
                {
                  id: '3.4.1.f',
                  text: 'Is the rationale for joint disposal decisions appropriate and clearly recorded?',
                },
              ],
            },
            {
              id: '3.4.2',
              text: 'Does the YOT work effectively with the police in implementing the out-of-court disposal?',
              appliesTo: ['youth-conditional-caution'],
              note: 'This question is only relevant in youth conditional caution cases.',
              prompts: [
                {
                  id: '3.4.2.a',
                  text: 'Does the YOT inform the police of progress and outcomes in a sufficient and timely manner?',
                },
                {
                  id: '3.4.2.b',
                  text: 'Is sufficient attention given to compliance with and enforcement of the conditions?',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} as const);

type Youth2018Data = typeof youth2018Data;

/**
 * The type of `youth2018`, by name: its ids are literal types, so `StandardId<Youth2018>` and
 * `InspectionEvidence<Youth2018>` know its standards and key questions.
 * @category Frameworks
 */
export interface Youth2018 extends Youth2018Data {} // eslint-disable-line @typescript-eslint/no-empty-object-type -- a name for the data's type

/**
 * The 2018 HMIP youth justice standards (inspections from June 2018 to the second half of 2021):
 * 12 rated standards; 3.4 Joint working is rated from two key questions, the second answered by
 * youth conditional caution cases only.
 *
 * @example
 * youth2018.id // => 'hmip-youth-2018'
 * standardsOf(youth2018).length // => 12
 * @category Frameworks
 */
export const youth2018: Youth2018 = youth2018Data;
