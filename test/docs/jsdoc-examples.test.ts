import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { api } from '../support/entries.js';
import * as sheets from '../../src/sheets.js';
import * as elements from '../../src/elements/index.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';

// Every @example in the source's JSDoc is run, and each `// =>` result is checked, so the
// documentation cannot drift from the code.

interface Example {
  readonly file: string;
  readonly name: string;
  readonly code: string;
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );

/** Every JSDoc block that precedes an export, with the name it documents and its @example code. */
function examples(): { documented: Map<string, string>; examples: Example[] } {
  const documented = new Map<string, string>();
  const found: Example[] = [];
  for (const file of files('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /\/\*\*([\s\S]*?)\*\/\s*export (?:async )?(?:function|const|class|type|interface) (\w+)/g,
    )) {
      const [, body = '', name = ''] = m;
      const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      documented.set(name, body);
      let inExample = false;
      let code: string[] = [];
      const flush = () => {
        if (code.length > 0) found.push({ file, name, code: code.join('\n') });
        code = [];
      };
      for (const line of lines) {
        if (line.startsWith('@example')) {
          flush();
          inExample = true;
        } else if (line.startsWith('@')) {
          flush();
          inExample = false;
        } else if (inExample) code.push(line);
      }
      flush();
    }
  }
  return { documented, examples: found };
}

/** Turns `expr // => value` (or `// => value` on the next line) into a checked assertion. */
function instrument(code: string): string {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const own = /^(.*\S)\s*\/\/ => (.+)$/.exec(line);
    const next = /^\s*\/\/ => (.+)$/.exec(line);
    if (next && out.length > 0) out.push(`__check(${out.pop()}, ${next[1]});`);
    else if (own && !own[1]?.trimStart().startsWith('//'))
      out.push(`__check(${own[1]}, ${own[2]});`);
    else if (line.trim() !== '') out.push(line);
  }
  return out.join('\n');
}

const fixtures = {
  cumberlandCases: cumberlandCases(),
  cumberlandJudgements,
};
const scope: Record<string, unknown> = {
  ...api,
  ...api.toolkit,
  ...sheets,
  ...elements,
  ...fixtures,
};
const { documented, examples: all } = examples();

describe('JSDoc examples run and their results hold', () => {
  it('there are examples to run', () => expect(all.length).toBeGreaterThan(30));
  for (const example of all) {
    it(`${example.file}: ${example.name}`, async () => {
      const js = (await transform(instrument(example.code), { loader: 'ts' })).code;
      const checks: [unknown, unknown][] = [];
      const run = new Function(
        ...Object.keys(scope),
        '__check',
        `return (async () => {\n${js}\n})();`,
      );
      await run(...Object.values(scope), (actual: unknown, expected: unknown) =>
        checks.push([actual, expected]),
      );
      expect(checks.length, 'an example with no // => result checks nothing').toBeGreaterThan(0);
      for (const [actual, expected] of checks) expect(actual).toEqual(expected);
    });
  }
});

describe('every export is documented', () => {
  const { toolkit, ...core } = api;
  const exported = Object.entries({ ...core, ...toolkit, ...sheets, ...elements });
  it.each(exported.map(([name, value]) => [name, typeof value] as const))(
    '%s has JSDoc, and an @example if it is a function',
    (name, kind) => {
      const doc = documented.get(name);
      expect(doc, `${name} has no JSDoc`).toBeDefined();
      if (kind === 'function' && !/^[A-Z]/.test(name))
        expect(doc, `${name} has no @example`).toContain('@example');
    },
  );
});
