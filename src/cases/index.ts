/**
 * hmip-ratings/cases: mock inspections from case answers. Each audited case answers the key
 * questions yes, no or not applicable; the tally gives each key question's figure, the rules rate them.
 *
 * @module hmip-ratings/cases
 */
export {
  ANSWERS,
  answerSchema,
  caseRecordSchema,
  caseRecordsSchema,
  type Answer,
  type CaseRecord,
} from './case-record.js';
export {
  tallyCases,
  type AnswerCount,
  type CaseTally,
  type PromptRow,
  type TallyOptions,
} from './tally-cases.js';
export { rateCases, type CaseRating, type Judgements } from './rate-cases.js';
export { caseTallySchema } from './tally-schema.js';
