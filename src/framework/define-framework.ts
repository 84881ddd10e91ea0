import { RatingRuleError } from '../model/errors.js';
import { frozenCopy } from '../model/deep-freeze.js';
import type { Framework } from '../model/types.js';
import { checkFramework } from './framework-issues.js';
import { markChecked } from './checked.js';

export { isCheckedFramework } from './checked.js';

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
  const { framework, issues } = checkFramework(definition);
  if (!framework) throw new RatingRuleError(issues);
  const frozen = frozenCopy(framework) as F;
  markChecked(frozen);
  return frozen;
}
