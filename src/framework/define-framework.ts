import { RatingRuleError } from '../model/errors.js';
import { frozenCopy } from '../model/deep-freeze.js';
import type { Domain, Framework, Standard } from '../model/types.js';
import { checkFramework } from './framework-issues.js';
import { markChecked } from './checked.js';

export { isCheckedFramework } from './checked.js';

/** `Id` when it does not start with `Parent` and a dot; never for ids not known to the types. */
type NotUnder<Id extends string, Parent extends string> = string extends Parent
  ? never
  : Id extends `${Parent}.${string}`
    ? never
    : string extends Id
      ? never
      : Id;

/** A standard's key-question ids that do not start with the standard's id and a dot. */
type KeyQuestionsNotUnder<S extends Standard> = S extends Standard
  ? NotUnder<S['keyQuestions'][number]['id'], S['id']>
  : never;

/** A domain's standard (and key-question) ids that do not start with their parent's id and a dot. */
type StandardsNotUnder<D extends Domain> = D extends Domain
  ? NotUnder<D['standards'][number]['id'], D['id']> | KeyQuestionsNotUnder<D['standards'][number]>
  : never;

/**
 * The ids of framework `F` that break the nesting rule `defineFramework` checks: a standard id
 * starts with its domain's id and a dot, a key-question id with its standard's. `never` when none
 * does (or the ids are plain `string`s, known only at run time).
 * @category Frameworks
 */
export type MisplacedIds<F extends Framework> = StandardsNotUnder<F['domains'][number]>;

/** What `defineFramework` asks of its argument's type besides `Framework`: no misplaced id. */
type NestedIds<F extends Framework> = [MisplacedIds<F>] extends [never]
  ? unknown
  : { readonly 'ids must start with their parent id and a dot': MisplacedIds<F> };

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
export function defineFramework<const F extends Framework>(definition: F & NestedIds<F>): F {
  const { framework, issues } = checkFramework(definition);
  if (!framework) throw new RatingRuleError(issues);
  const frozen = frozenCopy(framework) as F;
  markChecked(frozen);
  return frozen;
}
