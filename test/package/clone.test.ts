import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { npm } from '../support/packages.js';

// The command from a clone (issue 15, item 5): a fresh clone of this repository's HEAD (committed
// work only), installed with `npm ci` as the README says, gets `hmip-ratings` in
// node_modules/.bin, linked by npm itself to the committed launcher; the launcher says to build
// when the command is not built, and runs it once it is. The build is this checkout's own
// (`npm test` builds first), copied in: building again in the clone would add a minute and test
// tsup, not the link.
const root = mkdtempSync(join(tmpdir(), 'hmip-clone-'));
const repo = join(root, 'repo');
const LAUNCHER = 'packages/hmip-ratings-sheets/bin/hmip-ratings.js';

/** npx in the clone, with a registry that cannot answer: whatever runs was found locally. */
const npx = (...args: string[]) =>
  spawnSync('npx', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
  });

beforeAll(() => {
  execFileSync('git', ['clone', '--quiet', process.cwd(), repo]);
  npm(['ci'], repo);
}, 300_000);

describe('the command from a fresh clone after npm ci', () => {
  it('npm links node_modules/.bin/hmip-ratings to the committed launcher, which is executable', () => {
    expect(realpathSync(join(repo, 'node_modules/.bin/hmip-ratings'))).toBe(
      realpathSync(join(repo, LAUNCHER)),
    );
    expect(
      execFileSync('git', ['ls-files', '-s', LAUNCHER], { cwd: repo, encoding: 'utf8' }),
    ).toMatch(/^100755 /);
  });

  it('before the build, it says in one line to run npm run build, and exits 2', () => {
    const { status, stdout, stderr } = npx('hmip-ratings', '--help');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'hmip-ratings: the command is not built yet: run `npm run build` in the repository, then try again\n',
    );
  });

  it('once built: npx hmip-ratings --help and rate work, with or without --no-install', () => {
    for (const pkg of ['hmip-ratings', 'hmip-ratings-sheets'])
      cpSync(resolve(`packages/${pkg}/dist`), join(repo, `packages/${pkg}/dist`), {
        recursive: true,
      });
    for (const npxFlags of [[], ['--no-install']]) {
      const help = npx(...npxFlags, 'hmip-ratings', '--help');
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(
        'hmip-ratings <command> --help, or hmip-ratings help <command>',
      );
      const rate = npx(
        ...npxFlags,
        'hmip-ratings',
        'rate',
        'examples/cumberland/cases.csv',
        '--judgements',
        'examples/cumberland/judgements.json',
      );
      expect(rate.stderr).toBe('');
      expect(rate.status).toBe(0);
      expect(rate.stdout).toContain('Score 12/36');
      expect(rate.stdout).toContain('Overall rating       Requires improvement');
    }
    const rateHelp = npx('hmip-ratings', 'rate', '--help');
    expect(rateHelp.stdout.startsWith('rate: ')).toBe(true);
    expect(rateHelp.stdout).not.toContain('sample: ');
  });
});
