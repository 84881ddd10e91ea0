import { expect, it } from 'vitest';
import * as sheets from '../../src/sheets.js';
import { ENTRIES } from '../support/entries.js';

// Each entry of hmip-ratings and its runtime names: an accidental export or removal is a visible
// diff. The root entry is the rating rules' core; the quality-assurance rooms have their own.
const EXPECTED: Record<keyof typeof ENTRIES, readonly string[]> = {
  '.': [
    'RATINGS',
    'RatingRuleError',
    'bandFor',
    'bandForCounts',
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
    'noOverallWords',
    'overallBandFor',
    'percentYes',
    'plainText',
    'rateInspection',
    'rateInspectionData',
    'ratingRank',
    'ratingSchema',
    'ratingScore',
    'ratingsTable',
    'safeRateInspection',
    'standardEvidenceSchema',
    'standardsOf',
    'youth2018',
    'youth2021',
  ],
  './cases': [
    'ANSWERS',
    'answerSchema',
    'caseRecordSchema',
    'caseRecordsSchema',
    'caseTallySchema',
    'rateCases',
    'tallyCases',
  ],
  './margins': ['marginsSchema', 'ratingMargins'],
  './sampling': [
    'DEFAULT_REAUDIT_MONTHS',
    'DEFAULT_SAMPLE_SEED',
    'DEFAULT_SIZE_POLICY',
    'DEFAULT_STRATA_ATTRIBUTES',
    'DEFAULT_WINDOWS',
    'addCalendarMonths',
    'auditedCaseSchema',
    'caseloadRecordSchema',
    'caseloadRecordsSchema',
    'drawSample',
    'normalQuantile',
    'sampleSize',
  ],
  './confidence': [
    'intervalRows',
    'keyQuestionInterval',
    'ratingIntervals',
    'resampleRating',
    'resampleRows',
  ],
  './breakdown': ['breakdownByGroup', 'breakdownRows'],
  './moderation': [
    'cohensKappa',
    'compareAudits',
    'compareGrades',
    'moderateCases',
    'roundKappa',
    'weightedKappa',
  ],
  './live': ['createLiveAudit'],
  './trend': ['auditTrend', 'auditTrendSchema', 'shareChange', 'trendRows'],
  './grades': [
    'GRADES',
    'GRADES_NOTE',
    'gradeCrossTab',
    'gradeDistribution',
    'gradeSummaryRows',
    'gradesByGroup',
    'summariseGrades',
  ],
  './actions': ['ACTION_STATUSES', 'MAX_ACTIONS', 'actionChanges', 'actionFigures', 'draftActions'],
  './published': ['cheshire2021', 'cumberland2024', 'publishedInspections', 'walthamForest2024'],
  './toolkit': [
    'PREVIEW_LENGTH',
    'argumentIssue',
    'describeFigure',
    'didYouMean',
    'frameworkArgument',
    'isBoolean',
    'isFunction',
    'isRecord',
    'isTrustedFramework',
    'issue',
    'numberIn',
    'oneOf',
    'optionIssues',
    'optionsSnapshot',
    'plainList',
    'plainRecords',
    'preview',
    'quoteText',
    'text',
    'wholeNumber',
  ],
};

for (const [entry, names] of Object.entries(EXPECTED)) {
  it(`hmip-ratings${entry.slice(1)} exports exactly its list`, () => {
    expect(Object.keys(ENTRIES[entry as keyof typeof ENTRIES]).sort()).toEqual(names);
  });
}

it('every name has one home: no name is exported by two entries', () => {
  const homes = new Map<string, string>();
  const twice: string[] = [];
  for (const [entry, names] of Object.entries(EXPECTED))
    for (const name of names) {
      const home = homes.get(name);
      if (home === undefined) homes.set(name, entry);
      else twice.push(`${name} (${home} and ${entry})`);
    }
  expect(twice).toEqual([]);
});

it('the root entry reads in one screen (at most 60 lines)', async () => {
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(new URL('../../src/index.ts', import.meta.url), 'utf8').split('\n');
  expect(lines.length).toBeLessThanOrEqual(60);
});

it('hmip-ratings-sheets exports exactly this list', () => {
  expect(Object.keys(sheets).sort()).toEqual([
    'ACTION_STATUS_WORDS',
    'LIMITS',
    'casesFromRows',
    'casesToRows',
    'casesWorkbook',
    'csvRows',
    'disagreementRows',
    'draftPlanCsv',
    'formatModeration',
    'formatReport',
    'formatSamplePlan',
    'formatTrend',
    'htmlReport',
    'judgementsFromJson',
    'judgementsFromRows',
    'judgementsToRows',
    'judgementsWorkbook',
    'keyQuestionChart',
    'moderateAudits',
    'overallScoreChart',
    'promptTableCsv',
    'questionIds',
    'rateAudit',
    'rateSheets',
    'ratedActions',
    'ratingCharts',
    'ratingGridChart',
    'readActions',
    'readAnswer',
    'readAuditLog',
    'readCaseload',
    'readCasesCsv',
    'readCasesWorkbook',
    'readColumnMap',
    'readJudgementsCsv',
    'resultsWorkbook',
    'sampleCaseload',
    'sampleCases',
    'sampleExclusionRows',
    'sampleStrataRows',
    'serverDocument',
    'svgMarkup',
    'toCsv',
    'trendActions',
    'trendAudits',
    'trendCharts',
    'trendFiles',
    'trendReport',
  ]);
});
