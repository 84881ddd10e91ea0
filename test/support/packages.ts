import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The packages as npm publishes them: packed into tarballs (npm pack) and installed into empty
// projects. Shared by the package tests.

/** Runs npm quietly in `cwd`, preferring its cache; returns what it printed. */
export const npm = (args: string[], cwd: string): string =>
  execFileSync(
    'npm',
    [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd, encoding: 'utf8' },
  );

export const PACKAGES = ['hmip-ratings', 'hmip-ratings-sheets'] as const;
export type PackageName = (typeof PACKAGES)[number];

/**
 * Packs the built packages (run `npm run build` first; `npm test` does) into `dir` and returns
 * each one's tarball path. Packs both unless `only` names some.
 */
export function packPackages(
  dir: string,
  only: readonly PackageName[] = PACKAGES,
): Record<PackageName, string | undefined> {
  npm(
    ['pack', ...only.flatMap((p) => ['--workspace', p]), '--pack-destination', dir],
    process.cwd(),
  );
  const tarballs = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  const find = (pattern: RegExp) => {
    const found = tarballs.find((f) => pattern.test(f));
    return found === undefined ? undefined : join(dir, found);
  };
  return {
    'hmip-ratings': find(/^hmip-ratings-\d/),
    'hmip-ratings-sheets': find(/^hmip-ratings-sheets-\d/),
  };
}

/** An empty ESM project `name` in `root`, with only a package.json. */
export function emptyProject(root: string, name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return dir;
}

/** The packages installed in a project, from npm's own record of its tree. */
export const installed = (dir: string): string[] =>
  Object.keys(
    (
      JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, unknown>;
      }
    ).packages,
  )
    .map((p) => p.replace(/^.*node_modules\//, ''))
    .sort();
