import type { Rating } from './rating.js';

/** Where a text comes from: a report and the part of it. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly part?: string;
}

/** A prompt under a key question: descriptive only, it never feeds a rating. */
export interface Prompt {
  readonly id: string;
  readonly text: string;
}

/** A key question of a standard, answered yes or no per inspected case. */
export interface KeyQuestion {
  readonly id: string;
  readonly text: string;
  /** Only cases with one of these disposal ids answer the question (for example 3.4.2 in 2018). */
  readonly appliesTo?: readonly string[];
  readonly prompts: readonly Prompt[];
  readonly note?: string;
}

/** How a standard is rated: from its key questions' case figures, or as a single judgement. */
export type RatedBy = 'key-questions' | 'judgement';

/** A standard: the unit HMIP rates on the four-point scale. */
export interface Standard {
  readonly id: string;
  readonly name: string;
  /** The one-sentence standard statement, where a source gives it. */
  readonly statement?: string;
  readonly ratedBy: RatedBy;
  /** Whether the standard's score is added into the overall score. */
  readonly countsTowardOverall: boolean;
  /** Whether the standard may be left "not rated" (resettlement with no cases). */
  readonly mayBeNotRated?: boolean;
  readonly keyQuestions: readonly KeyQuestion[];
  readonly note?: string;
}

/** Which cases a domain's key questions are answered from. */
export type CaseKind = 'court' | 'out-of-court';

/** A domain: a broad area of work holding standards. */
export interface Domain {
  readonly id: string;
  readonly name: string;
  readonly caseKind?: CaseKind;
  readonly standards: readonly Standard[];
}

/**
 * Another name people give a disposal in their case records, with the source that uses it. A
 * sheet reader maps the alias to the disposal; names no source settles are never mapped.
 */
export interface DisposalAlias {
  readonly name: string;
  readonly source: SourceRef;
  /** Why the source settles the mapping. */
  readonly note?: string;
}

/** A type of disposal a case record may have. */
export interface Disposal {
  readonly id: string;
  readonly name: string;
  readonly kind: CaseKind;
  /** Other names for it that a cited source uses. */
  readonly aliases?: readonly DisposalAlias[];
}

/** A key-question band: figures from `from` (inclusive) up to the next band's `from` take `rating`. */
export interface KeyQuestionBand {
  readonly rating: Rating;
  readonly from: number;
  readonly label: string;
}

/** An overall band: scores from `from` to `to` (both inclusive) take `rating`. */
export interface OverallBand {
  readonly rating: Rating;
  readonly from: number;
  readonly to: number;
}

/** When the ratings panel may consider professional discretion. */
export interface DiscretionParameters {
  /** Percentage points either side of a band boundary. */
  readonly windowPoints: number;
  /** A figure resting on this many cases or fewer. */
  readonly smallSample: number;
}

/**
 * A framework: the standards of one version of an inspection programme with the parameters its
 * rules read. Content is data; the rules in this library read it and never hard-code it.
 */
export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly keyQuestionBands: readonly KeyQuestionBand[];
  readonly scores: Readonly<Record<Rating, number>>;
  readonly overallBands: readonly OverallBand[];
  readonly discretion: DiscretionParameters;
  readonly disposals: readonly Disposal[];
  readonly domains: readonly Domain[];
  readonly sources: readonly SourceRef[];
  /** What the sources do not give, and so the data leaves out. */
  readonly gaps: readonly string[];
}

/** The literal ids of a framework's standards, for example `StandardId<typeof youth2021>`. */
export type StandardId<F extends Framework> = F['domains'][number]['standards'][number]['id'];

/** The literal ids of a framework's domains. */
export type DomainId<F extends Framework> = F['domains'][number]['id'];

/** The literal ids of a framework's key questions. */
export type KeyQuestionId<F extends Framework> =
  F['domains'][number]['standards'][number]['keyQuestions'][number]['id'];

/** The literal ids of a framework's prompts. */
export type PromptId<F extends Framework> =
  F['domains'][number]['standards'][number]['keyQuestions'][number]['prompts'][number]['id'];

/** The standard with a given id, as a type. */
export type StandardOf<F extends Framework, Id extends StandardId<F>> = Extract<
  F['domains'][number]['standards'][number],
  { readonly id: Id }
>;
