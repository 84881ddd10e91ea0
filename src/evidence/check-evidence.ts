// A hand check of one standard's evidence: the same test as the zod schema, several times faster,
// so a valid rating does not pay for zod on every object. zod still describes any evidence that
// fails. A property test pins that the two always agree (test/evidence/check-evidence.test-prop.ts). The
// check copies what it reads, each field once, so the rules use exactly what was checked.
import { isRating } from '../model/rating.js';
import { MAX_COUNT } from '../model/limits.js';
import { MAX_REASON, type KeyQuestionFields, type StandardFields } from './schema.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const isText = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= MAX_REASON;
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
/** A record in zod's sense (its `isPlainObject`): an object whose constructor, if any, is Object-like. */
function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** One key question's evidence, copied, or undefined when the schema would refuse it. */
function keyQuestionEvidence(value: unknown): KeyQuestionFields | undefined {
  if (!isObject(value)) return undefined;
  const copy: Mutable<KeyQuestionFields> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === 'yes' || key === 'of') {
      if (v === undefined) continue;
      if (!isCount(v)) return undefined;
      // Named stores: a store by a computed key was the slowest line of a rating.
      if (key === 'yes') copy.yes = v;
      else copy.of = v;
    } else if (key === 'percent') {
      if (v === undefined) continue;
      if (typeof v !== 'number' || !(v >= 0 && v <= 100)) return undefined;
      copy.percent = v;
    } else return undefined;
  }
  return copy;
}

const FIELDS = { keyQuestions: 1, rating: 1, notRated: 1, decidedBy: 1, discretion: 1 } as const;

/**
 * One standard's evidence, copied with its key questions in the caller's order, or undefined
 * when `standardEvidenceSchema` would refuse it (the schema then says why).
 */
export function standardEvidence(value: unknown): StandardFields | undefined {
  if (!isObject(value)) return undefined;
  const copy: Mutable<StandardFields> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) {
      if (Object.hasOwn(FIELDS, key)) continue; // an optional field given as undefined is absent
      return undefined;
    }
    switch (key) {
      case 'keyQuestions': {
        if (!isPlainRecord(v)) return undefined;
        // A plain object rather than a prototype-free one: V8 keeps an object made by
        // Object.create(null) in dictionary mode, which made every read of it (its keys, each
        // key question) the slowest lines of a rating. Only the framework's own key question ids
        // are read from it, each after Object.hasOwn (src/rules/rate-standard.ts).
        const keyQuestions: Record<string, KeyQuestionFields> = {};
        for (const id of Object.keys(v)) {
          // zod's record drops a "__proto__" key unread; it is kept here as given (an own key,
          // not the prototype), so the rules report it as a key question the standard does not
          // have.
          if (id === '__proto__') {
            Object.defineProperty(keyQuestions, id, {
              value: v[id],
              enumerable: true,
              writable: true,
              configurable: true,
            });
            continue;
          }
          const kq = keyQuestionEvidence(v[id]);
          if (!kq) return undefined;
          keyQuestions[id] = kq;
        }
        copy.keyQuestions = keyQuestions;
        break;
      }
      case 'rating':
        if (!isRating(v)) return undefined;
        copy.rating = v;
        break;
      case 'notRated':
      case 'decidedBy':
        if (!isText(v)) return undefined;
        copy[key] = v;
        break;
      case 'discretion': {
        if (!isObject(v)) return undefined;
        const keys = Object.keys(v);
        const { rating, reason } = v;
        if (
          keys.some((k) => k !== 'rating' && k !== 'reason') ||
          !isRating(rating) ||
          !isText(reason)
        )
          return undefined;
        copy.discretion = { rating, reason };
        break;
      }
      default:
        return undefined;
    }
  }
  return copy;
}

/** The evidence's envelope by hand (the same test as the schema); undefined when zod must say why. */
export function envelopeOf(
  input: Record<string, unknown>,
): { framework: string; service?: string; standards: Record<string, unknown> } | undefined {
  let framework: unknown;
  let service: unknown;
  let standards: unknown;
  for (const key of Object.keys(input)) {
    if (key === 'framework') framework = input[key];
    else if (key === 'service') service = input[key];
    else if (key === 'standards') standards = input[key];
    else return undefined;
  }
  const text = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_REASON;
  if (!text(framework) || (service !== undefined && !text(service)) || !isPlainRecord(standards))
    return undefined;
  return {
    framework: framework as string,
    ...(service !== undefined && { service: service as string }),
    standards,
  };
}
