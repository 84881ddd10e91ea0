// A case sheet's column headings in the team's own words: a key question's id at the start of the
// heading ("2.1.1", "Q2.1.1", "2.1.1 Does assessment ...", "2.1.1: ...") or its full wording in
// the framework (case, spacing, punctuation and curly or straight apostrophes forgiven), or a
// heading the team's column map names. A heading that reads as a question but is none of these is
// refused with the closest key questions by wording, and a line of a column map to edit.
import { frameworks, keyQuestionsOf, type Framework, type RatingIssue } from 'hmip-ratings';
import { isRecord, quoteText } from 'hmip-ratings/toolkit';
import { located } from './located.js';

/**
 * Text as a heading is compared with a key question's wording: lower case, curly quotes made
 * straight and apostrophes dropped ("child's" and "child’s" are both "childs"), any other run of
 * punctuation or space one space.
 */
export function wordingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032'`\u00b4]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// An id as a whole token at the start: "2.1.10" is never "2.1.1", "2.1.1a" is no id at all.
const LEADING_ID =
  /^(?:q(?:uestion)?\s*)?(\d{1,3}(?:\.\d{1,3}){1,3})(?:\.([a-z])(?![\p{L}\p{N}]))?(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/iu;

/** The question id a heading starts with ("Q2.1.1: Does ..." is 2.1.1), and the words after it. */
export function leadingId(
  heading: string,
): { readonly id: string; readonly rest: string } | undefined {
  const text = heading.trim();
  const match = LEADING_ID.exec(text);
  if (!match) return undefined;
  const id = `${match[1] as string}${match[2] ? `.${match[2].toLowerCase()}` : ''}`;
  return { id, rest: text.slice(match[0].length).replace(/^[\s:.)\-–—|]+/, '') };
}

const tokens = (text: string): Set<string> => new Set(wordingKey(text).split(' ').filter(Boolean));

/**
 * How alike two wordings are: the Dice coefficient of their sets of words (twice the words they
 * share over the words of both), from 0 (no word shared) to 1 (the same words).
 */
export function wordingLikeness(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** A heading that is this alike to a key question's wording is meant as that question. */
const QUESTION_LIKE = 0.5;
/** A heading ending with a question mark that is this alike is meant as a question too. */
const ASKED_LIKE = 0.3;

/** What a heading is: a question by its id, a problem, or another column (an attribute). */
export type HeadingReading =
  | { readonly question: string }
  | {
      readonly problem: string;
      readonly fix?: { readonly option: 'columns'; readonly value: string };
    }
  | 'attribute';

/** A column map checked against a framework: heading (by its wording key) to question id. */
export interface CheckedColumns {
  readonly byHeading: ReadonlyMap<string, string>;
  readonly issues: RatingIssue[];
}

/** One line of a CSV column map, each cell quoted where needed and a formula neutralised. */
export function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',');
}

/** Every id a case sheet's question columns may carry: key questions and prompts. */
export function questionIdsOf(framework: Framework): Set<string> {
  return new Set(
    keyQuestionsOf(framework).flatMap((kq) => [kq.id, ...kq.prompts.map((p) => p.id)]),
  );
}

/** The key question and prompt ids of each wording (by wording key): domains two and three share theirs. */
function wordingTable(framework: Framework): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const add = (text: string, id: string) => {
    const key = wordingKey(text);
    table.set(key, [...(table.get(key) ?? []), id]);
  };
  for (const kq of keyQuestionsOf(framework)) {
    add(kq.text, kq.id);
    for (const p of kq.prompts) add(p.text, p.id);
  }
  return table;
}

/** The key questions closest to a heading by wording, best first (ties in the framework's order). */
export function closestQuestions(
  framework: Framework,
  heading: string,
  count = 2,
): { readonly id: string; readonly text: string; readonly likeness: number }[] {
  return keyQuestionsOf(framework)
    .map((kq) => ({ id: kq.id, text: kq.text, likeness: wordingLikeness(heading, kq.text) }))
    .filter((c) => c.likeness > 0)
    .sort((a, b) => b.likeness - a.likeness)
    .slice(0, count);
}

const cut = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

/**
 * Reads a header row against a framework and a checked column map, each heading in this order:
 * the map; the heading as an id; an id at the start of the heading (refused when its words are
 * another question's wording); the heading as a key question's or prompt's full wording; a heading
 * that reads as a question and is none of these is refused with the closest questions by wording;
 * anything else is an attribute. A wording that several questions share (domain two's and three's)
 * is read in the framework's order when the sheet has one column for each of them, and refused as
 * ambiguous otherwise.
 */
export function readHeadings(
  headings: readonly string[],
  framework: Framework,
  columns: CheckedColumns | undefined,
): HeadingReading[] {
  const ids = questionIdsOf(framework);
  const wordings = wordingTable(framework);
  const shared = new Map<string, number[]>();
  const readings = headings.map((raw, index): HeadingReading => {
    const heading = raw.trim();
    const key = wordingKey(heading);
    const mapped = columns?.byHeading.get(key);
    if (mapped !== undefined) return { question: mapped };
    if (ids.has(heading)) return { question: heading };
    const lead = leadingId(heading);
    if (lead) {
      if (!ids.has(lead.id))
        return {
          problem: `${quoteText(heading)} is not a key question or prompt of ${framework.id}`,
        };
      const others = lead.rest === '' ? undefined : wordings.get(wordingKey(lead.rest));
      if (others && !others.includes(lead.id))
        return {
          problem: `${quoteText(heading)} starts with ${lead.id} but its words are those of ${others.join(' and ')}: correct the id or the words`,
        };
      return { question: lead.id };
    }
    const byWording = wordings.get(key);
    if (byWording?.length === 1) return { question: byWording[0] as string };
    if (byWording) {
      shared.set(key, [...(shared.get(key) ?? []), index]);
      return 'attribute'; // settled below, once every column with this wording is known
    }
    const closest = closestQuestions(framework, heading);
    const best = closest[0];
    // A column of the team's own ("Consent given?") stays an attribute: only a heading alike in
    // wording to a key question, or a question sharing some of its words, is taken for one.
    const likeness = best?.likeness ?? 0;
    if (likeness < QUESTION_LIKE && !(heading.endsWith('?') && likeness >= ASKED_LIKE))
      return 'attribute';
    return {
      problem: `${quoteText(heading)} reads as a question but is not a key question of ${framework.id} by id or wording${
        closest.length > 0
          ? `: the closest by wording ${closest.length > 1 ? 'are' : 'is'} ${closest.map((c) => `${c.id} (${cut(c.text)})`).join(' and ')}`
          : ''
      }; name its key question in a column map`,
      fix: { option: 'columns', value: csvLine([heading, best?.id ?? '']) },
    };
  });
  for (const [key, at] of shared) {
    const owners = wordings.get(key) as string[];
    at.forEach((index, n) => {
      const heading = (headings[index] as string).trim();
      readings[index] =
        at.length === owners.length
          ? { question: owners[n] as string }
          : {
              problem: `${quoteText(heading)} is the wording of ${owners.join(' and ')}, and the sheet does not have one column for each: start the heading with its id (such as "${owners[0]} ...") or name it in a column map`,
              fix: { option: 'columns', value: csvLine([heading, owners[0] as string]) },
            };
    });
  }
  return readings;
}

/** Where a column map came from, to locate its problems: a file and the row of each heading. */
export interface ColumnMapOrigin {
  readonly file: string;
  /** The row of each heading as given. */
  readonly rows: ReadonlyMap<string, number>;
  /** The labels of the heading and key question columns, such as `A (heading)`. */
  readonly labels: { readonly heading: string; readonly question: string };
}

/**
 * A column map checked against a framework: each key question must be the framework's (by its id,
 * also at the start of the text, or its full wording); no heading twice (by its wording key); no
 * two headings to one question. Problems are located in the map file when it came from one, or
 * at `options.columns` otherwise.
 */
export function checkColumns(
  entries: readonly (readonly [string, string])[],
  framework: Framework,
  origin?: ColumnMapOrigin,
): CheckedColumns {
  const ids = questionIdsOf(framework);
  const wordings = wordingTable(framework);
  const byHeading = new Map<string, string>();
  const byQuestion = new Map<string, string>();
  const issues: RatingIssue[] = [];
  const problem = (heading: string, message: string, column: 'heading' | 'key question') => {
    const row = origin?.rows.get(heading);
    issues.push(
      origin
        ? located(
            'invalid-option',
            message,
            origin.file,
            row,
            column === 'heading' ? origin.labels.heading : origin.labels.question,
          )
        : { code: 'invalid-option', path: ['options', 'columns', heading], message },
    );
  };
  for (const [heading, question] of entries) {
    const key = wordingKey(heading);
    const lead = leadingId(question);
    const id = ids.has(question.trim())
      ? question.trim()
      : lead && ids.has(lead.id)
        ? lead.id
        : wordings.get(wordingKey(question))?.length === 1
          ? wordings.get(wordingKey(question))?.[0]
          : undefined;
    if (key === '') problem(heading, 'the heading is blank', 'heading');
    else if (id === undefined)
      problem(
        heading,
        question.trim() === ''
          ? `${quoteText(heading)} has no key question: give its id, such as ${[...ids][0] ?? '2.1.1'}`
          : `${quoteText(question)} is not a key question or prompt of ${framework.id}`,
        'key question',
      );
    else if (byHeading.has(key))
      problem(heading, `${quoteText(heading)} is in the column map twice`, 'heading');
    else if (byQuestion.has(id))
      problem(
        heading,
        `${quoteText(heading)} and ${quoteText(byQuestion.get(id) as string)} are both mapped to ${id}: a key question has one column`,
        'key question',
      );
    else {
      byHeading.set(key, id);
      byQuestion.set(id, heading);
    }
  }
  return { byHeading, issues };
}

/**
 * The question ids a header row names, read against every built-in framework (and the column
 * map's questions), for choosing the framework a sheet follows before it is read.
 */
export function headerIds(
  header: readonly string[],
  columns: readonly (readonly [string, string])[] = [],
): string[] {
  const mapped = new Map(columns.map(([h, q]) => [wordingKey(h), q]));
  const all = Object.values(frameworks) as Framework[];
  const tables = all.map(wordingTable);
  return header.flatMap((h) => {
    const question = mapped.get(wordingKey(h));
    const id =
      leadingId(question ?? h)?.id ?? tables.map((t) => t.get(wordingKey(h))?.[0]).find(Boolean);
    return id === undefined ? [] : [id];
  });
}

/** A column map as a reader's `columns` option takes it: heading to key question. @category Sheets */
export type ColumnsOption = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

// The maps `readColumnMap` made, with the file and rows they came from, so that a problem found
// once the framework is known (an unknown key question) is located in the map file.
const ORIGINS = new WeakMap<object, ColumnMapOrigin>();

/** The check of a reader's `columns` option. */
export const columnsOption = (v: unknown): string | undefined =>
  columnEntries(v)
    ? undefined
    : 'must be a Map or an object of key questions by heading (text to text)';

/** A `columns` option read once into its entries, with its origin; undefined when it is not one. */
export function columnEntries(
  value: unknown,
): { readonly entries: [string, string][]; readonly origin?: ColumnMapOrigin } | undefined {
  const entries: [string, string][] = [];
  if (value instanceof Map) {
    try {
      for (const [k, v] of Map.prototype.entries.call(value) as Iterable<[unknown, unknown]>) {
        if (typeof k !== 'string' || typeof v !== 'string') return undefined;
        entries.push([k, v]);
      }
    } catch {
      return undefined; // a proxy or a look-alike of a Map: not one
    }
  } else if (isRecord(value)) {
    for (const k of Object.keys(value)) {
      const v = value[k];
      if (typeof v !== 'string') return undefined;
      entries.push([k, v]);
    }
  } else return undefined;
  const origin = ORIGINS.get(value as object);
  return origin ? { entries, origin } : { entries };
}

/** Records where a column map read from a file came from, so its problems are located there. */
export function registerOrigin(map: ReadonlyMap<string, string>, origin: ColumnMapOrigin): void {
  ORIGINS.set(map, origin);
}

/**
 * A `columns` option read once into the library's own Map (with the origin of the map it copies),
 * so that what is checked is what is used; undefined when none or not one (checked elsewhere).
 */
export function columnsCopy(value: unknown): ReadonlyMap<string, string> | undefined {
  const read = value === undefined ? undefined : columnEntries(value);
  if (!read) return undefined;
  const copy = new Map(read.entries);
  if (read.origin) ORIGINS.set(copy, read.origin);
  return copy;
}
