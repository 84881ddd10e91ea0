// Registers the elements under their tags, once: calling again with the same prefix is harmless.
import { RatingRuleError } from 'hmip-ratings';
import { issue, optionIssues, preview } from 'hmip-ratings/toolkit';
import { AuditGridElement } from './audit-grid.js';
import { RatingsTableElement } from './ratings-table.js';

/** The options of `defineElements`. @category Elements */
export interface DefineElementsOptions {
  /**
   * The first word of both tags: `hmip` (the default) gives `<hmip-audit-grid>` and
   * `<hmip-ratings-table>`; `acme` gives `<acme-audit-grid>` and `<acme-ratings-table>`. Lower-case
   * letters and digits, starting with a letter, words joined by hyphens; at most 40 characters.
   */
  readonly prefix?: string;
}

/** The tags `defineElements` registered (or found already registered). @category Elements */
export interface ElementTags {
  readonly grid: string;
  readonly table: string;
}

const PREFIX = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const prefixCheck = (value: unknown) =>
  typeof value === 'string' && value.length <= 40 && PREFIX.test(value)
    ? undefined
    : `must be lower-case letters and digits, starting with a letter, words joined by hyphens, at most 40 characters (got ${preview(value)})`;

/**
 * Registers `<hmip-audit-grid>` and `<hmip-ratings-table>` (or the tags of another prefix) with
 * the page's custom element registry. Idempotent: tags already registered by an earlier call are
 * left as they are. Importing the entry registers nothing; only this call does.
 * @returns the two tags
 * @throws {RatingRuleError} for an unknown option or a bad prefix, no custom element registry (not
 * a browser), or a tag another script has registered with its own element
 * @example
 * // In a page, defineElements() gives { grid: 'hmip-audit-grid', table: 'hmip-ratings-table' }.
 * // Outside a browser there is no registry to register them with:
 * let refused = '';
 * try { defineElements(); } catch (e) { refused = (e as Error).message; }
 * refused // => 'defineElements needs a browser page: there is no custom element registry here'
 * @category Elements
 */
export function defineElements(options?: DefineElementsOptions): ElementTags {
  const problems = optionIssues(options, { prefix: prefixCheck });
  if (problems.length > 0) throw new RatingRuleError(problems);
  const prefix = options?.prefix ?? 'hmip';
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (!registry)
    throw new RatingRuleError([
      issue(
        'invalid-input',
        [],
        'defineElements needs a browser page: there is no custom element registry here',
      ),
    ]);
  const tags = { grid: `${prefix}-audit-grid`, table: `${prefix}-ratings-table` };
  const taken = [
    [tags.table, RatingsTableElement],
    [tags.grid, AuditGridElement],
  ].filter(([tag, base]) => {
    const found = registry.get(tag as string);
    return found !== undefined && !(found.prototype instanceof (base as typeof HTMLElement));
  });
  if (taken.length > 0)
    throw new RatingRuleError(
      taken.map(([tag]) =>
        issue(
          'invalid-input',
          ['options', 'prefix'],
          `<${String(tag)}> is already registered by another script; choose another prefix`,
        ),
      ),
    );
  if (!registry.get(tags.table)) registry.define(tags.table, class extends RatingsTableElement {});
  if (!registry.get(tags.grid))
    registry.define(
      tags.grid,
      class extends AuditGridElement {
        static override tableTag = tags.table;
      },
    );
  return tags;
}
