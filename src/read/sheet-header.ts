// What the case and caseload sheets read alike: the header row (where each field is, the answer and
// attribute columns, a header twice, a blank header over values, a missing column and the column
// that may be it), and each row's disposal and kind of case.
import { type CaseKind, type Disposal, type Framework, type RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { columnLabel } from '../sheet/columns.js';
import { labelKey, labelTable } from '../sheet/labels.js';
import { located } from './located.js';

/** The kinds of case as a sheet may write them ("oocd" for out-of-court). */
export const KINDS = labelTable<CaseKind>([
  ['court', 'court'],
  ['out-of-court', 'out-of-court'],
  ['oocd', 'out-of-court'],
]);

/** A header that reads as a question id: digits and dots, and a prompt letter ("2.1.3", "2.1.1.a"). */
export const QUESTION_ID = /^\d+(?:\.\d+)+(?:\.[a-z])?$/i;

/** How a sheet's header row is read. */
export interface HeaderSpec<F extends string> {
  /** The sheet's fields, by the key of their header. */
  readonly fields: ReadonlyMap<string, F>;
  /** The key a header is looked up by, and told apart from the others by. */
  readonly keyOf: (header: string, index: number) => string;
  /** What a column with values but no header is told; without it, such a column is not read. */
  readonly unlabelled?: string;
  /** The words for a header given twice (the column it is also in follows). */
  readonly twice: (header: string, field: F | undefined, index: number) => string;
  /** What any other header is: an answer column, an attribute, a problem, or a column not read. */
  readonly other: (
    header: string,
    index: number,
  ) =>
    | 'question'
    | 'attribute'
    | 'skip'
    | { readonly question: string }
    | { readonly problem: string; readonly fix?: RatingIssue['fix'] };
}

/** A header row read: where each field is, the answer and attribute columns, and their labels. */
export interface SheetHeader<F extends string> {
  readonly at: Map<F, number>;
  readonly questionAt: [number, string][];
  readonly attributeAt: [number, string][];
  /** The column label of each field, question id and attribute, for example `D (2.1.3)`. */
  readonly columns: Map<string, string>;
  readonly issues: RatingIssue[];
}

/** Reads the header row (trimmed), with every problem in it located at row 1. */
export function readHeaderRow<F extends string>(
  rows: readonly (readonly string[])[],
  file: string,
  spec: HeaderSpec<F>,
): SheetHeader<F> {
  const header: SheetHeader<F> = {
    at: new Map(),
    questionAt: [],
    attributeAt: [],
    columns: new Map(),
    issues: [],
  };
  const problem = (code: RatingIssue['code'], message: string, label: string) =>
    header.issues.push(located(code, message, file, 1, label));
  const seen = new Map<string, string>();
  (rows[0] ?? []).forEach((cell, index) => {
    const raw = cell.trim();
    const label = columnLabel(index, raw);
    if (raw === '') {
      if (spec.unlabelled && rows.some((r, i) => i > 0 && (r[index] ?? '').trim() !== ''))
        problem('unknown-column', spec.unlabelled, label);
      return;
    }
    const field = spec.fields.get(spec.keyOf(raw, index));
    const key = field ?? spec.keyOf(raw, index);
    const also = seen.get(key);
    if (also !== undefined)
      return problem('invalid-file', `${spec.twice(raw, field, index)} (also ${also})`, label);
    seen.set(key, label);
    if (field) {
      header.at.set(field, index);
      header.columns.set(field, label);
      return;
    }
    const other = spec.other(raw, index);
    if (other === 'skip') return;
    if (typeof other === 'object' && 'problem' in other) {
      const issue = located('unknown-column', other.problem, file, 1, label);
      header.issues.push(other.fix ? { ...issue, fix: other.fix } : issue);
      return;
    }
    // A question is kept by its id ("2.1.1 Does assessment ..." answers 2.1.1).
    const name = typeof other === 'object' ? other.question : raw;
    (other === 'attribute' ? header.attributeAt : header.questionAt).push([index, name]);
    header.columns.set(name, label);
  });
  return header;
}

/**
 * A problem for each wanted field the header lacks, pointing at the first of `candidates` (columns
 * by index and header) that looks like it, if any.
 */
export function missingColumnIssues<F extends string>(
  wanted: readonly F[],
  at: ReadonlyMap<F, number>,
  candidates: readonly (readonly [number, string])[],
  file: string,
  near: Readonly<Partial<Record<string, RegExp>>>,
  nameOf: (field: F) => string = (field) => `"${field}"`,
): RatingIssue[] {
  return wanted
    .filter((field) => !at.has(field))
    .map((field) => {
      const like = candidates.find(([, header]) => near[field]?.test(header));
      return located(
        'missing-column',
        `there is no ${nameOf(field)} column in the header row${like ? `: if ${quoteText(like[1])} is it, name that column "${field}"` : ''}`,
        file,
        1,
        like ? columnLabel(like[0], like[1]) : undefined,
      );
    });
}

/** Every name a disposal may be typed as: its id, its name, its sourced aliases and the user's own. */
export function disposalTable(
  framework: Framework,
  userAliases: Readonly<Record<string, string>> = {},
): { readonly table: Map<string, Disposal>; readonly issues: RatingIssue[] } {
  const table = labelTable<Disposal>(
    framework.disposals.flatMap((d) => [
      [d.id, d] as const,
      [d.name, d] as const,
      ...(d.aliases ?? []).map((a) => [a.name, d] as const),
    ]),
  );
  const issues: RatingIssue[] = [];
  for (const name of Object.keys(userAliases)) {
    const target = userAliases[name];
    const disposal = typeof target === 'string' ? table.get(labelKey(target)) : undefined;
    const key = labelKey(name);
    if (!disposal)
      issues.push({
        code: 'invalid-option',
        path: ['disposalAliases', name],
        message: `${quoteText(name)} is mapped to ${typeof target === 'string' ? quoteText(target) : 'nothing'}, which is not a disposal of ${framework.id}: use ${framework.disposals.map((d) => d.name.toLowerCase()).join(', ')}`,
      });
    else if (table.has(key) && table.get(key) !== disposal)
      issues.push({
        code: 'invalid-option',
        path: ['disposalAliases', name],
        message: `${quoteText(name)} is already the name of ${(table.get(key) as Disposal).name.toLowerCase()}`,
      });
    else if (key !== '') table.set(key, disposal);
  }
  return { table, issues };
}

/** A problem in a row, in the column of a field. */
export type RowProblem = (
  code: RatingIssue['code'],
  message: string,
  field: 'disposal' | 'kind',
) => void;

/** Reads each row's disposal and kind of case against the framework's disposals and the user's aliases. */
export interface DisposalReader {
  /** The problems with the user's aliases. */
  readonly issues: RatingIssue[];
  /**
   * A row's disposal and kind from their cells' text (`disposalText` undefined when the sheet has
   * no disposal column, `kindText` blank when the kind follows from the disposal).
   */
  readonly read: (
    disposalText: string | undefined,
    kindText: string,
    problem: RowProblem,
  ) => { readonly disposal: Disposal | undefined; readonly kind: CaseKind | undefined };
}

/** A reader of disposals and kinds; the same few texts on every row are each looked up once. */
export function disposalReader(
  framework: Framework,
  aliases: Readonly<Record<string, string>> | undefined,
): DisposalReader {
  const { table, issues } = disposalTable(framework, aliases);
  const names = framework.disposals.map((d) => d.name.toLowerCase()).join(', ');
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = labelKey(text)));
    return key;
  };
  const read: DisposalReader['read'] = (disposalText, kindText, problem) => {
    const disposal = table.get(keyOf(disposalText ?? ''));
    if (!disposal && disposalText !== undefined)
      problem(
        'unknown-disposal',
        disposalText === ''
          ? `the case has no disposal: use ${names}`
          : `${quoteText(disposalText)} is not a disposal of ${framework.id}: use ${names}, or map it to one of them yourself with --disposal ${quoteText(`${disposalText}=DISPOSAL`)} (disposalAliases in code; the sources do not say which it is)`,
        'disposal',
      );
    const kind = kindText ? KINDS.get(keyOf(kindText)) : disposal?.kind;
    if (kindText && !kind)
      problem(
        'invalid-input',
        `${quoteText(kindText)} is not a kind of case: use court or out-of-court`,
        'kind',
      );
    else if (kind && disposal && kind !== disposal.kind)
      problem(
        'invalid-input',
        `a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${kind}`,
        'kind',
      );
    return { disposal, kind };
  };
  return { issues, read };
}
