import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  changelogFile,
  pendingChangelog,
  pendingChangesets,
} from '../../scripts/pending-changelog.js';

// Each package's CHANGELOG.md says something true before the first release: the changes waiting
// in .changeset/ under "Unreleased", never a version that was not released. After a release it is
// changesets' own, which this script never touches.
const PACKAGES = ['hmip-ratings', 'hmip-ratings-sheets'] as const;
const config = JSON.parse(readFileSync('.changeset/config.json', 'utf8')) as {
  fixed: string[][];
};

describe.each(PACKAGES)('the %s changelog', (name) => {
  it('is there, and until the first release lists the pending changesets (npm run changelog)', () => {
    const { path, pending } = changelogFile(name);
    expect(existsSync(path)).toBe(true);
    const version = (
      JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as { version: string }
    ).version;
    if (!pending) return; // released: changesets wrote it
    expect(version).toBe('0.0.0');
    expect(readFileSync(path, 'utf8')).toBe(pendingChangelog(name));
  });

  it('names every pending change to the package, under Unreleased, and no version', () => {
    const changelog = pendingChangelog(name);
    expect(changelog.split('\n')[0]).toBe(`# ${name}`);
    expect(changelog).toContain('\n## Unreleased\n');
    expect(changelog).not.toMatch(/^## \d/m);
    const mine = pendingChangesets().filter((c) => c.bumps[name] !== undefined);
    expect(mine.length).toBeGreaterThan(0);
    for (const { summary } of mine)
      expect(changelog).toContain(summary.split('\n')[0]?.slice(0, 60));
  });
});

describe('the pending changesets', () => {
  it('are read from .changeset/ (11 or more before the first release), each naming a bump', () => {
    const changesets = pendingChangesets();
    expect(changesets.length).toBeGreaterThanOrEqual(11);
    for (const { bumps } of changesets)
      for (const bump of Object.values(bumps)) expect(['major', 'minor', 'patch']).toContain(bump);
  });

  it('the two packages are one fixed group: released together with one version', () => {
    expect(config.fixed).toContainEqual([...PACKAGES]);
  });
});
