// Reading a team's improvement actions: headings in the team's words, day-first due dates, status
// words, every problem located at file, row and column at once, hostile cells and sizes, and the
// draft plan read back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rateInspection, youth2018 } from '../../src/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import { draftActions } from '../../src/actions/index.js';
import { ACTION_STATUS_WORDS, csvRows, draftPlanCsv, readActions } from '../../src/sheets.js';
import { refusedLines } from '../support/refused.js';

const problems = refusedLines;

const csv = (...lines: string[]) => ({ name: 'actions.csv', data: lines.join('\n') });

describe('reading an actions sheet', () => {
  it("reads the team's headings, day-first due dates, status words and ids with their words", async () => {
    const sheet = await readActions(
      csv(
        'Improvement action,Key Question or Standard,Lead,Due date,Progress,Notes',
        'Analyse risk to others in every assessment,2.1.3,Court team manager,29/02/2024,Completed,first',
        ',,,,,',
        'Reviewing at each change,2.4 Reviewing,Team managers,31/5/24,ongoing,',
        'Planning with the family,Q2.2.3: Does planning focus ...,,31/03/2024,,',
      ),
    );
    expect(sheet.actions).toEqual([
      {
        action: 'Analyse risk to others in every assessment',
        target: '2.1.3',
        owner: 'Court team manager',
        due: '2024-02-29',
        status: 'done',
      },
      {
        action: 'Reviewing at each change',
        target: '2.4',
        owner: 'Team managers',
        due: '2024-05-31',
        status: 'in progress',
      },
      { action: 'Planning with the family', target: '2.2.3', due: '2024-03-31' },
    ]);
    expect(sheet.rows).toEqual([2, 4, 5]);
    expect(sheet.columns).toEqual({
      action: 'A (Improvement action)',
      target: 'B (Key Question or Standard)',
      owner: 'C (Lead)',
      due: 'D (Due date)',
      status: 'E (Progress)',
    });
  });

  it('reports every problem at once, each at its row and column', async () => {
    expect(
      await problems(() =>
        readActions(
          csv(
            'action,target,owner,due date,status',
            'a,9.9,,,',
            'b,2.1.3.a,,,',
            'c,,,,',
            'd,2.1,,31/02/2024,',
            'e,2.1,,soon,',
            'f,2.1,,,Red',
            'g,2.1,,,done?',
          ),
        ),
      ),
    ).toEqual([
      'actions.csv r2 B (target): unknown-key-question: "9.9" is not a key question or standard of hmip-youth-2021: give its id, such as 2.1.3 or 2.1',
      'actions.csv r3 B (target): unknown-key-question: "2.1.3.a" is not a key question or standard of hmip-youth-2021: give its id, such as 2.1.3 or 2.1',
      'actions.csv r4 B (target): unknown-key-question: the action names no key question or standard: give its id, such as 2.1.3',
      'actions.csv r5 D (due date): invalid-date: "31/02/2024" is not a date: February 2024 has 29 days (read as day/month/year)',
      'actions.csv r6 D (due date): invalid-date: "soon" is not a date: write it dd/mm/yyyy or yyyy-mm-dd, for example 31/01/2025 or 2025-01-31',
      'actions.csv r7 E (status): invalid-input: "Red" is not a status: use not started, in progress or done (or leave it blank)',
      'actions.csv r8 E (status): invalid-input: "done?" is not a status: use not started, in progress or done (or leave it blank)',
    ]);
  });

  it('refuses a file that mixes date orders, and missing columns, naming the one that may be it', async () => {
    expect(
      await problems(() =>
        readActions(csv('action,target,due', 'a,2.1,25/12/2024', 'b,2.1,12/25/2024')),
      ),
    ).toEqual([
      'actions.csv r3 C (due): invalid-date: the file mixes date orders: "12/25/2024" reads only as month/day/year, but "25/12/2024" (row 2) reads only as day/month/year; write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed',
    ]);
    expect(await problems(() => readActions(csv('what,owner', 'a,b')))).toEqual([
      'actions.csv r1 : missing-column: there is no "action" column in the header row',
      'actions.csv r1 : missing-column: there is no "target" column in the header row',
    ]);
    expect(
      await problems(() => readActions(csv('action,key question,standard', 'a,2.1,2.1'))),
    ).toEqual([
      'actions.csv r1 C (standard): invalid-file: "standard" is the target column twice (also B (key question))',
    ]);
  });

  it('checks ids against the framework given: 3.4.2 is a key question of the 2018 standards only', async () => {
    const file = csv('action,target', 'joint working,3.4.2');
    expect((await readActions(file, { framework: youth2018 })).actions[0]?.target).toBe('3.4.2');
    // the 2018 standards list prompts: a prompt's id is pointed at its key question
    expect(
      await problems(() =>
        readActions(csv('action,target', 'a,2.1.1.a'), { framework: 'hmip-youth-2018' }),
      ),
    ).toEqual([
      'actions.csv r2 B (target): unknown-key-question: "2.1.1.a" is a prompt: give its key question, 2.1.1',
    ]);
    expect(await problems(() => readActions(file))).toEqual([
      'actions.csv r2 B (target): unknown-key-question: "3.4.2" is not a key question or standard of hmip-youth-2021: give its id, such as 2.1.3 or 2.1',
    ]);
  });

  it('reads month-first dates when told, and a workbook: its Actions sheet with date cells', async () => {
    expect(
      (await readActions(csv('action,target,due', 'a,2.1,12/25/2024'), { dateOrder: 'mdy' }))
        .actions[0]?.due,
    ).toBe('2024-12-25');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRow(['not read']);
    const sheet = book.addWorksheet('Actions');
    sheet.addRow(['Action', 'Standard', 'Due date', 'Status']);
    sheet.addRow(['Assessment', '2.1', new Date(Date.UTC(2025, 2, 31)), 'In Progress']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const read = await readActions({ name: 'plan.xlsx', data: bytes });
    expect(read.file).toBe('plan.xlsx [Actions]');
    expect(read.actions).toEqual([
      { action: 'Assessment', target: '2.1', due: '2025-03-31', status: 'in progress' },
    ]);
  });

  it('keeps a formula in an action as text, and every output neutralises or escapes it', async () => {
    const sheet = await readActions(csv('action,target', '"=HYPERLINK(""http://x"",""y"")",2.1.3'));
    expect(sheet.actions[0]?.action).toBe('=HYPERLINK("http://x","y")');
    const drafted = draftPlanCsv([
      { ...draftActions(rateInspection(cumberland2024))[0]!, text: '=cmd|/C calc!A0' },
    ]);
    expect(drafted.split('\n')[1]).toContain(`"'=cmd|/C calc!A0"`);
    expect(csvRows(drafted, 'draft.csv')[1]?.[5]).toBe('=cmd|/C calc!A0');
  });

  it('holds to the limits: a file over the size limit, a sheet over the row limit, a cell too long', async () => {
    const big = csv('action,target', ...Array.from({ length: 50 }, () => 'a,2.1'));
    expect(await problems(() => readActions(big, { limits: { fileBytes: 100 } }))).toEqual([
      'actions.csv r : limit-exceeded: the file is larger than 100 bytes, the most a file may have',
    ]);
    expect((await problems(() => readActions(big, { limits: { rows: 10 } })))[0]).toMatch(
      /more than 10 rows/,
    );
    expect(
      await problems(() =>
        readActions(csv('action,target', `${'x'.repeat(200)},2.1`), {
          limits: { cellCharacters: 100 },
        }),
      ),
    ).toEqual(['actions.csv r2 : limit-exceeded: a cell has more than 100 characters']);
    expect(await problems(() => readActions(csv('action,target'), { nope: 1 } as never))).toEqual([
      'options.nope r : invalid-option: unknown option (known: framework, dateOrder, limits, inflater)',
    ]);
    expect(await problems(() => readActions({ name: 'plan.pdf', data: 'action,target' }))).toEqual([
      'plan.pdf r : invalid-file: cannot read a .pdf file as a sheet: give a .csv or .xlsx file',
    ]);
  });

  it('looks statuses up in its own table: no word reaches a built-in property', async () => {
    expect([...ACTION_STATUS_WORDS.keys()]).toEqual([
      'not started',
      'to do',
      'planned',
      'in progress',
      'started',
      'ongoing',
      'underway',
      'done',
      'complete',
      'completed',
    ]);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(
        await problems(() => readActions(csv('action,target,status', `a,2.1,${word}`))),
      ).toEqual([
        `actions.csv r2 C (status): invalid-input: "${word}" is not a status: use not started, in progress or done (or leave it blank)`,
      ]);
  });
});

describe('the draft plan read back', () => {
  it('every row of the draft is read as an action to be written, target for target', async () => {
    const drafts = draftActions(rateInspection(cumberland2024));
    const text = draftPlanCsv(drafts);
    expect(text.split('\n')[0]).toBe(
      'action,key question,owner,due date,status,wording,standard now,figure now,what would change it',
    );
    const sheet = await readActions({ name: 'draft.csv', data: text });
    expect(sheet.actions.map((a) => a.target)).toEqual(drafts.map((d) => d.target));
    expect(sheet.actions.every((a) => a.action === '' && a.owner === undefined)).toBe(true);
    // the team fills a row in: it reads back with the owner, due date and status
    const filled = text.replace(
      /^,2\.1\.3,,,,/m,
      'Analyse risk to others,2.1.3,Court team manager,31/03/2025,in progress,',
    );
    expect((await readActions({ name: 'draft.csv', data: filled })).actions[0]).toEqual({
      action: 'Analyse risk to others',
      target: '2.1.3',
      owner: 'Court team manager',
      due: '2025-03-31',
      status: 'in progress',
    });
  });
});
