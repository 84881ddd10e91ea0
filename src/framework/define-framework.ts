import { RatingRuleError } from '../model/errors.js';
import { frozenCopy } from '../model/deep-freeze.js';
import type { Framework } from '../model/types.js';
import { frameworkIssues } from './framework-issues.js';

// Frameworks already checked: frozen objects cannot change after the check, so a repeat check is waste.
const checked = new WeakSet<object>();

/** Whether a framework has passed `defineFramework`'s checks (the built-in ones have). */
export function isCheckedFramework(framework: object): boolean {
  return checked.has(framework);
}

/**
 * Checks a framework definition and returns a deeply frozen copy with its ids as literal types,
 * so custom frameworks (a local audit tool, a future HMIP programme) work with every rule.
 *
 * @param definition - the framework as data; it is copied, never changed
 * @throws {RatingRuleError} `invalid-framework` listing every problem found
 * @example
 * const local = defineFramework({ ...youth2018, id: 'our-audit', name: 'Our audit' });
 * local.id // => 'our-audit'
 * Object.isFrozen(local) // => true
 * @category Frameworks
 */
export function defineFramework<const F extends Framework>(definition: F): F {
  const found = frameworkIssues(definition);
  if (found.length > 0) throw new RatingRuleError(found);
  const frozen = frozenCopy(definition);
  checked.add(frozen);
  return frozen;
}
