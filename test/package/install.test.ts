import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The packages as npm publishes them: packed into tarballs, installed into empty projects. A
// rules-only user gets the rules and zod, nothing else; the command runs from the tarballs.
const root = mkdtempSync(join(tmpdir(), 'hmip-install-'));
const npm = (args: string[], cwd: string) =>
  execFileSync(
    'npm',
    [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    {
      cwd,
      encoding: 'utf8',
    },
  );
const project = (name: string) => {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return dir;
};
/** The packages installed in a project, from npm's own record of its tree. */
const installed = (dir: string): string[] =>
  Object.keys(
    (
      JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, unknown>;
      }
    ).packages,
  )
    .map((p) => p.replace(/^.*node_modules\//, ''))
    .sort();

let core = '';
let sheets = '';
beforeAll(() => {
  npm(
    [
      'pack',
      '--workspace',
      'hmip-ratings',
      '--workspace',
      'hmip-ratings-sheets',
      '--pack-destination',
      root,
    ],
    process.cwd(),
  );
  const tarballs = readdirSync(root).filter((f) => f.endsWith('.tgz'));
  core = join(root, tarballs.find((f) => f.startsWith('hmip-ratings-0')) as string);
  sheets = join(root, tarballs.find((f) => f.startsWith('hmip-ratings-sheets-')) as string);
}, 120_000);

describe('installing the packed packages into empty projects', () => {
  it('the rules alone: hmip-ratings and zod, two packages, and they rate', () => {
    const dir = project('rules-only');
    npm(['install', core, 'zod@^4.0.0'], dir);
    expect(installed(dir)).toEqual(['hmip-ratings', 'zod']);
    const out = execFileSync(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { rateInspection } from 'hmip-ratings'; import { cumberland2024 } from 'hmip-ratings/published'; console.log(rateInspection(cumberland2024).score)",
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out.trim()).toBe('12');
  }, 120_000);

  it('the command runs from the tarballs (npx in an empty project)', () => {
    const dir = project('command');
    npm(['install', core, sheets], dir);
    expect(installed(dir)).toContain('hmip-ratings-sheets');
    const npx = (...args: string[]) =>
      execFileSync('npx', ['--no-install', 'hmip-ratings', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    expect(npx('--help')).toContain('hmip-ratings rate');
    const cases = resolve('examples/cumberland/cases.csv');
    const judgements = resolve('examples/cumberland/judgements.csv');
    expect(npx('rate', cases, '--judgements', judgements)).toContain('Score 12/36');
  }, 180_000);
});
