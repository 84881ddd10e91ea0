// Framework arguments: the built-in frameworks and those returned by defineFramework are trusted
// (deeply frozen, checked once); anything else is checked in full on every call, and the checked
// copy is what the rules then read.
import type { RatingIssue } from '../model/errors.js';
import { argumentIssue, isRecord } from '../model/arguments.js';
import type { Framework } from '../model/types.js';
import { deepFreeze } from '../model/deep-freeze.js';
import { youth2018 } from '../frameworks/youth-2018.js';
import { youth2021 } from '../frameworks/youth-2021.js';
import { isCheckedFramework } from './checked.js';
import { checkFramework } from './framework-issues.js';

/**
 * Whether a value is a built-in framework or one `defineFramework` returned.
 * @example
 * isTrustedFramework(youth2021) // => true
 * isTrustedFramework({ ...youth2021 }) // => false
 * @category Toolkit
 */
export function isTrustedFramework(value: unknown): value is Framework {
  return (
    value === youth2021 || value === youth2018 || (isRecord(value) && isCheckedFramework(value))
  );
}

const EXPECTED = 'a framework (youth2021, youth2018 or the result of defineFramework)';

/**
 * A framework passed as an argument, checked: the framework the rules may read, or its problems.
 * @example
 * frameworkArgument(youth2021).framework === youth2021 // => true
 * frameworkArgument(null).issues[0]?.code // => 'invalid-argument'
 * @category Toolkit
 */
export function frameworkArgument(
  value: unknown,
  name = 'framework',
): { readonly framework?: Framework; readonly issues: RatingIssue[] } {
  if (isTrustedFramework(value)) return { framework: value, issues: [] };
  if (!isRecord(value)) return { issues: [argumentIssue(name, EXPECTED, value)] };
  const checked = checkFramework(value);
  // The schema's copy is the caller's data read once; frozen, so nothing the rules call can change it.
  return checked.framework
    ? { framework: deepFreeze(checked.framework), issues: [] }
    : { issues: checked.issues.map((i) => ({ ...i, path: [name, ...i.path.slice(1)] })) };
}
