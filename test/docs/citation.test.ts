import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// CITATION.cff is valid Citation File Format 1.2.0 and says only what the packages and the README
// say. The schema is CFF's own, kept in test/fixtures/citation-file-format/ (its README says where
// it comes from).
const text = readFileSync('CITATION.cff', 'utf8');
const cff = parse(text) as Record<string, unknown>;
const schema = JSON.parse(
  readFileSync('test/fixtures/citation-file-format/schema-1.2.0.json', 'utf8'),
) as Record<string, unknown>;
const manifest = (name: string) =>
  JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as {
    name: string;
    version: string;
    author: string;
    license: string;
    keywords: string[];
    dependencies?: Record<string, string>;
  };
const core = manifest('hmip-ratings');
const sheets = manifest('hmip-ratings-sheets');
const readme = readFileSync('README.md', 'utf8');

const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
/** The errors of validating `value` against the CFF 1.2.0 schema (none when it is valid). */
const cffErrors = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []));

describe('CITATION.cff', () => {
  it('is valid against the Citation File Format 1.2.0 schema', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cffErrors(cff)).toEqual([]);
  });

  it('the schema refuses what CFF refuses: no authors, an unknown key, a bad type', () => {
    expect(cffErrors({ ...cff, authors: [] })).not.toEqual([]);
    expect(cffErrors({ ...cff, publisher: 'x' })).not.toEqual([]);
    expect(cffErrors({ ...cff, type: 'book' })).not.toEqual([]);
  });

  it('its version is the version of both packages', () => {
    expect(cff.version).toBe(core.version);
    expect(sheets.version).toBe(core.version);
  });

  it("its title is the package name, the README heading; its authors the packages' author", () => {
    expect(cff.title).toBe(core.name);
    expect(readme.split('\n')[0]).toBe(`# ${String(cff.title)}`);
    expect(cff.authors).toEqual([{ name: core.author }]);
    expect(sheets.author).toBe(core.author);
    // the author is the copyright holder the licence names
    expect(readFileSync('LICENSE', 'utf8')).toContain(`Copyright (c) 2026 ${core.author}`);
  });

  it("its licence, abstract and keywords are the packages' and the README's", () => {
    expect(cff.license).toBe(core.license);
    const firstParagraph = readme.split('\n\n')[1]?.replace(/\*\*/g, '').replace(/\n/g, ' ');
    expect(cff.abstract).toBe(`${firstParagraph ?? ''}`);
    expect(cff.keywords).toEqual([...new Set([...core.keywords, ...sheets.keywords])]);
  });
});
