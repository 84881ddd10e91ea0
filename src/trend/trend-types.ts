// The shapes of a trend: the audits given to `auditTrend`, and what it returns (each figure's
// points by audit, the changes between audits, the band changes and the notes).
import type { Rating } from '../model/rating.js';
import type { KeyQuestionBand, OverallBand, RatedBy } from '../model/types.js';
import type { BandingPolicy } from '../rules/band-for.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { RatingMethod } from '../rules/standard-rating.js';
import type { CaseTally } from '../cases/tally-cases.js';
import type { TrendDirection, TrendVerdict } from './share-change.js';

/** One audit given to `auditTrend`: its date, a label, its rating and (optionally) its tally. @category Trends */
export interface TrendAuditInput {
  /** The audit's date, yyyy-mm-dd; every audit's date differs. */
  readonly date: string;
  /** A name to show beside the date (a file name, "Q1 2024-25"); up to 200 characters. */
  readonly label?: string;
  /** The audit's rating, from `rateInspection` or `rateCases` (incomplete ratings are allowed). */
  readonly rating: InspectionRating;
  /** The audit's tally, from `tallyCases` or `rateCases`, for the sample sizes. */
  readonly tally?: CaseTally;
}

/** Options of `auditTrend`. @category Trends */
export interface TrendOptions {
  /** The level of the intervals changes are tested against, above 0 and below 1; 0.8 by default. */
  readonly level?: number;
}

/** One audit of a trend, in date order. @category Trends */
export interface TrendAudit {
  readonly date: string;
  readonly label?: string;
  /** Its position in the list given to `auditTrend`, from 0. */
  readonly given: number;
  readonly complete: boolean;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  /**
   * For an incomplete rating, why there is no score and no overall, in words
   * (`no overall: judgements missing (1.1, ...)`); its `score` is then not a score.
   */
  readonly noOverall?: string;
  /** The cases audited, when the tally was given. */
  readonly sample?: {
    readonly total: number;
    readonly court: number;
    readonly outOfCourt: number;
  };
}

/** A figure's change between two audits, and what the test of the intervals says. @category Trends */
export interface TrendChange {
  /** The earlier audit's date. */
  readonly from: string;
  /** The later audit's date. */
  readonly to: string;
  readonly direction: TrendDirection;
  /**
   * The later figure minus the earlier: percentage points of the printed "% yes" for a key
   * question and for a standard's lowest key question, score points for the overall.
   */
  readonly difference?: number;
  readonly fromBand?: Rating;
  readonly toBand?: Rating;
  /** Bands moved: the later band's rank minus the earlier's (+2 is two bands up). */
  readonly bandSteps?: number;
  readonly verdict: TrendVerdict;
  /** Why it was not tested. */
  readonly reason?: string;
  /** A sentence a team can paste, starting with the two dates. */
  readonly sentence: string;
}

/** A key question's figure in one audit. @category Trends */
export interface KeyQuestionPoint {
  readonly date: string;
  readonly yes?: number;
  readonly of?: number;
  readonly percent?: number;
  readonly band?: Rating;
  /** The lower end of the exact interval at the trend's level, a share from 0 to 1. */
  readonly lower?: number;
  /** The upper end of the interval. */
  readonly upper?: number;
  /** Every band the interval touches, lowest first. */
  readonly bands?: readonly Rating[];
  /** Why there is no figure or no interval. */
  readonly note?: string;
}

/** A key question across the audits. @category Trends */
export interface KeyQuestionTrend {
  readonly standard: string;
  readonly keyQuestion: string;
  readonly text: string;
  /** One point per audit, in date order. */
  readonly points: readonly KeyQuestionPoint[];
  /** Between each audit and the next. */
  readonly changes: readonly TrendChange[];
  /** From the first audit to the last. */
  readonly firstToLast: TrendChange;
}

/** A standard's rating in one audit. @category Trends */
export interface StandardPoint {
  readonly date: string;
  /** `'not-given'`: the audit has no rating of the standard (an incomplete rating). */
  readonly status: 'rated' | 'not-rated' | 'not-given';
  readonly rating?: Rating;
  readonly ruleRating?: Rating;
  readonly method?: RatingMethod;
  readonly lowest?: {
    readonly keyQuestion: string;
    readonly yes?: number;
    readonly of?: number;
    readonly percent?: number;
  };
  readonly score?: number;
  /** The panel's discretion, when it moved the rating or considered it. */
  readonly discretion?: 'raised' | 'lowered' | 'unchanged';
  /**
   * The bands the key questions' intervals allow: the lowest-question rule applied to the
   * intervals' lower ends and to their upper ends, widened to take in the rating given.
   */
  readonly allowed?: { readonly lowest: Rating; readonly highest: Rating };
  readonly note?: string;
}

/** A standard across the audits. @category Trends */
export interface StandardTrend {
  readonly standard: string;
  readonly name: string;
  readonly domain: string;
  readonly domainName: string;
  readonly ratedBy: RatedBy;
  readonly countsTowardOverall: boolean;
  readonly points: readonly StandardPoint[];
  readonly changes: readonly TrendChange[];
  readonly firstToLast: TrendChange;
}

/** The overall score and rating in one audit. @category Trends */
export interface OverallPoint {
  readonly date: string;
  readonly complete: boolean;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  /** The scores the intervals allow: each case-sampled standard's allowed bands, the judgements as given. */
  readonly allowed?: { readonly lowest: number; readonly highest: number };
  readonly note?: string;
}

/** The overall across the audits. @category Trends */
export interface OverallTrend {
  readonly points: readonly OverallPoint[];
  readonly changes: readonly TrendChange[];
  readonly firstToLast: TrendChange;
}

/** A figure that changed band between two audits. @category Trends */
export interface BandChange {
  /** The key question or standard id, or `'overall'`. */
  readonly figure: string;
  readonly kind: 'key question' | 'standard' | 'overall';
  readonly change: TrendChange;
}

/** What `auditTrend` returns. @category Trends */
export interface AuditTrend {
  readonly framework: { readonly id: string; readonly name: string };
  /** The framework's key-question bands (for the band lines of a chart). */
  readonly keyQuestionBands: readonly KeyQuestionBand[];
  /** The framework's overall bands. */
  readonly overallBands: readonly OverallBand[];
  readonly level: number;
  readonly banding: BandingPolicy;
  /** The audits in date order. */
  readonly audits: readonly TrendAudit[];
  /** Every key question of the case-sampled standards, in framework order. */
  readonly keyQuestions: readonly KeyQuestionTrend[];
  /** Every standard, in framework order. */
  readonly standards: readonly StandardTrend[];
  readonly overall: OverallTrend;
  /**
   * Every change of band between consecutive audits and, with three or more audits, from the first
   * to the last, by pair of audits in that order; within a pair key questions, then standards,
   * then the overall.
   */
  readonly bandChanges: readonly BandChange[];
  /** What the figures mean and do not mean, in sentences. */
  readonly notes: readonly string[];
}
