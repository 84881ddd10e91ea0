// The house rules of docs/architecture.md, checked on the source tree: every file on a declared
// floor, imports only downwards, no cycle of files or rooms, no file over 450 lines (frozen
// framework data aside) and no function over 100. The check is also run on small made-up trees,
// so a rule that stopped finding its violation would fail here.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without declarations
import { checkArchitecture } from '../../scripts/check-architecture.mjs';

const check = checkArchitecture as (root?: string) => string[];

/** A source tree in a temporary folder, from file paths (under src/) and their text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hmip-architecture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', path)), { recursive: true });
    writeFileSync(join(root, 'src', path), text);
  }
  return root;
}

describe('the architecture check', () => {
  it('finds no violation in the source tree', () => {
    expect(check('.')).toEqual([]);
  });

  it('finds an import from a lower floor up to a higher one', () => {
    const root = tree({
      'model/a.ts': "import { b } from '../rules/b.js';\nexport const a = b;\n",
      'rules/b.ts': 'export const b = 1;\n',
    });
    expect(check(root)).toEqual([
      'floor: src/model/a.ts (model, floor 0) imports ../rules/b.js (rules, floor 3): imports run downwards only',
    ]);
  });

  it('finds a core file reaching a tools floor, and output reading from read', () => {
    const root = tree({
      'rules/r.ts': "import { x } from 'hmip-ratings-sheets';\nexport const r = x;\n",
      'output/o.ts': "import { y } from '../read/y.js';\nexport const o = y;\n",
      'read/y.ts': 'export const y = 1;\n',
    });
    expect(check(root)).toEqual([
      'floor: src/output/o.ts (output) imports ../read/y.js (read): output never imports read',
      'floor: src/rules/r.ts (rules, floor 3) imports hmip-ratings-sheets (sheets.ts, floor 14): imports run downwards only',
    ]);
  });

  it('finds a cycle of files inside one room, and a room on no floor', () => {
    const root = tree({
      'rules/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'rules/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'attic/c.ts': 'export const c = 1;\n',
    });
    expect(check(root)).toEqual([
      'room: src/attic/c.ts is in attic, which is on no floor',
      'cycle: src/rules/a.ts -> src/rules/b.ts -> src/rules/a.ts',
    ]);
  });

  it('finds rooms on one floor importing each other, even through a dynamic import, and their cycle', () => {
    const root = tree({
      'sampling/s.ts': "export const s = () => import('../moderation/m.js');\n",
      'moderation/m.ts': "import { s } from '../sampling/s.js';\nexport const m = s;\n",
    });
    expect(check(root)).toEqual([
      'floor: src/moderation/m.ts (moderation, floor 6) imports ../sampling/s.js (sampling, floor 6): imports run downwards only',
      'floor: src/sampling/s.ts (sampling, floor 6) imports ../moderation/m.js (moderation, floor 6): imports run downwards only',
      'cycle: src/moderation/m.ts -> src/sampling/s.ts -> src/moderation/m.ts',
      'cycle of rooms: moderation -> sampling -> moderation',
    ]);
  });

  it('finds a file over 450 lines and a function over 100, but not the frozen framework data', () => {
    const long = `export function long(): number {\n${'  void 0;\n'.repeat(100)}  return 1;\n}\n`;
    const root = tree({
      'rules/big.ts': `${'export const x = 1;\n'.repeat(451)}`,
      'rules/long.ts': long,
      'frameworks/youth-2030.ts': `${'export const y = 1;\n'.repeat(900)}`,
    });
    expect(check(root)).toEqual([
      'size: src/rules/big.ts has 451 lines (limit 450)',
      'size: src/rules/long.ts:1 long has 103 lines (limit 100)',
    ]);
  });
});
