import { expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sheets from '../src/sheets/index.js';

it('the public API is exactly this list of runtime exports (an accidental export or removal is a visible diff)', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ANSWERS',
    'RATINGS',
    'RatingRuleError',
    'answerSchema',
    'bandFor',
    'bandForCounts',
    'caseRecordSchema',
    'caseRecordsSchema',
    'cheshire2021',
    'cumberland2024',
    'defineFramework',
    'discretionDecisionSchema',
    'discretionTriggers',
    'formatLocation',
    'formatPath',
    'frameworkSchema',
    'frameworks',
    'inspectionEvidenceSchema',
    'inspectionRatingSchema',
    'isRating',
    'keyQuestionEvidenceSchema',
    'keyQuestionsOf',
    'lowestKeyQuestion',
    'overallBandFor',
    'percentYes',
    'publishedInspections',
    'rateCases',
    'rateInspection',
    'ratingMargins',
    'ratingRank',
    'ratingSchema',
    'ratingScore',
    'ratingsTable',
    'safeRateInspection',
    'standardEvidenceSchema',
    'standardsOf',
    'tallyCases',
    'walthamForest2024',
    'youth2018',
    'youth2021',
  ]);
});

it('hmip-ratings/sheets exports exactly this list', () => {
  expect(Object.keys(sheets).sort()).toEqual([
    'casesFromRows',
    'casesToRows',
    'casesWorkbook',
    'csvRows',
    'formatReport',
    'judgementsFromJson',
    'judgementsFromRows',
    'judgementsToRows',
    'promptTableCsv',
    'questionIds',
    'rateSheets',
    'readAnswer',
    'readCasesCsv',
    'readCasesWorkbook',
    'readJudgementsCsv',
    'toCsv',
  ]);
});
