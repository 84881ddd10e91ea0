import type { RatingIssue, RatingIssueCode } from '../model/errors.js';
import { preview, quoteText } from '../model/preview.js';

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly expected?: string;
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  try {
    for (const key of path) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key))
        return undefined;
      value = (value as Record<string | number, unknown>)[key];
    }
  } catch {
    return undefined; // a getter or proxy trap that throws: show nothing rather than fail
  }
  return value;
}

const shown = preview;

/** What a missing field of the evidence holds, in the words of the README. */
const MISSING: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  framework: 'the id of the framework rated against, such as "hmip-youth-2021"',
  standards: "each standard's evidence by its id, such as { '1.1': { rating: 'Good' } }",
});

/** Whether the field at `path` is absent from an object that is there. */
function isMissing(input: unknown, path: readonly (string | number)[]): boolean {
  if (path.length === 0) return false;
  const parent = path.length === 1 ? input : valueAt(input, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && valueAt(input, path) === undefined;
}

/** Turns zod's issues into this library's, with messages a spreadsheet user understands. */
export function fromZodIssues(
  issues: readonly ZodLikeIssue[],
  input: unknown,
  prefix: readonly (string | number)[] = [],
): RatingIssue[] {
  return issues.map((zi) => {
    const path = zi.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    const full = [...prefix, ...path];
    const got = shown(valueAt(input, path));
    const key = path[path.length - 1];
    let code: RatingIssueCode = 'invalid-input';
    let message: string;
    if (zi.code !== 'unrecognized_keys' && typeof key === 'string' && isMissing(input, path)) {
      message = `missing: ${MISSING[key] ?? 'this field is required'}`;
    } else if (zi.code === 'unrecognized_keys') {
      const keys = zi.keys ?? [];
      message = `unrecognised field${keys.length > 1 ? 's' : ''} ${keys
        .slice(0, 5)
        .map((k) => quoteText(k))
        .join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
    } else if (key === 'yes' || key === 'of') {
      code = 'invalid-count';
      message = `"${key}" must be a whole number of cases, 0 or more (got ${got})`;
    } else if (key === 'percent') {
      code = 'invalid-percent';
      message = `"percent" must be a number from 0 to 100 (got ${got})`;
    } else if (key === 'rating') {
      code = 'invalid-rating';
      message = `${got} is not a rating: use Outstanding, Good, Requires improvement or Inadequate`;
    } else if (zi.code === 'invalid_type' && zi.expected === 'object') {
      message = `expected an object with named fields (got ${got})`;
    } else if (zi.code === 'invalid_type' && zi.expected === 'string') {
      message = `expected text (got ${got})`;
    } else if (zi.code === 'too_small') {
      message = 'must not be empty';
    } else {
      message = `invalid value ${got}`;
    }
    return { code, path: full, message };
  });
}
