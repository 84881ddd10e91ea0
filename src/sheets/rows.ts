import type { Framework } from '../model/types.js';
import type { Answer, CaseRecord } from '../cases/case-record.js';
import type { Judgements } from '../cases/rate-cases.js';
import { standardsOf } from '../framework/standards-of.js';

const SHORT: Readonly<Record<Answer, string>> = { yes: 'yes', no: 'no', 'not applicable': 'n/a' };

/** The question columns of a case-audit sheet: every key question and prompt of the case-sampled standards. */
export function questionIds(framework: Framework): string[] {
  return standardsOf(framework)
    .filter((s) => s.ratedBy === 'key-questions')
    .flatMap((s) => s.keyQuestions.flatMap((kq) => [kq.id, ...kq.prompts.map((p) => p.id)]));
}

/**
 * A case-audit sheet as rows of cells: the header (`case`, `kind`, `disposal`, question ids) and
 * one row per case. With no cases it is the blank template.
 *
 * @example
 * casesToRows(youth2021)[0]?.slice(0, 5) // => ['case', 'kind', 'disposal', '2.1.1', '2.1.2']
 * @category Sheets
 */
export function casesToRows(framework: Framework, cases: readonly CaseRecord[] = []): string[][] {
  const ids = questionIds(framework);
  return [
    ['case', 'kind', 'disposal', ...ids],
    ...cases.map((c) => [
      c.id,
      c.kind,
      c.disposal,
      ...ids.map((id) => (Object.hasOwn(c.answers, id) ? SHORT[c.answers[id] as Answer] : '')),
    ]),
  ];
}

/**
 * The judgements sheet as rows: one row per standard with its name; ratings and reasons from
 * `judgements` where given, blank otherwise (the template).
 * @category Sheets
 */
export function judgementsToRows(framework: Framework, judgements: Judgements = {}): string[][] {
  return [
    ['standard', 'name', 'rating', 'reason'],
    ...standardsOf(framework).map((s) => {
      const j = Object.hasOwn(judgements, s.id) ? judgements[s.id] : undefined;
      const rating =
        j?.rating ?? j?.discretion?.rating ?? (j?.notRated !== undefined ? 'not rated' : '');
      return [s.id, s.name, rating, j?.notRated ?? j?.discretion?.reason ?? ''];
    }),
  ];
}
