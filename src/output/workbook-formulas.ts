// The Ratings sheet of an audit workbook: HMIP's arithmetic as ordinary spreadsheet formulas on
// the workbook's own Cases and Judgements sheets, built from the framework's data (its bands,
// window, small sample, scores and overall bands). Pure: cells in, no workbook library here.
// Functions used, and nothing else (docs/calculating-workbook.md): ABS, AND, CHOOSE, COUNTIF,
// IF, IFERROR, INDEX, INT, LEN, LOWER, MATCH, MIN, OR, SMALL, SUBSTITUTE, SUM, TRIM.
import { RATINGS, standardsOf, type Framework, type Standard } from 'hmip-ratings';
import { questionIds } from '../sheet/layout.js';
import { columnLetter } from '../sheet/columns.js';

/** A cell of the Ratings sheet: text, a number, or a formula (without its leading `=`). */
export type RatingsCell = string | number | { readonly formula: string };

/** The Ratings sheet: its rows, and where each figure is (1-based rows). */
export interface RatingsSheet {
  readonly rows: readonly (readonly RatingsCell[])[];
  /** The header row of the standards table, and of the key-question table. */
  readonly standardsHeader: number;
  readonly keyQuestionsHeader: number;
}

/** Every function the formulas use: the docs list the same, and a test holds them to it. */
export const RATINGS_SHEET_FUNCTIONS = Object.freeze([
  'ABS',
  'AND',
  'CHOOSE',
  'COUNTIF',
  'IF',
  'IFERROR',
  'INDEX',
  'INT',
  'LEN',
  'LOWER',
  'MATCH',
  'MIN',
  'OR',
  'SMALL',
  'SUBSTITUTE',
  'SUM',
  'TRIM',
] as const);

/** The last row the formulas read on Cases: Excel's last row, so no case added later is missed. */
const LAST_CASE_ROW = 1048576;
/** The last row the formulas read on Judgements: room for rows added below the template's. */
const LAST_JUDGEMENT_ROW = 1000;
/** The rank of "no rating": above every rating, so MIN passes over it. */
const NONE = 9;

export const STANDARD_COLUMNS = [
  'standard',
  'name',
  'rating',
  'rule rating',
  'lowest key question',
  '% yes',
  'of',
  'near a boundary',
  'one case changes it',
  'five cases or fewer',
  'discretion possible',
  'Judgements rating',
  'score',
  'counts toward overall',
  'note',
  '(working) rule rank',
  '(working) rating rank',
  '(working) lowest at',
  '(working) typed',
  '(working) typed rank',
  '(working) reason given',
  '(working) problem',
  '(working) left out',
] as const;

export const KEY_QUESTION_COLUMNS = [
  'standard',
  'key question',
  'yes',
  'no',
  'of',
  '% yes',
  'band',
  ...Array.from({ length: 8 }, () => ''), // the working columns below the standards' working columns
  '(working) exact share',
  '(working) band rank',
  '(working) lowest of the others',
  '(working) one-case changes',
] as const;

/** A column's name without its "(working) " mark. */
type Named<T extends string> = T extends `(working) ${infer N}` ? N : T;
type StandardColumn = Named<(typeof STANDARD_COLUMNS)[number]>;
type KeyQuestionColumn = Named<(typeof KEY_QUESTION_COLUMNS)[number]>;

/** The 0-based index of a named column of a table, working or not. */
function indexOf(columns: readonly string[], name: string): number {
  const index = columns.findIndex((c) => c === name || c === `(working) ${name}`);
  if (index < 0) throw new Error(`no column ${name}`); // a slip in this file, never the caller's
  return index;
}
const S = (name: StandardColumn) => columnLetter(indexOf(STANDARD_COLUMNS, name));
const K = (name: KeyQuestionColumn) => columnLetter(indexOf(KEY_QUESTION_COLUMNS, name));

/** A formula's text literal: quotes doubled. */
const literal = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The rating of a rank (0-3) as text. */
const ratingName = (rank: string) => `CHOOSE(${rank}+1,${RATINGS.map(literal).join(',')})`;

/** % yes rounded half up once, in integers: floor((200 * yes + of) / (2 * of)). */
const percentOf = (yes: string, of: string) => `INT((200*(${yes})+${of})/(2*${of}))`;

/** The rank of the key-question band a whole percent falls in: the last band starting at or below it. */
function bandRank(framework: Framework, percent: string): string {
  const bands = framework.keyQuestionBands;
  let formula = String(RATINGS.indexOf((bands[0] as (typeof bands)[number]).rating));
  for (let i = 1; i < bands.length; i++) {
    const band = bands[i] as (typeof bands)[number];
    formula = `IF(${percent}>=${band.from},${RATINGS.indexOf(band.rating)},${formula})`;
  }
  return formula;
}

/** Whether a whole percent is within the window of a band boundary (inclusive, as by default). */
function nearBoundary(framework: Framework, percent: string): string {
  const bounds = framework.keyQuestionBands.slice(1).map((b) => b.from);
  const window = framework.discretion.windowPoints;
  return `OR(${(bounds.length > 0 ? bounds : [0]).map((b) => `ABS(${percent}-${b})<=${window}`).join(',')})`;
}

interface Place {
  readonly framework: Framework;
  /** The Cases column of each question id. */
  readonly caseColumns: ReadonlyMap<string, string>;
  /** The Ratings row of each standard. */
  readonly standardRows: ReadonlyMap<string, number>;
  /** The first and last key-question rows of each case-sampled standard. */
  readonly keyQuestionRows: ReadonlyMap<string, { first: number; last: number }>;
}

/** One key question's row: counts, % yes, band, and the one-case trigger's working. */
function keyQuestionRow(
  place: Place,
  standard: Standard,
  id: string,
  row: number,
): readonly RatingsCell[] {
  const { framework } = place;
  const column = place.caseColumns.get(id) as string;
  const answers = `Cases!$${column}$2:$${column}$${LAST_CASE_ROW}`;
  const count = (...words: string[]) =>
    words.map((w) => `COUNTIF(${answers},${literal(w)})`).join('+');
  const cell = (name: KeyQuestionColumn) => `${K(name)}${row}`;
  const [yes, of, percent, rank] = [cell('yes'), cell('of'), cell('% yes'), cell('band rank')];
  const span = place.keyQuestionRows.get(standard.id) as { first: number; last: number };
  const ranks = `$${K('band rank')}$${span.first}:$${K('band rank')}$${span.last}`;
  const rule = `$${S('rule rank')}$${place.standardRows.get(standard.id) as number}`;
  const others =
    span.first === span.last
      ? String(NONE)
      : `IF(AND(${rank}=${rule},COUNTIF(${ranks},${rule})=1),SMALL(${ranks},2),${rule})`;
  const moved = (change: string) =>
    `IF(MIN(${bandRank(framework, percentOf(`${yes}${change}`, of))},${cell('lowest of the others')})<>${rule},1,0)`;
  const cells: RatingsCell[] = KEY_QUESTION_COLUMNS.map(() => '');
  const set = (name: KeyQuestionColumn, value: RatingsCell) => {
    cells[indexOf(KEY_QUESTION_COLUMNS, name)] = value;
  };
  set('standard', standard.id);
  set('key question', id);
  set('yes', { formula: count('yes', 'y') });
  set('no', { formula: count('no', 'n') });
  set('of', { formula: `${yes}+${cell('no')}` });
  set('% yes', { formula: `IF(${of}=0,"",${percentOf(yes, of)})` });
  set('band', { formula: `IF(${of}=0,"no applicable cases",${ratingName(rank)})` });
  set('exact share', { formula: `IF(${of}=0,"",${yes}/${of})` });
  set('band rank', { formula: `IF(${of}=0,${NONE},${bandRank(framework, percent)})` });
  set('lowest of the others', { formula: others });
  set('one-case changes', {
    formula: `IF(${of}=0,0,IF(${yes}<${of},${moved('+1')},0)+IF(${yes}>0,${moved('-1')},0))`,
  });
  return cells;
}

/** What is typed for a standard on the Judgements sheet: its rating (normalised) and its reason. */
function typed(id: string, column: 'C' | 'D'): string {
  const rows = (c: string) => `Judgements!$${c}$2:$${c}$${LAST_JUDGEMENT_ROW}`;
  return `IFERROR(INDEX(${rows(column)},MATCH(${literal(id)},${rows('A')},0))&"","")`;
}

/** The typed rating's rank: -1 blank, 0-3 a rating, 4 "not rated", 9 anything else. */
function typedRank(text: string): string {
  const words = [...RATINGS.map((r) => r.toLowerCase()), 'not rated'];
  let formula = String(NONE);
  for (let i = words.length - 1; i >= 0; i--)
    formula = `IF(${text}=${literal(words[i] as string)},${i},${formula})`;
  return `IF(${text}="",-1,${formula})`;
}

/** The cells every standard's row shares: the typed judgement, the score and what is left out. */
function judgementCells(standard: Standard, row: number, framework: Framework) {
  const cell = (name: StandardColumn) => `${S(name)}${row}`;
  const scores = RATINGS.map((r) => framework.scores[r]).join(',');
  const normalised = `LOWER(TRIM(SUBSTITUTE(SUBSTITUTE(${typed(standard.id, 'C')},"-"," "),"_"," ")))`;
  return {
    cell,
    shown: { formula: typed(standard.id, 'C') },
    typed: { formula: normalised },
    typedRank: { formula: typedRank(cell('typed')) },
    reason: { formula: `IF(LEN(TRIM(${typed(standard.id, 'D')}))>0,"yes","no")` },
    score: standard.countsTowardOverall
      ? { formula: `IF(${cell('rating rank')}="","",CHOOSE(${cell('rating rank')}+1,${scores}))` }
      : '',
  };
}

/** A case-sampled standard's row: rule rating by its lowest key question, triggers, discretion. */
function caseSampledRow(place: Place, standard: Standard, row: number): readonly RatingsCell[] {
  const { framework } = place;
  const j = judgementCells(standard, row, framework);
  const { cell } = j;
  const span = place.keyQuestionRows.get(standard.id) as { first: number; last: number };
  const range = (name: KeyQuestionColumn) => `$${K(name)}$${span.first}:$${K(name)}$${span.last}`;
  const [rule, lowestAt, typedAt, reason] = [
    cell('rule rank'),
    cell('lowest at'),
    cell('typed rank'),
    cell('reason given'),
  ];
  const rated = (formula: string) => ({ formula: `IF(${lowestAt}="","",${formula})` });
  const yesNo = (test: string) => rated(`IF(${test},"yes","no")`);
  const lowest = (name: KeyQuestionColumn) => `INDEX(${range(name)},${lowestAt})`;
  const allowed = `AND(${rule}<${NONE},${typedAt}<=3,${reason}="yes",ABS(${typedAt}-${rule})<=1,${cell('discretion possible')}="yes")`;
  const note =
    `IF(${typedAt}=-1,IF(${rule}=${NONE},"not rated: no case answers its key questions",""),` +
    `IF(${rule}=${NONE},"check: there is no rating to apply discretion to",` +
    `IF(${typedAt}=4,"check: rated from the cases, it cannot be marked not rated",` +
    `IF(${typedAt}=${NONE},"check: the Judgements rating is not a rating",` +
    `IF(${reason}<>"yes","check: a discretion decision needs a reason",` +
    `IF(ABS(${typedAt}-${rule})>1,"check: discretion moves only to an adjacent rating",` +
    `IF(${cell('discretion possible')}<>"yes","check: no trigger makes discretion possible",` +
    `"discretion: from "&${ratingName(rule)}&" to "&${ratingName(typedAt)})))))))`;
  return [
    standard.id,
    standard.name,
    {
      formula: `IF(${cell('rating rank')}<>"",${ratingName(cell('rating rank'))},IF(${cell('problem')}=1,"see note","Not rated"))`,
    },
    rated(ratingName(rule)),
    rated(lowest('key question')),
    rated(lowest('% yes')),
    rated(lowest('of')),
    yesNo(nearBoundary(framework, cell('% yes'))),
    yesNo(`SUM(${range('one-case changes')})>0`),
    yesNo(`${cell('of')}<=${framework.discretion.smallSample}`),
    yesNo(
      `OR(${cell('near a boundary')}="yes",${cell('one case changes it')}="yes",${cell('five cases or fewer')}="yes")`,
    ),
    j.shown,
    j.score,
    standard.countsTowardOverall ? 'yes' : 'no',
    { formula: note },
    { formula: `MIN(${range('band rank')})` },
    {
      formula: `IF(${typedAt}=-1,IF(${rule}=${NONE},"",${rule}),IF(${allowed},${typedAt},""))`,
    },
    {
      formula: `IF(${rule}=${NONE},"",MATCH(MIN(${range('exact share')}),${range('exact share')},0))`,
    },
    j.typed,
    j.typedRank,
    j.reason,
    { formula: `IF(OR(${typedAt}=-1,${allowed}),0,1)` },
    standard.countsTowardOverall
      ? { formula: `IF(AND(${cell('problem')}=0,${cell('rating rank')}=""),1,0)` }
      : 0,
  ];
}

/** A judgement standard's row: the rating typed on the Judgements sheet. */
function judgementRow(framework: Framework, standard: Standard, row: number): RatingsCell[] {
  const j = judgementCells(standard, row, framework);
  const { cell } = j;
  const typedAt = cell('typed rank');
  const reason = cell('reason given');
  const problem = `OR(${typedAt}=${NONE},AND(${typedAt}=4,${reason}<>"yes"))`;
  const note =
    `IF(${typedAt}=-1,"no rating on the Judgements sheet yet",` +
    `IF(${typedAt}=${NONE},"check: the Judgements rating is not a rating",` +
    `IF(${typedAt}=4,IF(${reason}="yes","not rated: "&TRIM(${typed(standard.id, 'D')}),"check: say why it was not rated in the reason column"),"")))`;
  const leftOut = standard.countsTowardOverall
    ? `IF(OR(${typedAt}=-1,${typedAt}=4),1,0)`
    : `IF(${typedAt}=-1,1,0)`;
  return [
    standard.id,
    standard.name,
    {
      formula: `IF(${cell('rating rank')}<>"",${ratingName(cell('rating rank'))},IF(${cell('problem')}=1,"see note","Not rated"))`,
    },
    ...['', '', '', '', '', '', '', ''],
    j.shown,
    j.score,
    standard.countsTowardOverall ? 'yes' : 'no',
    { formula: note },
    '',
    { formula: `IF(AND(${typedAt}>=0,${typedAt}<=3),${typedAt},"")` },
    '',
    j.typed,
    j.typedRank,
    j.reason,
    { formula: `IF(${problem},1,0)` },
    { formula: `IF(${problem},0,${leftOut})` },
  ];
}

/** The overall rows: score, maximum, complete, problems and the overall band. */
function overallRows(framework: Framework, first: number, last: number, row: number) {
  const column = (name: StandardColumn) => `$${S(name)}$${first}:$${S(name)}$${last}`;
  const top = Math.max(...RATINGS.map((r) => framework.scores[r]));
  const counted = standardsOf(framework).filter((s) => s.countsTowardOverall).length;
  const score = `B${row}`;
  let band = '""';
  for (const b of [...framework.overallBands].reverse())
    band = `IF(AND(${score}>=${b.from},${score}<=${b.to}),${literal(b.rating)},${band})`;
  return [
    ['score', { formula: `SUM(${column('score')})` }],
    ['maximum', counted * top],
    ['complete', { formula: `IF(SUM(${column('left out')})=0,"yes","no")` }],
    ['problems', { formula: `SUM(${column('problem')})` }],
    [
      'overall',
      {
        formula: `IF(B${row + 3}>0,"check the notes",IF(B${row + 2}="yes",${band},"incomplete"))`,
      },
    ],
  ] as RatingsCell[][];
}

/**
 * The Ratings sheet of an audit workbook whose Cases and Judgements sheets are laid out as
 * `casesToRows` and `judgementsToRows` write them: a row per standard (rating, rule rating, lowest
 * key question, triggers, the Judgements sheet's rating, score), the score and overall band, then
 * a row per key question (yes, no, of, % yes, band). The framework must be checked already.
 */
export function ratingsSheet(framework: Framework): RatingsSheet {
  const ids = questionIds(framework);
  const caseColumns = new Map(ids.map((id, i) => [id, columnLetter(3 + i)]));
  const standards = standardsOf(framework);
  const sampled = standards.filter((s) => s.ratedBy === 'key-questions');
  const standardRows = new Map(standards.map((s, i) => [s.id as string, 2 + i]));
  const overallAt = standards.length + 3;
  const keyQuestionsHeader = overallAt + 6;
  const keyQuestionRows = new Map<string, { first: number; last: number }>();
  let next = keyQuestionsHeader + 1;
  for (const s of sampled) {
    keyQuestionRows.set(s.id, { first: next, last: next + s.keyQuestions.length - 1 });
    next += s.keyQuestions.length;
  }
  const place: Place = { framework, caseColumns, standardRows, keyQuestionRows };
  const rows: RatingsCell[][] = [
    [...STANDARD_COLUMNS],
    ...standards.map((s, i) =>
      s.ratedBy === 'key-questions'
        ? [...caseSampledRow(place, s, 2 + i)]
        : judgementRow(framework, s, 2 + i),
    ),
    [],
    ...overallRows(framework, 2, standards.length + 1, overallAt),
    [],
    [...KEY_QUESTION_COLUMNS],
  ];
  for (const s of sampled)
    s.keyQuestions.forEach((kq, i) => {
      rows.push([...keyQuestionRow(place, s, kq.id, (keyQuestionRows.get(s.id)?.first ?? 0) + i)]);
    });
  return { rows, standardsHeader: 1, keyQuestionsHeader };
}
