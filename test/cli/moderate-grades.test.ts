// moderate compares grades as well as answers: the shipped moderation example with a grade column
// added to each sheet (in the test only), run through the command as a user would.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'hmip-moderate-grades-'));
/** A sheet of the example with a grade column: every case Good but those given. */
function graded(name: string, grades: Readonly<Record<string, string>>): string {
  const lines = readFileSync(`examples/moderation/${name}.csv`, 'utf8').trimEnd().split('\n');
  const text = lines
    .map((l, i) => (i === 0 ? `${l},grade` : `${l},${grades[l.split(',')[0] as string] ?? 'Good'}`))
    .join('\n');
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, `${text}\n`);
  return path;
}
// 20 cases. First: court-1 Outstanding, court-2 Good, oocd-1 RI, oocd-2 Inadequate, the rest Good.
// Second: court-1 Good (1 apart), court-2 Good, oocd-1 RI, oocd-2 Good (2 apart), oocd-3 RI (1 apart).
const FIRST = graded('first', {
  'court-1': 'Outstanding',
  'oocd-1': 'Requires improvement',
  'oocd-2': 'Inadequate',
});
const SECOND = graded('second', { 'oocd-1': 'RI', 'oocd-3': 'r.i.' });

describe('hmip-ratings moderate with grades', () => {
  it('reports agreement, kappa and weighted kappa on grades, the cases two grades apart first', async () => {
    const { code, out, err } = await run('moderate', FIRST, SECOND);
    expect(err).toBe('');
    expect(code).toBe(0);
    // By hand: 17 of 20 alike = 85%. Table (rows first, columns second; O, G, RI, I):
    // O [0,1,0,0]; G [0,16,1,0]; RI [0,0,1,0]; I [0,1,0,0]; rows 1,17,1,1; columns 0,18,2,0.
    // Σ r·c = 17·18 + 1·2 = 308; kappa = (20·17 − 308) / (400 − 308) = 32/92 = 0.35.
    // Quadratic: n·Σ d·o = 20·(1 + 1 + 4) = 120; Σ d·r·c = O row 1·(18·1 + 2·4) = 26,
    // G row 17·(2·1) = 34, RI row 1·(18·1) = 18, I row 1·(18·4 + 2·1) = 74: 152;
    // kappa_w = 1 − 120/152 = 0.21. Linear: n·Σ d·o = 20·(1 + 1 + 2) = 80; Σ d·r·c = 1·(18 + 4)
    // + 17·2 + 1·18 + 1·(36 + 2) = 112; kappa_w = 1 − 80/112 = 0.29.
    expect(out).toContain(
      'Agreement on grades: 85% (17 of 20 alike), kappa 0.35, weighted kappa 0.29 (linear) and 0.21 (quadratic)',
    );
    expect(out).toContain('3 cases graded differently (more than one grade apart first)');
    const table = out.slice(out.indexOf('graded differently'));
    expect(table.indexOf('oocd-2')).toBeLessThan(table.indexOf('court-1'));
    expect(table).toMatch(/oocd-2 +Inadequate +Good +2/);
  });

  it('writes the decided grades into the moderated sheet, and grade rows into the disagreements', async () => {
    const moderated = join(dir, 'moderated.csv');
    const disagreements = join(dir, 'disagreements.csv');
    const { code } = await run(
      'moderate',
      FIRST,
      SECOND,
      '--out-moderated',
      moderated,
      '--out-disagreements',
      disagreements,
      '--force',
    );
    expect(code).toBe(0);
    const sheet = readFileSync(moderated, 'utf8');
    // The moderator's grade stands where given: court-1 Good, oocd-2 Good, oocd-3 Requires improvement.
    expect(sheet).toMatch(/^court-1,.*,Good$/m);
    expect(sheet).toMatch(/^oocd-3,.*,Requires improvement$/m);
    const rows = readFileSync(disagreements, 'utf8');
    expect(rows).toContain('oocd-2,grade,Inadequate,Good,');
  });

  it('with decisions, a grade row decides; an undecided grade is a problem', async () => {
    // The disagreements sheet of the test above, every answer decided as the second auditor's,
    // and two of the three grades decided.
    const decisions = join(dir, 'decisions.csv');
    const decide = (grade: (id: string) => string | undefined) =>
      readFileSync(join(dir, 'disagreements.csv'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line, i) => {
          if (i === 0) return line;
          const [id, question, first, second] = line.split(',');
          return `${id},${question},${first},${second},${question === 'grade' ? (grade(id as string) ?? '') : second}`;
        })
        .join('\n');
    const GRADES: Record<string, string> = { 'court-1': 'Outstanding', 'oocd-2': 'RI' };
    writeFileSync(
      decisions,
      decide((id) => GRADES[id]),
    );
    const moderated = join(dir, 'decided.csv');
    const missing = await run('moderate', FIRST, SECOND, '--decisions', decisions);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(
      'case "oocd-3" is graded Good by the first auditor and Requires improvement by the second',
    );
    writeFileSync(
      decisions,
      decide((id) => ({ ...GRADES, 'oocd-3': 'Good' })[id]),
    );
    const { code, err } = await run(
      'moderate',
      FIRST,
      SECOND,
      '--decisions',
      decisions,
      '--out-moderated',
      moderated,
      '--force',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const sheet = readFileSync(moderated, 'utf8');
    expect(sheet).toMatch(/^court-1,.*,Outstanding$/m);
    expect(sheet).toMatch(/^oocd-2,.*,Requires improvement$/m);
    expect(sheet).toMatch(/^oocd-3,.*,Good$/m);
  });
});
