// Never destroy their work (issue 15, item 7): every file a command writes refuses to replace an
// existing file unless --force, and is written atomically, so an interrupted run leaves the old
// file whole and no half-written file under its name. The killed-process tests run the built
// command (npm test builds it first) with the test-only hold of src/cli/io.ts
// (HMIP_RATINGS_TEST_HOLD_WRITE), which stops a write at a known point: half the bytes in the
// temporary file, or all of them before it is put in place. A kill at a moment picked by timing
// could land before or after the write on a fast disk; the hold makes the point certain.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const folder = () => mkdtempSync(join(tmpdir(), 'hmip-write-'));
const CASELOAD = 'examples/caseload.csv';
const FIRST = 'examples/moderation/first.csv';
const SECOND = 'examples/moderation/second.csv';
const OLD = 'case,2.1.1\nfilled-in-1,yes\n(days of a team’s work)\n';

/** Each command and flag that writes a file, as argv around the file's path. */
const WRITERS: [string, (path: string) => string[]][] = [
  ['template --out x.csv', (p) => ['template', '--out', `${p}.csv`]],
  ['template --out x.xlsx', (p) => ['template', '--out', `${p}.xlsx`]],
  ['template --judgements --out x.xlsx', (p) => ['template', '--judgements', '--out', `${p}.xlsx`]],
  [
    'sample --out x.xlsx',
    (p) => ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--out', `${p}.xlsx`],
  ],
  [
    'sample --out x.csv',
    (p) => ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--out', `${p}.csv`],
  ],
  [
    'sample --exclusions x.csv',
    (p) => ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--exclusions', `${p}.csv`],
  ],
  [
    'moderate --out-moderated x.csv',
    (p) => ['moderate', FIRST, SECOND, '--out-moderated', `${p}.csv`],
  ],
  [
    'moderate --out-moderated x.xlsx',
    (p) => ['moderate', FIRST, SECOND, '--out-moderated', `${p}.xlsx`],
  ],
  [
    'moderate --out-disagreements x.csv',
    (p) => ['moderate', FIRST, SECOND, '--out-disagreements', `${p}.csv`],
  ],
  [
    'trend --out x.html',
    (p) => ['trend', 'examples/trend', '--format', 'html', '--out', `${p}.html`],
  ],
  ['trend --out x.csv', (p) => ['trend', 'examples/trend', '--format', 'csv', '--out', `${p}.csv`]],
];

describe('a command never replaces an existing file without --force', () => {
  it.each(WRITERS)(
    '%s: refused, naming the file, its flag and --force; the file untouched',
    async (_, argv) => {
      const dir = folder();
      const args = argv(join(dir, 'audit'));
      const flagAt = args.findIndex((a) =>
        /^--(out|exclusions|out-moderated|out-disagreements)$/.test(a),
      );
      const [flag, path] = [args[flagAt] ?? '', args[flagAt + 1] ?? ''];
      writeFileSync(path, OLD);
      chmodSync(path, 0o640);
      const refused = await run(...args);
      expect(refused.code).toBe(2);
      expect(refused.out).toBe('');
      expect(refused.err.split('\n')[0]).toBe(
        `hmip-ratings: will not replace ${path} (${flag}): it already exists. Add --force to replace it, or choose another file`,
      );
      expect(readFileSync(path, 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual([path.slice(dir.length + 1)]);

      // --force replaces it with what a fresh write gives, keeping the file's permissions
      const forced = await run(...args, '--force');
      expect(forced.err).toBe('');
      expect(forced.code).toBe(0);
      const fresh = folder();
      const freshPath = join(fresh, path.slice(dir.length + 1));
      expect((await run(...argv(join(fresh, 'audit')))).code).toBe(0);
      expect(readFileSync(path).equals(readFileSync(freshPath))).toBe(true);
      expect(readFileSync(path, 'utf8')).not.toBe(OLD);
      expect(statSync(path).mode & 0o777).toBe(0o640);
      expect(readdirSync(dir)).toEqual([path.slice(dir.length + 1)]); // no temporary file left
    },
  );

  it('two files that exist are named together; nothing is written, not even the one that does not', async () => {
    const dir = folder();
    const [sheet, left, plan] = ['audit.xlsx', 'left-out.csv', 'plan.csv'].map((f) => join(dir, f));
    writeFileSync(sheet as string, OLD);
    writeFileSync(left as string, OLD);
    const { code, err } = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--out',
      sheet as string,
      '--exclusions',
      left as string,
    );
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      `hmip-ratings: will not replace ${sheet} (--out) or ${left} (--exclusions): they already exist. Add --force to replace them, or choose other files`,
    );
    writeFileSync(left as string, ''); // one exists, one new: still nothing written
    await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--out',
      plan as string,
      '--exclusions',
      left as string,
    );
    expect(existsSync(plan as string)).toBe(false);
  });

  it('the refusal comes before the work: a bad caseload is not read when the output is refused', async () => {
    const dir = folder();
    const out = join(dir, 'audit.xlsx');
    writeFileSync(out, OLD);
    const { code, err } = await run(
      'sample',
      join(dir, 'no-such-caseload.csv'),
      '--fieldwork',
      '2025-07-07',
      '--out',
      out,
    );
    expect(code).toBe(2);
    expect(err).toContain(`will not replace ${out} (--out)`);
  });

  it("one file named by two flags is refused; so is writing over the command's own input, even with --force", async () => {
    const dir = folder();
    const same = join(dir, 'x.csv');
    const both = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--out',
      same,
      '--exclusions',
      same,
    );
    expect(both.code).toBe(2);
    expect(both.err).toContain('--out and --exclusions name the same file: give each its own');
    const caseload = join(dir, 'caseload.csv');
    writeFileSync(caseload, readFileSync(CASELOAD));
    const over = await run(
      'sample',
      caseload,
      '--fieldwork',
      '2025-07-07',
      '--out',
      caseload,
      '--force',
    );
    expect(over.code).toBe(2);
    expect(over.err).toContain(`will not write over an input file: ${caseload}`);
    expect(readFileSync(caseload, 'utf8')).toBe(readFileSync(CASELOAD, 'utf8'));
  });

  it('a new file is written whole, with no temporary file left beside it', async () => {
    const dir = folder();
    const out = join(dir, 'audit.xlsx');
    expect((await run('template', '--out', out)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['audit.xlsx']);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

/** The built command, run as a separate process that the test can kill. */
const BIN = resolve('packages/hmip-ratings-sheets/bin/hmip-ratings.js');

/**
 * Runs the command with its write held at `stage`; resolves once it holds, with the temporary
 * file's path, a way to let it go on, and its exit.
 */
function heldRun(args: string[], stage: 'half-written' | 'written', cwd: string) {
  const release = join(cwd, '..', `release-${Math.random().toString(16).slice(2)}`);
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, HMIP_RATINGS_TEST_HOLD_WRITE: `${stage}:${release}` },
  });
  let err = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>(
    (done) => child.on('exit', (code, signal) => done({ code, signal, err })),
  );
  const held = new Promise<string>((done, fail) => {
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const temporary = /holding at [a-z-]+: (.+)\n/.exec(err)?.[1];
      if (temporary) done(temporary);
    });
    void exit.then(() => fail(new Error(`exited before holding: ${err}`)));
  });
  return { child, held, exit, release: () => writeFileSync(release, '') };
}

describe('a write interrupted by a killed process', () => {
  it.each(['half-written', 'written'] as const)(
    'killed with SIGKILL while the new file is %s: the old file is byte-identical; the next write clears the leftover',
    async (stage) => {
      const dir = folder();
      const out = join(dir, 'audit.xlsx');
      writeFileSync(out, OLD);
      const args = [
        'sample',
        resolve(CASELOAD),
        '--fieldwork',
        '2025-07-07',
        '--out',
        'audit.xlsx',
        '--force',
      ];
      const { child, held, exit } = heldRun(args, stage, dir);
      const temporary = resolve(dir, await held);
      // the temporary file is beside the target, hidden, and holds (some of) the new workbook
      expect(temporary.startsWith(`${dir}/.audit.xlsx.hmip-ratings-${child.pid}-`)).toBe(true);
      expect(statSync(temporary).size).toBeGreaterThan(0);
      child.kill('SIGKILL');
      expect((await exit).signal).toBe('SIGKILL');
      expect(readFileSync(out, 'utf8')).toBe(OLD);
      // nothing under the target's name but the old file; a killed process cannot remove its own
      // temporary file, so the one left is hidden and named for it...
      expect(readdirSync(dir).sort()).toEqual([basename(temporary), 'audit.xlsx']);
      // ...and the next write of that file removes it
      expect((await run('template', '--out', out, '--force')).code).toBe(0);
      expect(readdirSync(dir)).toEqual(['audit.xlsx']);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    },
  );

  it('killed while writing a new file: no file appears under its name', async () => {
    const dir = folder();
    const { held, exit, child } = heldRun(['template', '--out', 'audit.csv'], 'half-written', dir);
    await held;
    child.kill('SIGKILL');
    await exit;
    expect(existsSync(join(dir, 'audit.csv'))).toBe(false);
  });

  it('a file that appears while the command writes is still not replaced; the temporary file is removed', async () => {
    const dir = folder();
    const out = join(dir, 'audit.csv');
    const { held, exit, release } = heldRun(['template', '--out', 'audit.csv'], 'written', dir);
    await held;
    writeFileSync(out, OLD); // a team saves its audit under that name meanwhile
    release();
    const { code, err } = await exit;
    expect(code).toBe(2);
    expect(err).toContain(
      'hmip-ratings: will not replace audit.csv (--out): it already exists. Add --force to replace it, or choose another file',
    );
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['audit.csv']);
  });
});
