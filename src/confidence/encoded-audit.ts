// Case answers as compact typed arrays, built once after the cases have been validated (by
// tallyCases), so that resampling and breakdowns count answers without reading objects again.
import type { CaseRecord } from '../cases/case-record.js';
import type { BandingPolicy } from '../rules/band-for.js';
import type { Framework, KeyQuestion, KeyQuestionBand, Standard } from '../model/types.js';

/** The case-sampled standards and their key questions, indexed. */
export interface IndexedStandard {
  readonly standard: Standard;
  /** Index of its first key question in `EncodedAudit.keyQuestions`. */
  readonly first: number;
  readonly count: number;
}

/** The cases of one kind: per case, per key question it can answer, its answer as a code. */
export interface CaseBlock {
  readonly cases: number;
  /** The key questions these cases can answer, as indexes into `EncodedAudit.keyQuestions`. */
  readonly questions: Int32Array;
  /** Row-major, `cases` rows of `questions.length`: 0 yes, 1 no, 2 not applicable, 3 no answer. */
  readonly answers: Uint8Array;
  /** Row-major, `cases` rows of `questions.length`: 1 where the answer is yes. */
  readonly yes: Uint8Array;
  /** 1 where the case is in the question's sample (yes or no); 0 for not applicable or unanswered. */
  readonly of: Uint8Array;
}

export interface EncodedAudit {
  readonly keyQuestions: readonly {
    readonly keyQuestion: KeyQuestion;
    readonly standard: number;
  }[];
  readonly standards: readonly IndexedStandard[];
  readonly court: CaseBlock;
  readonly outOfCourt: CaseBlock;
  /** For each case in the order given: 0 court, 1 out-of-court; and its row in that block. */
  readonly kindOf: Uint8Array;
  readonly rowOf: Int32Array;
}

/** Encodes validated cases (tallyCases has accepted them) against a checked framework. */
export function encodeAudit(framework: Framework, cases: readonly CaseRecord[]): EncodedAudit {
  const keyQuestions: { keyQuestion: KeyQuestion; standard: number }[] = [];
  const standards: IndexedStandard[] = [];
  const kinds: (string | undefined)[] = [];
  for (const domain of framework.domains)
    for (const standard of domain.standards) {
      if (standard.ratedBy !== 'key-questions') continue;
      standards.push({ standard, first: keyQuestions.length, count: standard.keyQuestions.length });
      for (const keyQuestion of standard.keyQuestions) {
        keyQuestions.push({ keyQuestion, standard: standards.length - 1 });
        kinds.push(domain.caseKind);
      }
    }
  const kindOf = new Uint8Array(cases.length);
  const rowOf = new Int32Array(cases.length);
  const block = (kind: 'court' | 'out-of-court', code: number): CaseBlock => {
    const questions = Int32Array.from(
      kinds.flatMap((k, i) => (k === undefined || k === kind ? [i] : [])),
    );
    const members = cases.flatMap((c, i) => (c.kind === kind ? [i] : []));
    const width = questions.length;
    const codes = new Uint8Array(members.length * width);
    const yes = new Uint8Array(members.length * width);
    const of = new Uint8Array(members.length * width);
    members.forEach((index, row) => {
      kindOf[index] = code;
      rowOf[index] = row;
      const answers = (cases[index] as CaseRecord).answers;
      for (let j = 0; j < width; j++) {
        const id = keyQuestions[questions[j] as number]?.keyQuestion.id as string;
        const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
        const code = answer === 'yes' ? 0 : answer === 'no' ? 1 : answer === undefined ? 3 : 2;
        codes[row * width + j] = code;
        yes[row * width + j] = code === 0 ? 1 : 0;
        of[row * width + j] = code <= 1 ? 1 : 0;
      }
    });
    return { cases: members.length, questions, answers: codes, yes, of };
  };
  const court = block('court', 0);
  const outOfCourt = block('out-of-court', 1);
  return { keyQuestions, standards, court, outOfCourt, kindOf, rowOf };
}

/**
 * The band test as integer arithmetic: a figure yes/of is in band b when
 * `multiplier * yes >= thresholds[b] * of`. Rounded policy: the printed whole percent
 * round-half-up(100 yes / of) is at least ceil(from) exactly when 200 yes >= (2 ceil(from) - 1) of.
 * Exact policy: 100 yes >= from * of, the comparison `bandForCounts` makes.
 */
export interface BandTest {
  readonly multiplier: number;
  readonly thresholds: Float64Array;
}

export function bandTest(bands: readonly KeyQuestionBand[], banding: BandingPolicy): BandTest {
  return banding === 'exact'
    ? { multiplier: 100, thresholds: Float64Array.from(bands, (b) => b.from) }
    : { multiplier: 200, thresholds: Float64Array.from(bands, (b) => 2 * Math.ceil(b.from) - 1) };
}

/** The index of the band of yes/of (of >= 1), as `bandOf` would find it. */
export function bandIndex(test: BandTest, yes: number, of: number): number {
  const { multiplier, thresholds } = test;
  for (let b = thresholds.length - 1; b > 0; b--)
    if (multiplier * yes >= (thresholds[b] as number) * of) return b;
  return 0;
}
