import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('the public API is exactly this list of runtime exports (an accidental export or removal is a visible diff)', () => {
  expect(Object.keys(api).sort()).toEqual([
    'RATINGS',
    'RatingRuleError',
    'bandFor',
    'bandForCounts',
    'cheshire2021',
    'cumberland2024',
    'defineFramework',
    'discretionDecisionSchema',
    'discretionTriggers',
    'formatPath',
    'frameworkSchema',
    'frameworks',
    'inspectionEvidenceSchema',
    'isRating',
    'keyQuestionEvidenceSchema',
    'keyQuestionsOf',
    'lowestKeyQuestion',
    'overallBandFor',
    'percentYes',
    'publishedInspections',
    'rateInspection',
    'ratingRank',
    'ratingSchema',
    'ratingScore',
    'ratingsTable',
    'safeRateInspection',
    'standardEvidenceSchema',
    'standardsOf',
    'walthamForest2024',
    'youth2018',
    'youth2021',
  ]);
});
