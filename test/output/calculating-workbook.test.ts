// The Ratings sheet's formulas, recalculated by a real spreadsheet (LibreOffice headless), give
// every figure the library gives: 200 random audits written by casesWorkbook, some retyped the
// way people type (Y, n, requires-improvement) and some carrying deliberately wrong cached
// results, converted in one LibreOffice process that recalculates on load (a private profile set to
// always recalculate) to a CSV of the Ratings sheet, read with the project's CSV reader and
// compared figure by figure with rateCases. A mismatch names the audit's seed (randomAudit(seed)
// replays it) and the figures that differ.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { standardsOf, youth2018, youth2021 } from 'hmip-ratings';
import { casesWorkbook } from '../../src/output/workbook.js';
import { readWorkbook } from '../../src/read/workbook-reader.js';
import { csvRows, limitsOf } from '../../src/read/csv.js';
import { retyped } from '../support/workbook-edits.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import {
  customFramework,
  libraryRating,
  randomAudit,
  type RandomAudit,
} from '../support/random-audits.js';

const SOFFICE = process.env['SOFFICE_PATH'] ?? '/usr/bin/soffice';
const present = existsSync(SOFFICE);
const AUDITS = 200;
const FIRST_SEED = 16_300;

/** A private LibreOffice profile that recalculates every formula of an xlsx file on load. */
function profile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const always = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${always('OOXMLRecalcMode')}${always('ODFRecalcMode')}</oor:items>\n`,
  );
  return `file://${join(dir, 'profile')}`;
}

async function ratingsRows(bytes: Uint8Array, file: string): Promise<string[][]> {
  const book = await readWorkbook(bytes, {
    file,
    limits: limitsOf(undefined),
    wanted: (name) => name === 'Ratings',
  });
  const sheet = book.sheets?.find((s) => s.name === 'Ratings');
  if (!sheet)
    throw new Error(`${file}: no Ratings sheet (${book.issues.map((i) => i.message).join('; ')})`);
  return sheet.rows;
}

const yesNo = (status: string | undefined) =>
  status === undefined ? '' : status === 'fired' ? 'yes' : 'no';
const text = (value: unknown) => (value === undefined ? '' : String(value));

/** Every figure of the sheet that differs from the library's, as "where: sheet X, library Y". */
function mismatches(audit: RandomAudit, rows: readonly (readonly string[])[]): string[] {
  const found: string[] = [];
  const expected = libraryRating(audit);
  const standardRows = new Map<string, readonly string[]>();
  const keyQuestionRows = new Map<string, readonly string[]>();
  let section = 0;
  const overall = new Map<string, string>();
  for (const row of rows) {
    if (row[0] === 'standard') section++;
    else if (section === 1 && row[0]) {
      if (['score', 'maximum', 'complete', 'problems', 'overall'].includes(row[0]))
        overall.set(row[0], row[1] ?? '');
      else standardRows.set(row[0], row);
    } else if (section === 2 && row[1]) keyQuestionRows.set(row[1], row);
  }
  const check = (where: string, sheet: string | undefined, library: string) => {
    if ((sheet ?? '') !== library)
      found.push(
        `${where}: sheet ${JSON.stringify(sheet ?? '')}, library ${JSON.stringify(library)}`,
      );
  };
  if ('refused' in expected) {
    check('problems > 0', String(Number(overall.get('problems')) > 0), 'true');
    check('overall', overall.get('overall'), 'check the notes');
    return found;
  }
  const { rating, tally } = expected;
  for (const [id, count] of Object.entries(tally.keyQuestions)) {
    const row = keyQuestionRows.get(id);
    const standard = rating.standards.find((s) => s.keyQuestions.some((k) => k.keyQuestion === id));
    const band = standard?.keyQuestions.find((k) => k.keyQuestion === id)?.band;
    check(`${id} yes`, row?.[2], text(count.yes));
    check(`${id} of`, row?.[4], text(count.of));
    check(`${id} % yes`, row?.[5], text(count.percent));
    check(`${id} band`, row?.[6], count.of === 0 ? 'no applicable cases' : text(band));
  }
  for (const s of standardsOf(audit.framework)) {
    const row = standardRows.get(s.id);
    const result = rating.byStandard[s.id];
    check(`${s.id} rating`, row?.[2], result?.rating ?? 'Not rated');
    check(`${s.id} score`, row?.[12], text(result?.score));
    if (s.ratedBy !== 'key-questions') continue;
    const t = result?.triggers;
    check(`${s.id} rule rating`, row?.[3], text(result?.ruleRating));
    check(`${s.id} lowest key question`, row?.[4], text(result?.lowest?.keyQuestion));
    check(`${s.id} lowest % yes`, row?.[5], text(result?.lowest?.percent));
    check(`${s.id} lowest of`, row?.[6], text(result?.lowest?.of));
    check(`${s.id} near a boundary`, row?.[7], yesNo(t?.nearBoundary.status));
    check(`${s.id} one case`, row?.[8], yesNo(t?.oneCase.status));
    check(`${s.id} five cases or fewer`, row?.[9], yesNo(t?.smallSample.status));
    check(`${s.id} discretion possible`, row?.[10], t ? (t.anyFired ? 'yes' : 'no') : '');
  }
  check('score', overall.get('score'), text(rating.score));
  check('maximum', overall.get('maximum'), text(rating.maximum));
  check('complete', overall.get('complete'), rating.complete ? 'yes' : 'no');
  check('problems', overall.get('problems'), '0');
  check('overall', overall.get('overall'), rating.overall ?? 'incomplete');
  return found;
}

test(`the ${AUDITS} random audits hold every case the sheet must get right`, () => {
  const audits = Array.from({ length: AUDITS }, (_, i) => randomAudit(FIRST_SEED + i));
  const seen = new Set<string>();
  for (const audit of audits) {
    seen.add(audit.framework.id);
    const result = libraryRating(audit);
    if ('refused' in result) {
      seen.add('refused');
      continue;
    }
    const { rating, tally } = result;
    seen.add(rating.complete ? `complete ${audit.framework.id}` : 'incomplete');
    for (const s of rating.standards) {
      if (s.discretion) seen.add(`discretion ${s.discretion.direction}`);
      if (s.method === 'key-questions' && s.status === 'not-rated')
        seen.add('standard with no cases');
      if (s.keyQuestions.some((k) => k.empty) && s.status === 'rated') seen.add('empty sub-sample');
      for (const [name, t] of Object.entries(s.triggers ?? {}))
        if (typeof t === 'object' && t.status === 'fired') seen.add(`trigger ${name}`);
    }
    for (const k of Object.values(tally.keyQuestions)) {
      if (k.of > 0 && (200 * k.yes) % (2 * k.of) === k.of) seen.add('half a point before rounding');
      if (k.notApplicable > 0) seen.add('n/a');
      const boundary = audit.framework.keyQuestionBands.some(
        (b) => 200 * k.yes === (2 * b.from - 1) * k.of,
      );
      if (boundary) seen.add(`half a point below a boundary ${audit.framework.id}`);
    }
  }
  const ids = [youth2018.id, youth2021.id, customFramework.id];
  expect([...seen].sort()).toEqual(
    expect.arrayContaining([
      ...ids,
      ...ids.map((id) => `complete ${id}`),
      ...ids.map((id) => `half a point below a boundary ${id}`),
      'refused',
      'incomplete',
      'discretion raised',
      'discretion lowered',
      'discretion unchanged',
      'standard with no cases',
      'empty sub-sample',
      'trigger nearBoundary',
      'trigger oneCase',
      'trigger smallSample',
      'half a point before rounding',
      'n/a',
    ]),
  );
});

describe.skipIf(!present)(
  `the Ratings sheet recalculated in LibreOffice${present ? '' : ` (skipped: no LibreOffice at ${SOFFICE}; .ci/run installs libreoffice-calc-nogui)`}`,
  () => {
    test(`${AUDITS} random audits give the library's figures, from seed ${FIRST_SEED}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hmip-calc-'));
      try {
        const [input, output] = [join(dir, 'in'), join(dir, 'out')];
        mkdirSync(input);
        const cumberland: RandomAudit = {
          seed: 0,
          framework: youth2021,
          cases: cumberlandCases(),
          judgements: cumberlandJudgements,
          shape: 'Cumberland 2024, examples/cumberland/audit.xlsx',
        };
        const audits = [
          cumberland,
          ...Array.from({ length: AUDITS }, (_, i) => randomAudit(FIRST_SEED + i)),
        ];
        const files: string[] = [];
        let wrongCached = 0;
        for (const audit of audits) {
          let bytes =
            audit === cumberland
              ? new Uint8Array(readFileSync('examples/cumberland/audit.xlsx'))
              : await casesWorkbook(audit.framework, audit);
          if (audit.seed % 4 === 0) {
            bytes = retyped(bytes, audit.seed);
            const cached = await ratingsRows(bytes, 'retyped');
            if (cached[1]?.[2] === 'WRONG') wrongCached++;
          }
          const file = join(input, `audit-${audit.seed}.xlsx`);
          writeFileSync(file, bytes);
          files.push(file);
        }
        // The premise of the check: these files hold wrong cached results before recalculation.
        expect(wrongCached).toBeGreaterThan(AUDITS / 5);
        execFileSync(
          SOFFICE,
          [
            `-env:UserInstallation=${profile(dir)}`,
            '--headless',
            '--norestore',
            // CSV of the third sheet (Ratings), UTF-8, values as computed, not as shown
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3',
            '--outdir',
            output,
            ...files,
          ],
          { stdio: 'ignore', timeout: 540_000 },
        );
        const failures: string[] = [];
        let compared = 0;
        for (const audit of audits) {
          const file = join(output, `audit-${audit.seed}-Ratings.csv`);
          const found = existsSync(file)
            ? mismatches(audit, csvRows(readFileSync(file, 'utf8'), file))
            : ['LibreOffice wrote no file'];
          if (found.length > 0)
            failures.push(
              `seed ${audit.seed} (${audit.framework.id}, ${audit.cases.length} cases, ${audit.shape}; replay with randomAudit(${audit.seed})):\n  ${found.slice(0, 12).join('\n  ')}`,
            );
          else compared++;
        }
        expect(failures.join('\n')).toBe('');
        expect(compared).toBe(AUDITS + 1);
        // The example's sheet gives Cumberland's published rating (HMIP, 2024): 12 of 36, Requires improvement.
        const example = csvRows(readFileSync(join(output, 'audit-0-Ratings.csv'), 'utf8'), 'x');
        expect(example.find((row) => row[0] === 'score')?.[1]).toBe('12');
        expect(example.find((row) => row[0] === 'overall')?.[1]).toBe('Requires improvement');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);
  },
);
