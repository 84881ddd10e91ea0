// <hmip-audit-grid>: the answers of a live audit, case by key question, edited from the keyboard
// or by pasting a spreadsheet range, with the ratings re-rated as each answer changes. One grid
// (ARIA grid pattern, one cell in the tab order at a time); every answer and rating in words.
import { RatingRuleError, type Framework, type RatingIssue } from 'hmip-ratings';
import type { Answer, CaseRecord } from 'hmip-ratings/cases';
import type { LiveAudit, LiveAuditChange } from 'hmip-ratings/live';
import { argumentIssue, isFunction, isRecord, issue, quoteText } from 'hmip-ratings/toolkit';
import { answerForKey, answerWords } from './answers.js';
import {
  answers,
  gridColumns,
  pastedEdits,
  percentByKeyQuestion,
  summaryWords,
  type GridColumn,
  type GridEdit,
} from './grid-model.js';
import { ElementBase, el, type RatingsTableElement } from './ratings-table.js';
import { GRID_CSS } from './styles.js';

/**
 * The detail of the `hmip-rating-change` event: the audit's rating after the edits, and the
 * standards they re-rated, in framework order.
 * @category Elements
 */
export interface RatingChangeDetail {
  readonly rating: ReturnType<LiveAudit['rating']>;
  readonly standards: readonly string[];
}

/** The detail of the `hmip-edit-refused` event: every problem with the edit, which changed nothing. @category Elements */
export interface EditRefusedDetail {
  readonly issues: readonly RatingIssue[];
}

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The methods of a live audit the grid uses. */
const AUDIT_METHODS = ['setAnswer', 'rating', 'cases', 'subscribe'] as const;

/**
 * `<hmip-audit-grid>`: an editable grid of a live audit's answers. Call `bind(framework, audit)`
 * with an audit from `createLiveAudit`; arrow keys (Home, End, Ctrl+Home, Ctrl+End) move, y / n /
 * a (not applicable) answer, Delete or Backspace clears, and a pasted range fills the grid from
 * the active cell. The attribute `label` names the grid (default "Audit answers"). Fires
 * `hmip-rating-change` after the edits that re-rate standards and `hmip-edit-refused` when the
 * rules refuse an edit (nothing changes). Registered by `defineElements`.
 * @category Elements
 */
export class AuditGridElement extends ElementBase {
  /** The tag of the ratings table the grid shows, set by `defineElements`. @internal */
  static tableTag = 'hmip-ratings-table';
  #audit: LiveAudit | undefined;
  #columns: GridColumn[] = [];
  #cases: CaseRecord[] = [];
  #active = { row: 0, column: 0 };
  #stop: (() => void) | undefined;
  #changed = new Set<string>();
  #pending = false;

  /** The live audit the grid edits, once bound. */
  get audit(): LiveAudit | undefined {
    return this.#audit;
  }

  /**
   * Shows and edits `audit` (from `createLiveAudit(framework, ...)`); edits made to the audit
   * elsewhere show too. Binding again replaces the audit.
   * @throws {RatingRuleError} for a framework or audit of the wrong kind
   */
  bind(framework: Framework, audit: LiveAudit): void {
    const issues = bindIssues(framework, audit);
    if (issues.length > 0) throw new RatingRuleError(issues);
    this.#stop?.();
    this.#audit = audit;
    this.#columns = gridColumns(framework);
    this.#active = { row: 0, column: 0 };
    this.#stop = audit.subscribe((change) => this.#edited(change));
    this.#build();
  }

  /**
   * Pastes a spreadsheet range (cells split by tabs, rows by new lines) with its top left on the
   * active cell: every answer set, or, on any problem, none. Returns how many answers changed.
   * @throws {RatingRuleError} with every problem: a cell that is not an answer, a range that runs
   * off the grid, an answer a case cannot give, an edit the rules refuse
   */
  paste(text: string): number {
    const audit = this.#audit;
    if (!audit)
      throw new RatingRuleError([
        issue(
          'invalid-input',
          ['paste'],
          'the grid has no audit: call bind(framework, audit) first',
        ),
      ]);
    const edits = pastedEdits(text, audit.cases(), this.#columns, this.#active);
    applyAll(audit, edits);
    return edits.length;
  }

  /** @internal */
  static get observedAttributes(): string[] {
    return ['label'];
  }

  /** @internal */
  connectedCallback(): void {
    this.#build();
  }

  /** @internal */
  disconnectedCallback(): void {
    // The subscription stays: a grid moved in the page keeps its audit.
  }

  /** @internal */
  attributeChangedCallback(): void {
    this.shadowRoot?.querySelector('table')?.setAttribute('aria-label', this.#label());
  }

  #label(): string {
    return this.getAttribute('label') || 'Audit answers';
  }

  #edited(change: LiveAuditChange): void {
    for (const s of change.standards) this.#changed.add(s);
    if (change.edit !== 'answer') this.#changed.add('');
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      const standards = [...this.#changed].filter((s) => s !== '');
      const rebuild = this.#changed.has('');
      this.#changed.clear();
      if (rebuild) this.#build();
      else this.#refresh();
      if (standards.length === 0 && !rebuild) return;
      const detail: RatingChangeDetail = { rating: this.#audit!.rating(), standards };
      this.dispatchEvent(
        new CustomEvent('hmip-rating-change', { detail, bubbles: true, composed: true }),
      );
    });
  }

  /** Draws the grid anew: on binding, and when cases are added or removed. */
  #build(): void {
    const audit = this.#audit;
    if (!this.isConnected || !audit) return;
    const doc = this.ownerDocument;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#cases = audit.cases();
    const last = { row: this.#cases.length - 1, column: this.#columns.length - 1 };
    this.#active = {
      row: Math.max(0, Math.min(this.#active.row, last.row)),
      column: Math.max(0, Math.min(this.#active.column, last.column)),
    };
    const table = gridTable(doc, this.#cases, this.#columns, this.#label());
    table.addEventListener('keydown', (e) => this.#key(e));
    table.addEventListener('click', (e) => this.#click(e));
    table.addEventListener('paste', (e) => this.#pasted(e));
    const ratings = doc.createElement(
      (this.constructor as typeof AuditGridElement).tableTag,
    ) as RatingsTableElement;
    ratings.setAttribute('label', 'Ratings from these answers');
    root.replaceChildren(
      el(doc, 'style', {}, GRID_CSS),
      el(
        doc,
        'p',
        { class: 'help', id: 'help' },
        'Arrow keys move; y, n or a (not applicable) answers; Delete clears; paste a range from a spreadsheet.',
      ),
      el(doc, 'div', { class: 'scroll', part: 'scroll' }, table),
      el(doc, 'p', { class: 'problem', role: 'alert', part: 'problem' }),
      el(doc, 'p', { class: 'summary', role: 'status', part: 'summary' }),
      ratings,
    );
    this.#refresh();
  }

  /** Shows the audit as it now is: each answer, each % yes, the score and the ratings. */
  #refresh(): void {
    const root = this.shadowRoot;
    const audit = this.#audit;
    if (!root || !audit) return;
    this.#cases = audit.cases();
    const body = root.querySelector('tbody');
    for (const [r, record] of this.#cases.entries()) {
      const row = body?.rows[r];
      for (const [c, column] of this.#columns.entries()) {
        const cell = row?.cells[c + 1];
        const words = answers(record, column)
          ? answerWords(record.answers[column.keyQuestion])
          : '';
        if (cell && cell.textContent !== words) cell.textContent = words;
      }
    }
    const rating = audit.rating();
    const percent = percentByKeyQuestion(rating);
    const foot = root.querySelector('tfoot tr') as HTMLTableRowElement | null;
    for (const [c, column] of this.#columns.entries()) {
      const cell = foot?.cells[c + 1];
      if (cell) cell.textContent = percent.get(column.keyQuestion) ?? '–';
    }
    const summary = root.querySelector('.summary');
    if (summary) summary.textContent = summaryWords(rating);
    const table = root.querySelector(
      (this.constructor as typeof AuditGridElement).tableTag,
    ) as RatingsTableElement | null;
    if (table) table.rating = rating;
    this.#focus(false);
  }

  #cell(row: number, column: number): HTMLTableCellElement | undefined {
    return this.shadowRoot?.querySelector('tbody')?.rows[row]?.cells[column + 1];
  }

  /** Makes the active cell the one in the tab order, and focuses it when asked. */
  #focus(focus: boolean): void {
    this.shadowRoot?.querySelectorAll('.active, [tabindex="0"]').forEach((cell) => {
      cell.setAttribute('tabindex', '-1');
      cell.classList.remove('active');
    });
    const cell = this.#cell(this.#active.row, this.#active.column);
    cell?.setAttribute('tabindex', '0');
    cell?.classList.add('active');
    if (focus) cell?.focus();
  }

  #key(e: KeyboardEvent): void {
    const last = { row: this.#cases.length - 1, column: this.#columns.length - 1 };
    const move = MOVES[e.key];
    const to = { ...this.#active };
    if (move) {
      to.row = Math.max(0, Math.min(last.row, to.row + move[0]));
      to.column = Math.max(0, Math.min(last.column, to.column + move[1]));
    } else if (e.key === 'Home' || e.key === 'End') {
      to.column = e.key === 'Home' ? 0 : last.column;
      if (e.ctrlKey || e.metaKey) to.row = e.key === 'Home' ? 0 : last.row;
    } else {
      const answer = answerForKey(e.key);
      if (answer === null || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      const record = this.#cases[to.row];
      const column = this.#columns[to.column];
      if (record && column)
        this.#apply([{ caseId: record.id, keyQuestion: column.keyQuestion, answer }]);
      return;
    }
    e.preventDefault();
    this.#active = to;
    this.#focus(true);
  }

  #click(e: Event): void {
    const cell = (e.target as Element | null)?.closest?.(
      '[role=gridcell]',
    ) as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row) return;
    this.#active = { row: row.sectionRowIndex, column: cell.cellIndex - 1 };
    this.#focus(true);
  }

  #pasted(e: ClipboardEvent): void {
    const text = e.clipboardData?.getData('text/plain');
    if (text === undefined) return;
    e.preventDefault();
    try {
      this.paste(text);
    } catch (error) {
      this.#refused(error);
    }
  }

  /** Sets answers, all or none; a refusal is shown and announced, and changes nothing. */
  #apply(edits: readonly GridEdit[]): void {
    if (!this.#audit) return;
    try {
      applyAll(this.#audit, edits);
      const problem = this.shadowRoot?.querySelector('.problem');
      if (problem) problem.textContent = '';
    } catch (error) {
      this.#refused(error);
    }
  }

  #refused(error: unknown): void {
    if (!(error instanceof RatingRuleError)) throw error;
    const problem = this.shadowRoot?.querySelector('.problem');
    if (problem)
      problem.textContent = `Not changed: ${error.issues.map((i) => i.message).join('; ')}`;
    const detail: EditRefusedDetail = { issues: error.issues };
    this.dispatchEvent(
      new CustomEvent('hmip-edit-refused', { detail, bubbles: true, composed: true }),
    );
  }
}

/**
 * Every problem with the arguments of `bind`. The framework is checked by its shape and by its id
 * against the audit's: `createLiveAudit` has checked the audit's framework in full, and a grid
 * that re-checked it would carry the frameworks and their schema into every page.
 */
function bindIssues(framework: unknown, audit: unknown): RatingIssue[] {
  const issues: RatingIssue[] = [];
  const isAudit = isRecord(audit) && AUDIT_METHODS.every((m) => isFunction(audit[m]) === undefined);
  if (!isAudit) issues.push(argumentIssue('audit', 'a live audit (from createLiveAudit)', audit));
  if (
    !isRecord(framework) ||
    typeof framework['id'] !== 'string' ||
    !Array.isArray(framework['domains'])
  ) {
    issues.push(argumentIssue('framework', 'the framework the audit was created with', framework));
    return issues;
  }
  const id = isAudit ? (audit as unknown as LiveAudit).rating().framework.id : undefined;
  if (id !== undefined && id !== framework['id'])
    issues.push(
      issue(
        'framework-mismatch',
        ['framework'],
        `framework ${quoteText(framework['id'])} is not the audit's (${quoteText(id)})`,
      ),
    );
  return issues;
}

/** Sets every answer in turn; when the rules refuse one, those already set are put back. */
function applyAll(audit: LiveAudit, edits: readonly GridEdit[]): void {
  const before = new Map(audit.cases().map((c) => [c.id, c.answers]));
  const done: GridEdit[] = [];
  try {
    for (const edit of edits) {
      audit.setAnswer(edit.caseId, edit.keyQuestion, edit.answer);
      done.push(edit);
    }
  } catch (error) {
    for (const edit of done.reverse())
      audit.setAnswer(
        edit.caseId,
        edit.keyQuestion,
        before.get(edit.caseId)?.[edit.keyQuestion] as Answer | undefined,
      );
    throw error;
  }
}

/** The grid's table: a header row of key questions, a row per case, a footer of % yes. */
function gridTable(
  doc: Document,
  cases: readonly CaseRecord[],
  columns: readonly GridColumn[],
  label: string,
): HTMLElement {
  const head = el(
    doc,
    'tr',
    {},
    el(doc, 'th', { scope: 'col' }, 'Case'),
    ...columns.map((c) => el(doc, 'th', { scope: 'col', title: c.text }, c.keyQuestion)),
  );
  const rows = cases.map((record) =>
    el(
      doc,
      'tr',
      { 'data-case': record.id },
      el(doc, 'th', { scope: 'row' }, record.id),
      ...columns.map((c) =>
        el(doc, 'td', {
          role: 'gridcell',
          tabindex: '-1',
          'data-key-question': c.keyQuestion,
          ...(!answers(record, c) && { 'aria-disabled': 'true' }),
        }),
      ),
    ),
  );
  const foot = el(
    doc,
    'tr',
    {},
    el(doc, 'th', { scope: 'row' }, '% yes'),
    ...columns.map(() => el(doc, 'td', {})),
  );
  return el(
    doc,
    'table',
    { role: 'grid', 'aria-label': label, 'aria-describedby': 'help', part: 'grid' },
    el(doc, 'thead', {}, head),
    el(doc, 'tbody', {}, ...rows),
    el(doc, 'tfoot', {}, foot),
  );
}
