// Each package's CHANGELOG.md before its first release. changesets writes packages/*/CHANGELOG.md
// when it versions a release (`npm run release:version`), and from then on that file is the
// changelog. Until then, `write` (`npm run changelog`) makes one that lists, under "Unreleased",
// the pending changesets (.changeset/*.md) that name the package, grouped as changesets groups
// them, so the tarball says what it holds; test/docs/changelog.test.ts checks it is up to date.
// `remove` deletes it again: `npm run release:version` runs it first, so `changeset version`
// starts from no file. A changelog that changesets wrote is never touched.
//
//   tsx scripts/pending-changelog.ts write|remove
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PENDING_MARK =
  '<!-- written by scripts/pending-changelog.ts (npm run changelog): no release yet -->';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['hmip-ratings', 'hmip-ratings-sheets'] as const;
const HEADINGS = { major: 'Major Changes', minor: 'Minor Changes', patch: 'Patch Changes' };

export interface PendingChangeset {
  readonly file: string;
  /** The bump of each package the changeset names: `{ 'hmip-ratings': 'minor' }`. */
  readonly bumps: Readonly<Record<string, string>>;
  readonly summary: string;
}

/** The pending changesets in `dir` (.changeset/ by default), in file-name order. */
export function pendingChangesets(dir = join(ROOT, '.changeset')): PendingChangeset[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const match = /^---\n([\s\S]*?)\n?---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`.changeset/${file} has no front matter`);
      const bumps = (parse(match[1] ?? '') ?? {}) as Record<string, string>;
      return { file, bumps, summary: (match[2] ?? '').trim() };
    });
}

/** The changelog of package `name` before its first release, from the pending changesets. */
export function pendingChangelog(
  name: string,
  changesets: readonly PendingChangeset[] = pendingChangesets(),
): string {
  const sections = Object.entries(HEADINGS).flatMap(([bump, heading]) => {
    const entries = changesets
      .filter((c) => c.bumps[name] === bump)
      .map(
        (c) =>
          `- ${c.summary
            .split('\n')
            .join('\n  ')
            .replace(/\n +\n/g, '\n\n')}`,
      );
    return entries.length > 0 ? [`### ${heading}`, '', ...entries.flatMap((e) => [e, ''])] : [];
  });
  return [
    `# ${name}`,
    '',
    PENDING_MARK,
    '',
    '## Unreleased',
    '',
    'No version of this package has been released yet. These are the changes the first release',
    'will carry, from the changesets waiting in the repository.',
    '',
    ...(sections.length > 0 ? sections : ['No changes are waiting.', '']),
  ].join('\n');
}

/** The package's CHANGELOG.md, and whether this script wrote it (so may rewrite or remove it). */
export function changelogFile(name: string): { path: string; pending: boolean } {
  const path = join(ROOT, 'packages', name, 'CHANGELOG.md');
  return { path, pending: existsSync(path) && readFileSync(path, 'utf8').includes(PENDING_MARK) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  if (mode !== 'write' && mode !== 'remove') {
    console.error('usage: tsx scripts/pending-changelog.ts write|remove');
    process.exit(2);
  }
  for (const name of PACKAGES) {
    const { path, pending } = changelogFile(name);
    const released = existsSync(path) && !pending;
    if (mode === 'write' && !released) writeFileSync(path, pendingChangelog(name));
    if (mode === 'remove' && pending) rmSync(path);
  }
}
