// The strata of a draw: the stratifying fields resolved against the caseload's attribute names,
// the order of their values, and each field's marginal counts over the strata.
import { issue, type RatingIssue } from '../model/errors.js';
import { didYouMean, isRecord } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import { percentYes } from '../rules/percent-yes.js';
import type { CaseloadRecord } from './caseload-record.js';
import { DEFAULT_STRATA_ATTRIBUTES, type MarginalRow, type StratumRow } from './audit-sample.js';

/** One stratum of a kind's eligible cases: its value of each field, and the cases' places in the caseload. */
export interface Stratum {
  readonly values: string[];
  readonly pool: number[];
}

/** The attribute names the caseload's records carry, in order of first appearance. */
function attributeNames(caseload: readonly CaseloadRecord[]): string[] {
  const names = new Set<string>();
  let last: string[] = [];
  for (const record of caseload) {
    const attributes: unknown = isRecord(record) ? record.attributes : undefined;
    if (!isRecord(attributes)) continue;
    // Records read from one sheet share their keys: compare with the last record's before the set.
    let k = 0;
    let same = true;
    for (const key in attributes) {
      if (last[k] !== key) {
        same = false;
        break;
      }
      k++;
    }
    if (same && k === last.length) continue;
    last = Object.keys(attributes);
    for (const key of last) names.add(key);
  }
  return [...names];
}

/** Whether any case carries an attribute of exactly this name; stops at the first that does. */
function hasAttribute(caseload: readonly CaseloadRecord[], name: string): boolean {
  for (const record of caseload) {
    // Records are not checked yet: read only what is there.
    const attributes: unknown = isRecord(record) ? record.attributes : undefined;
    if (isRecord(attributes) && Object.hasOwn(attributes, name)) return true;
  }
  return false;
}

/**
 * The stratifying fields, resolved against the caseload's attribute names; or the problems. A
 * name is matched exactly first (found at the first case that has it), and only failing that in
 * any case, which needs every attribute name of the caseload.
 */
export function resolveStrata(
  given: readonly string[] | undefined,
  caseload: readonly CaseloadRecord[],
): { readonly fields: string[]; readonly issues: RatingIssue[] } {
  let known: { names: string[]; byLower: Map<string, string[]> } | undefined;
  const all = () => {
    if (known) return known;
    const names = attributeNames(caseload);
    const byLower = new Map<string, string[]>();
    for (const name of names) {
      const key = name.trim().toLowerCase();
      byLower.set(key, [...(byLower.get(key) ?? []), name]);
    }
    return (known = { names, byLower });
  };
  if (given === undefined) {
    const fields = ['disposal'];
    for (const wanted of DEFAULT_STRATA_ATTRIBUTES) {
      const found = hasAttribute(caseload, wanted) ? wanted : all().byLower.get(wanted)?.[0];
      if (found !== undefined) fields.push(found);
    }
    return { fields, issues: [] };
  }
  const fields: string[] = [];
  const issues: RatingIssue[] = [];
  given.forEach((raw, i) => {
    const name = raw.trim();
    if (name.toLowerCase() === 'disposal') return void fields.push('disposal');
    const matches = hasAttribute(caseload, name)
      ? [name]
      : (all().byLower.get(name.toLowerCase()) ?? []);
    if (matches.length === 1) return void fields.push(matches[0] as string);
    const { names } = all();
    const near = didYouMean(name, ['disposal', ...names]);
    issues.push(
      issue(
        'invalid-option',
        ['options', 'strata', i],
        matches.length > 1
          ? `${quoteText(name)} matches more than one attribute (${matches.map((m) => quoteText(m)).join(', ')}): name it exactly`
          : `the caseload has no attribute ${quoteText(name)}${near ? `; did you mean ${quoteText(near)}?` : names.length > 0 ? ` (it has ${names.map((n) => quoteText(n)).join(', ')})` : ' (it has no attributes)'}`,
      ),
    );
  });
  return { fields, issues };
}

/** Code-unit order of two lists of values: the same on every platform (no locale). */
export function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A count's whole percent of a total, rounded half up; none of an empty total. */
export const percentOf = (count: number, total: number) =>
  total > 0 ? percentYes(count, total) : undefined;

/** Each field's values summed over the strata: the marginal counts the sample should match. */
export function marginals(
  fields: readonly string[],
  rows: readonly StratumRow[],
  eligible: number,
  size: number,
): MarginalRow[] {
  const out: MarginalRow[] = [];
  fields.forEach((field, f) => {
    const byValue = new Map<string, { population: number; sample: number }>();
    for (const row of rows) {
      const value = row.values[f] as string;
      const sum = byValue.get(value) ?? { population: 0, sample: 0 };
      sum.population += row.population;
      sum.sample += row.sample;
      byValue.set(value, sum);
    }
    for (const value of [...byValue.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const { population, sample } = byValue.get(value) as { population: number; sample: number };
      const samplePercent = percentOf(sample, size);
      out.push({
        field,
        value,
        population,
        populationPercent: percentYes(population, eligible),
        proportional: (size * population) / eligible,
        sample,
        ...(samplePercent !== undefined && { samplePercent }),
      });
    }
  });
  return out;
}
