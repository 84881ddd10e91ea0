import { cumberland2024 } from 'hmip-ratings/published';
import { keyQuestionsOf, youth2021 } from 'hmip-ratings';
import { type CaseRecord } from 'hmip-ratings/cases';

/**
 * Cumberland's cases, reconstructed: the report gives each key question's "% yes" over 8 court
 * cases (seven community sentences, one custodial) and 12 out-of-court disposals (three youth
 * conditional cautions, nine community resolutions). Which cases answered yes is not published:
 * here the first k cases of the sample answer yes to a key question with k yes answers.
 */
export function cumberlandCases(): CaseRecord[] {
  const court = Array.from({ length: 8 }, (_, i) => ({
    id: `court-${i + 1}`,
    kind: 'court' as const,
    disposal: i < 7 ? 'community-sentence' : 'custodial-sentence',
    answers: {} as Record<string, 'yes' | 'no'>,
  }));
  const oocd = Array.from({ length: 12 }, (_, i) => ({
    id: `oocd-${i + 1}`,
    kind: 'out-of-court' as const,
    disposal: i < 3 ? 'youth-conditional-caution' : 'community-resolution',
    answers: {} as Record<string, 'yes' | 'no'>,
  }));
  const standards = cumberland2024.standards as Record<
    string,
    { keyQuestions?: Record<string, { percent: number; of: number }> }
  >;
  for (const kq of keyQuestionsOf(youth2021)) {
    const figure = standards[kq.id.split('.').slice(0, 2).join('.')]?.keyQuestions?.[kq.id];
    if (!figure) continue;
    const sample = figure.of === 8 ? court : oocd;
    const yes = Math.round((figure.percent * figure.of) / 100); // unique for samples this small
    sample.forEach((c, i) => (c.answers[kq.id] = i < yes ? 'yes' : 'no'));
  }
  return [...court, ...oocd];
}

/** The panel's part, as the report prints it: judgements, and 2.1's discretion from the footnote to its table. */
export const cumberlandJudgements = {
  '1.1': { rating: 'Requires improvement' },
  '1.2': { rating: 'Good' },
  '1.3': { rating: 'Requires improvement' },
  '1.4': { rating: 'Good' },
  '2.1': {
    discretion: {
      rating: 'Requires improvement',
      reason: "recorded in the footnote to the report's 2.1 table",
    },
  },
  '3.4': { rating: 'Requires improvement' },
  '4.1': { rating: 'Requires improvement' },
} as const;
