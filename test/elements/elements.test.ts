// The elements' Node side: defineElements' checks and registry use (a registry stands in for the
// browser's), the pasted range reader, the grid's columns and a paste placed on the grid. What
// they draw is tested in Chromium (test/web/elements.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { RatingRuleError, youth2018, youth2021 } from '../../src/index.js';
import type { CaseRecord } from '../../src/cases/index.js';
import { createLiveAudit } from '../../src/live/index.js';
import {
  AuditGridElement,
  RatingsTableElement,
  defineElements,
  readPastedRange,
} from '../../src/elements/index.js';
import { answerForKey } from '../../src/elements/answers.js';
import { gridColumns, pastedEdits } from '../../src/elements/grid-model.js';

/** A registry like the browser's: define once per tag and per constructor. */
function registry() {
  const tags = new Map<string, unknown>();
  return {
    tags,
    get: (tag: string) => tags.get(tag),
    define(tag: string, element: unknown) {
      if (tags.has(tag) || [...tags.values()].includes(element)) throw new Error('NotSupported');
      tags.set(tag, element);
    },
  };
}
const global = globalThis as { customElements?: unknown };
afterEach(() => {
  delete global.customElements;
});

const messages = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RatingRuleError) return e.issues.map((i) => i.message);
    throw e;
  }
  return [];
};

describe('defineElements', () => {
  it('registers both tags once; a second call changes nothing; a prefix names other tags', () => {
    const r = registry();
    global.customElements = r;
    expect(defineElements()).toEqual({ grid: 'hmip-audit-grid', table: 'hmip-ratings-table' });
    const first = [...r.tags.values()];
    expect(defineElements()).toEqual({ grid: 'hmip-audit-grid', table: 'hmip-ratings-table' });
    expect([...r.tags.values()]).toEqual(first);
    expect((r.get('hmip-audit-grid') as { prototype: object }).prototype).toBeInstanceOf(
      AuditGridElement,
    );
    expect(defineElements({ prefix: 'acme-qa' })).toEqual({
      grid: 'acme-qa-audit-grid',
      table: 'acme-qa-ratings-table',
    });
    expect((r.get('acme-qa-audit-grid') as typeof AuditGridElement).tableTag).toBe(
      'acme-qa-ratings-table',
    );
    expect(r.tags.size).toBe(4);
  });

  it('refuses a bad prefix, an unknown option, a tag taken by another element, and no registry', () => {
    expect(messages(() => defineElements())).toEqual([
      'defineElements needs a browser page: there is no custom element registry here',
    ]);
    const r = registry();
    global.customElements = r;
    expect(messages(() => defineElements({ prefix: 'Acme' }))).toEqual([
      'prefix must be lower-case letters and digits, starting with a letter, words joined by hyphens, at most 40 characters (got "Acme")',
    ]);
    expect(messages(() => defineElements({ prefx: 'acme' } as never))).toEqual([
      'unknown option; did you mean "prefix"?',
    ]);
    expect(messages(() => defineElements('hmip' as never))).toHaveLength(1);
    r.tags.set('hmip-ratings-table', class Other {});
    expect(messages(() => defineElements())).toEqual([
      '<hmip-ratings-table> is already registered by another script; choose another prefix',
    ]);
    expect(r.tags.has('hmip-audit-grid')).toBe(false); // nothing half-registered
    expect(RatingsTableElement).toBeTypeOf('function');
  });
});

describe('readPastedRange', () => {
  it('reads tab and new-line separated cells, every spelling of an answer, blanks', () => {
    expect(readPastedRange('Yes\tn\tN/A\r\n\ty \tnot applicable\n')).toEqual([
      { row: 0, column: 0, answer: 'yes' },
      { row: 0, column: 1, answer: 'no' },
      { row: 0, column: 2, answer: 'not applicable' },
      { row: 1, column: 0, answer: undefined },
      { row: 1, column: 1, answer: 'yes' },
      { row: 1, column: 2, answer: 'not applicable' },
    ]);
  });

  it('reports every cell that is no answer at once, by row and column of the range', () => {
    expect(messages(() => readPastedRange('yes\tmaybe\n1\tno'))).toEqual([
      'row 1, column 2 of the pasted range: "maybe" is not an answer (yes, no, n/a or blank)',
      'row 2, column 1 of the pasted range: "1" is not an answer (yes, no, n/a or blank)',
    ]);
    expect(messages(() => readPastedRange(42))).toEqual(['a paste must be text (got 42)']);
  });

  it('keys: y, n and a answer, Delete and Backspace clear, anything else is no answer', () => {
    expect(['y', 'N', 'a', 'Delete', 'Backspace', 'x', 'Enter'].map(answerForKey)).toEqual([
      'yes',
      'no',
      'not applicable',
      undefined,
      undefined,
      null,
      null,
    ]);
  });
});

describe('the grid on a framework', () => {
  const court: CaseRecord = {
    id: 'c1',
    kind: 'court',
    disposal: 'community-sentence',
    answers: { '2.1.1': 'yes' },
  };
  const oocd: CaseRecord = {
    id: 'o1',
    kind: 'out-of-court',
    disposal: 'community-resolution',
    answers: {},
  };

  it("has a column for each case-sampled key question: 21 in 2021 (HMIP's 2021 standards)", () => {
    const columns = gridColumns(youth2021);
    expect(columns).toHaveLength(21);
    expect(columns[0]).toMatchObject({ keyQuestion: '2.1.1', caseKind: 'court' });
    expect(columns[20]).toMatchObject({ keyQuestion: '3.3.3', caseKind: 'out-of-court' });
    expect(gridColumns(youth2018).some((c) => c.appliesTo !== undefined)).toBe(true);
  });

  it('places a paste: unchanged cells and blanks a case cannot answer pass; the rest refused at once', () => {
    const columns = gridColumns(youth2021);
    expect(pastedEdits('yes\tno\n\t', [court, oocd], columns, { row: 0, column: 0 })).toEqual([
      { caseId: 'c1', keyQuestion: '2.1.2', answer: 'no' },
    ]);
    expect(
      messages(() =>
        pastedEdits('yes\tno\nyes\tno', [court, oocd], columns, { row: 0, column: 0 }),
      ),
    ).toEqual([
      'row 2, column 1 of the pasted range: case o1 does not answer 2.1.1 (court cases only)',
      'row 2, column 2 of the pasted range: case o1 does not answer 2.1.2 (court cases only)',
    ]);
    expect(
      messages(() => pastedEdits('yes\tno\tyes', [court, oocd], columns, { row: 1, column: 19 })),
    ).toEqual([
      'the pasted range is 1 rows by 3 columns; from case o1, key question 3.3.2 the grid has room for 1 rows by 2 columns',
    ]);
  });
});

describe('the elements check what they are given', () => {
  it('a ratings table takes an InspectionRating or nothing', () => {
    const table = new RatingsTableElement();
    expect(messages(() => (table.rating = 12 as never))).toEqual([
      'rating must be an InspectionRating (the rating of a result) (got 12)',
    ]);
    expect(table.rating).toBeUndefined();
  });

  it('a grid binds a framework and a live audit, and reports both wrong at once', () => {
    const grid = new AuditGridElement();
    expect(messages(() => grid.bind('youth2021' as never, {} as never))).toEqual([
      'audit must be a live audit (from createLiveAudit) (got an object)',
      'framework must be the framework the audit was created with (got "youth2021")',
    ]);
    const audit = createLiveAudit(youth2021, { cases: [], incomplete: 'allow' });
    expect(messages(() => grid.bind(youth2018 as never, audit))).toEqual([
      'framework "hmip-youth-2018" is not the audit\'s ("hmip-youth-2021")',
    ]);
    expect(grid.audit).toBeUndefined();
    expect(messages(() => grid.paste('yes'))).toEqual([
      'the grid has no audit: call bind(framework, audit) first',
    ]);
  });
});
