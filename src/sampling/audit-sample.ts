// The audit sample's options and result: the windows, seed and strata a draw starts from by default,
// and the plan, sample and exclusions it gives back.
import type { CaseKind } from '../model/types.js';
import type { AuditedCase, CaseloadRecord } from './caseload-record.js';
import type { SampleSize, SizePolicy } from './sample-size.js';

/**
 * A window of disposal dates, in whole calendar months before the fieldwork start: a case is in the
 * window when its disposal was made from `max` months before the fieldwork start to `min` months
 * before it, both days included. `{ min: 6, max: 9 }` with fieldwork starting 7 July 2025 is
 * 7 October 2024 to 7 January 2025.
 * @category Sampling
 */
export interface MonthWindow {
  readonly min: number;
  readonly max: number;
}

/**
 * The windows of Cheshire's Annexe 1: court disposals made "six to nine months earlier",
 * out-of-court disposals "three to five months earlier".
 * @category Sampling
 */
export const DEFAULT_WINDOWS: Readonly<Record<CaseKind, MonthWindow>> = Object.freeze({
  court: Object.freeze({ min: 6, max: 9 }),
  'out-of-court': Object.freeze({ min: 3, max: 5 }),
});

/** The seed used when none is given, so a draw with no seed is still reproducible. @category Sampling */
export const DEFAULT_SAMPLE_SEED = 2021;

/** A case audited less than this many calendar months before the fieldwork start is left out. @category Sampling */
export const DEFAULT_REAUDIT_MONTHS = 12;

/**
 * The attributes HMIP's sentence names besides disposal ("gender, sentence or disposal type, risk
 * of serious harm, and risk to safety and wellbeing"), as caseload columns: the default strata are
 * `disposal` and whichever of these the caseload has (matched in any case).
 * @category Sampling
 */
export const DEFAULT_STRATA_ATTRIBUTES: readonly string[] = Object.freeze([
  'gender',
  'rosh',
  'safety',
]);

/** Options of `drawSample`. @category Sampling */
export interface SampleOptions {
  /** The first day of fieldwork, yyyy-mm-dd: the windows are counted back from it. Required. */
  readonly fieldwork: string;
  /** Each kind's window of disposal dates; by default `DEFAULT_WINDOWS` (Cheshire's). */
  readonly windows?: Readonly<Partial<Record<CaseKind, MonthWindow>>>;
  /** The log of earlier audits: a case audited recently (see `reauditMonths`) is left out. */
  readonly audited?: readonly AuditedCase[];
  /**
   * A case whose latest audit is less than this many calendar months before the fieldwork start
   * (dated after the fieldwork start minus these months) is left out; default 12, from 0 to 120.
   */
  readonly reauditMonths?: number;
  /** The size rule: one for both kinds, or one per kind (a kind left out takes the default). */
  readonly size?: SizePolicy | Readonly<Partial<Record<CaseKind, SizePolicy>>>;
  /**
   * The strata: `disposal` and attribute names (matched exactly, or else in any case). By default
   * `disposal` and whichever of `gender`, `rosh` and `safety` the caseload has. `[]` draws a simple
   * random sample of each kind.
   */
  readonly strata?: readonly string[];
  /** The seed of the random choice, a whole number from 0 to 2^53 - 1; default `DEFAULT_SAMPLE_SEED`. */
  readonly seed?: number;
}

/** Why a case of the caseload is not eligible. @category Sampling */
export type ExclusionReason = 'before-window' | 'after-window' | 'audited';

/** A case left out of the eligible population, and why. @category Sampling */
export interface ExcludedCase {
  readonly id: string;
  readonly kind: CaseKind;
  readonly disposal: string;
  readonly date: string;
  /**
   * `before-window`: its disposal was made before its kind's window (too long ago);
   * `after-window`: after it (too recent); `audited`: it was audited after `reaudit.auditedAfter`.
   */
  readonly reason: ExclusionReason;
  /** The date of the case's latest audit, when that is the reason. */
  readonly audited?: string;
}

/** One stratum of a kind's eligible population, and its part of the sample. @category Sampling */
export interface StratumRow {
  /** The stratum's value of each field of `AuditSample.strata`, in that order ('' for a blank). */
  readonly values: readonly string[];
  readonly population: number;
  /** Its share of the kind's eligible cases, a whole percent rounded half up. */
  readonly populationPercent: number;
  /** Its proportional share of the sample, size × population ÷ eligible, before rounding. */
  readonly proportional: number;
  readonly sample: number;
  /** Its share of the kind's sample, a whole percent rounded half up (none for an empty sample). */
  readonly samplePercent?: number;
}

/** One value of one stratifying field, over a kind's strata: how the marginal ratios compare. @category Sampling */
export interface MarginalRow {
  readonly field: string;
  readonly value: string;
  readonly population: number;
  readonly populationPercent: number;
  readonly proportional: number;
  readonly sample: number;
  readonly samplePercent?: number;
}

/** The plan and the draw for one kind of case. @category Sampling */
export interface KindPlan {
  readonly kind: CaseKind;
  /** The window's first and last dates (both included), and its months. */
  readonly window: { readonly start: string; readonly end: string; readonly months: MonthWindow };
  /** Cases of this kind in the caseload. */
  readonly caseload: number;
  readonly eligible: number;
  /** Left out for a disposal date outside the window. */
  readonly outsideWindow: number;
  /** Left out for a recent audit. */
  readonly recentlyAudited: number;
  readonly size: SampleSize;
  /** Every stratum with an eligible case, in the order of their values. */
  readonly strata: readonly StratumRow[];
  /** For each stratifying field and value, the population and sample counts. */
  readonly marginals: readonly MarginalRow[];
}

/** What `drawSample` returns: the plan, the sample and every case left out, with the seed. @category Sampling */
export interface AuditSample {
  readonly framework: string;
  readonly fieldwork: string;
  readonly seed: number;
  /** The stratifying fields: `disposal` and attribute names as the caseload spells them. */
  readonly strata: readonly string[];
  readonly reaudit: {
    readonly months: number;
    /** Cases whose latest audit is after this date are left out. */
    readonly auditedAfter: string;
    /** Entries in the audit log given. */
    readonly logEntries: number;
  };
  /** Court, then out-of-court. */
  readonly kinds: readonly KindPlan[];
  /** The sample, in caseload order: copies of the caseload's records. */
  readonly cases: readonly CaseloadRecord[];
  /** Every case left out, in caseload order. */
  readonly excluded: readonly ExcludedCase[];
}
