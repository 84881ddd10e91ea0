import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, type PackageName, packPackages } from '../support/packages.js';

// What a user downloads: each package packed (npm pack, as npm publish packs it) and unpacked with
// tar. It carries its README, CHANGELOG, NOTICE and LICENSE, and nothing of the tests or sources.
const root = mkdtempSync(join(tmpdir(), 'hmip-tarball-'));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
/** Each package's unpacked folder (`package/` in its tarball) and the paths of its files in it. */
const unpacked = {} as Record<PackageName, { dir: string; paths: string[] }>;
const text = (name: PackageName, file: string) =>
  readFileSync(join(unpacked[name].dir, file), 'utf8');

beforeAll(() => {
  const tarballs = packPackages(root);
  for (const name of PACKAGES) {
    const into = join(root, `${name}-unpacked`);
    mkdirSync(into);
    execFileSync('tar', ['-xzf', tarballs[name] ?? '', '-C', into]);
    const dir = join(into, 'package');
    unpacked[name] = {
      dir,
      paths: files(dir)
        .map((f) => relative(dir, f))
        .sort(),
    };
  }
}, 120_000);

describe.each(PACKAGES)('the %s tarball', (name) => {
  it('carries README.md, CHANGELOG.md, NOTICE and LICENSE, none of them empty', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'NOTICE', 'LICENSE']) {
      expect(unpacked[name].paths).toContain(file);
      expect(text(name, file).trim()).not.toBe('');
    }
  });

  it('its LICENSE and NOTICE are the root files (copied by the build, so they cannot drift)', () => {
    for (const file of ['LICENSE', 'NOTICE'])
      expect(text(name, file)).toBe(readFileSync(file, 'utf8'));
  });

  it('its README names the package and its install command', () => {
    const readme = text(name, 'README.md');
    expect(readme.split('\n')[0]).toBe(`# ${name}`);
    expect(readme).toContain(`npm install ${name}`);
  });

  it("its CHANGELOG is the package's: the pending changes under Unreleased until the first release", () => {
    const changelog = text(name, 'CHANGELOG.md');
    expect(changelog).toBe(readFileSync(`packages/${name}/CHANGELOG.md`, 'utf8'));
    expect(changelog.split('\n')[0]).toBe(`# ${name}`);
    const { version } = JSON.parse(text(name, 'package.json')) as { version: string };
    // Unreleased before the first release (test/docs/changelog.test.ts), the version after
    expect(changelog).toContain(version === '0.0.0' ? '\n## Unreleased\n' : `\n## ${version}\n`);
  });

  it('ships no test, no source map of a test and no TypeScript source outside dist', () => {
    const { dir, paths } = unpacked[name];
    expect(paths.filter((p) => /(^|\/)(test|tests|__tests__)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => /\.test(-prop|-d)?\.|\.spec\./.test(p))).toEqual([]);
    // TypeScript outside dist, or anything in dist but built code, declarations and their maps
    expect(paths.filter((p) => /\.[cm]?tsx?$/.test(p) && !p.startsWith('dist/'))).toEqual([]);
    expect(
      paths.filter((p) => p.startsWith('dist/') && !/\.([cm]?js|d\.[cm]?ts|map)$/.test(p)),
    ).toEqual([]);
    expect(paths.filter((p) => /\.[cm]?tsx?$/.test(p) && !/\.d\.[cm]?ts$/.test(p))).toEqual([]);
    // every source map maps built code to src/, never to a test
    for (const map of paths.filter((p) => p.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as { sources: string[] };
      expect(
        sources.filter((s) => /(^|\/)test\/|\.test(-prop|-d)?\./.test(s)),
        map,
      ).toEqual([]);
    }
  });
});

describe('the hmip-ratings-sheets tarball', () => {
  it("carries the command's launcher, executable, as its one bin", () => {
    const { dir, paths } = unpacked['hmip-ratings-sheets'];
    const manifest = JSON.parse(text('hmip-ratings-sheets', 'package.json')) as {
      bin: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ 'hmip-ratings': './bin/hmip-ratings.js' });
    expect(paths.filter((p) => p.startsWith('bin/'))).toEqual(['bin/hmip-ratings.js']);
    expect(statSync(join(dir, 'bin/hmip-ratings.js')).mode & 0o111).not.toBe(0);
    expect(text('hmip-ratings-sheets', 'bin/hmip-ratings.js').split('\n')[0]).toBe(
      '#!/usr/bin/env node',
    );
    expect(paths).toContain('dist/cli.js');
  });
});

describe('the two tarballs together', () => {
  it("the sheets package's README names the hmip-ratings command", () => {
    expect(text('hmip-ratings-sheets', 'README.md')).toContain('npx hmip-ratings rate');
  });

  it('they have one version, and hmip-ratings-sheets depends on exactly that hmip-ratings', () => {
    const manifest = (name: PackageName) =>
      JSON.parse(text(name, 'package.json')) as {
        version: string;
        dependencies?: Record<string, string>;
      };
    expect(manifest('hmip-ratings-sheets').version).toBe(manifest('hmip-ratings').version);
    expect(manifest('hmip-ratings-sheets').dependencies?.['hmip-ratings']).toBe(
      manifest('hmip-ratings').version,
    );
  });
});
