import { RatingRuleError, standardsOf, type Framework } from 'hmip-ratings';
import {
  caseRecordSchema,
  type Answer,
  type CaseRecord,
  type Judgements,
} from 'hmip-ratings/cases';
import { argumentIssue, frameworkArgument, isRecord, plainRecords } from 'hmip-ratings/toolkit';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Whether a record holds an own "__proto__" key the schema drops unread where a key of another
 * name would be refused: on the record itself, an answer that is not one, an attribute not text.
 */
function dropsKey(c: unknown): boolean {
  const at = (o: unknown) =>
    isRecord(o) && Object.hasOwn(o, '__proto__') ? { value: o['__proto__'] } : undefined;
  const record = isRecord(c) ? c : {};
  const answer = at(record['answers']);
  const attribute = at(record['attributes']);
  return (
    at(c) !== undefined ||
    (answer !== undefined &&
      !(typeof answer.value === 'string' && Object.hasOwn(SHORT, answer.value))) ||
    (attribute !== undefined && typeof attribute.value !== 'string')
  );
}

/** An answer as a sheet writes it: yes, no or n/a. */
export const SHORT: Readonly<Record<Answer, string>> = {
  yes: 'yes',
  no: 'no',
  'not applicable': 'n/a',
};

function checkedFramework(framework: unknown): Framework {
  const checked = frameworkArgument(framework);
  if (!checked.framework) throw new RatingRuleError(checked.issues);
  return checked.framework;
}

/** The question columns of a case-audit sheet: every key question and prompt of the case-sampled standards. * @example
 * questionIds(youth2018).filter((id) => id.startsWith('3.4')) // => ['3.4.1', '3.4.1.a', '3.4.1.b', '3.4.1.c', '3.4.1.d', '3.4.1.e', '3.4.1.f', '3.4.2', '3.4.2.a', '3.4.2.b']
 * @category Sheets
 */
export function questionIds(framework: Framework): string[] {
  return standardsOf(checkedFramework(framework))
    .filter((s) => s.ratedBy === 'key-questions')
    .flatMap((s) => s.keyQuestions.flatMap((kq) => [kq.id, ...kq.prompts.map((p) => p.id)]));
}

/**
 * A case-audit sheet as rows of cells: the header (`case`, `kind`, `disposal`, question ids, then
 * any attribute columns the cases carry) and one row per case. With no cases it is the blank
 * template.
 *
 * @example
 * casesToRows(youth2021)[0]?.slice(0, 5) // => ['case', 'kind', 'disposal', '2.1.1', '2.1.2']
 * @category Sheets
 */
export function casesToRows(framework: Framework, cases: readonly CaseRecord[] = []): string[][] {
  const ids = questionIds(framework);
  // The records read once into plain data: what is checked is what is written.
  const list = plainRecords(cases);
  if (!list || !list.every((c) => caseRecordSchema.safeParse(c).success && !dropsKey(c)))
    throw new RatingRuleError([argumentIssue('cases', 'a list of valid case records', cases)]);
  const attributes: string[] = [];
  for (const c of list as CaseRecord[])
    for (const name of Object.keys(c.attributes ?? {}))
      if (!attributes.includes(name)) attributes.push(name);
  return [
    ['case', 'kind', 'disposal', ...ids, ...attributes],
    ...(list as CaseRecord[]).map((c) => [
      c.id,
      c.kind,
      c.disposal,
      ...ids.map((id) =>
        Object.hasOwn(c.answers, id) ? (SHORT[c.answers[id] as Answer] ?? '') : '',
      ),
      ...attributes.map((name) =>
        c.attributes && Object.hasOwn(c.attributes, name) ? (c.attributes[name] ?? '') : '',
      ),
    ]),
  ];
}

/**
 * The judgements sheet as rows: one row per standard with its name; ratings and reasons from
 * `judgements` where given, blank otherwise (the template).
 * @example
 * judgementsToRows(youth2021, { '1.1': { rating: 'Good' } })[1] // => ['1.1', 'Governance and leadership', 'Good', '']
 * @category Sheets
 */
export function judgementsToRows(framework: Framework, judgements: Judgements = {}): string[][] {
  const checked = checkedFramework(framework);
  if (!isRecord(judgements))
    throw new RatingRuleError([
      argumentIssue('judgements', 'an object of judgements by standard id', judgements),
    ]);
  return [
    ['standard', 'name', 'rating', 'reason'],
    ...standardsOf(checked).map((s) => {
      const j: unknown = Object.hasOwn(judgements, s.id) ? judgements[s.id] : undefined;
      const field = (o: unknown, key: string) => (isRecord(o) ? text(o[key]) : undefined);
      const discretion = isRecord(j) ? j['discretion'] : undefined;
      const notRated = field(j, 'notRated');
      const rating =
        field(j, 'rating') ??
        field(discretion, 'rating') ??
        (notRated !== undefined ? 'not rated' : '');
      return [s.id, s.name, rating, notRated ?? field(discretion, 'reason') ?? ''];
    }),
  ];
}
