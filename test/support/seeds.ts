import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's source documents, read-only beside the checkout (../shared/seeds), or HMIP_SEEDS. */
export const seedsDir =
  process.env['HMIP_SEEDS'] ?? resolve(import.meta.dirname, '../../../shared/seeds');
export const seedsPresent = existsSync(seedsDir);

const files: Record<string, string> = {
  'cheshire-2021': '002_78c3034eb5f202a0.txt',
  'cumberland-2024': '000_2059885ffec68cce.txt',
  'waltham-forest-2024': '004_bd317073e4e594c0.txt',
};

/** A source's text with curly apostrophes straightened and white space folded, as the data stores it. */
export function sourceText(id: string): string {
  const file = files[id];
  if (!file) throw new Error(`no seed file for source ${id}`);
  return normalise(readFileSync(join(seedsDir, file), 'utf8'));
}

export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
}
