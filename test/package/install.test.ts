import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyProject as project, installed, npm, packPackages } from '../support/packages.js';

// The packages as npm publishes them: packed into tarballs, installed into empty projects. A
// rules-only user gets the rules and zod, nothing else; the command runs from the tarballs.
const root = mkdtempSync(join(tmpdir(), 'hmip-install-'));

let core = '';
let sheets = '';
beforeAll(() => {
  const packed = packPackages(root);
  core = packed['hmip-ratings'] ?? '';
  sheets = packed['hmip-ratings-sheets'] ?? '';
}, 120_000);

describe('installing the packed packages into empty projects', () => {
  it('the rules alone: hmip-ratings and zod, two packages, and they rate', () => {
    const dir = project(root, 'rules-only');
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
    const dir = project(root, 'command');
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
