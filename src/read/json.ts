// JSON files (evidence, judgements) read within limits: size, and depth of nesting.
import type { RatingIssue } from 'hmip-ratings';
import { located } from './located.js';
import { LIMITS } from './limits.js';

/**
 * Parses JSON text: a byte-order mark is accepted; text longer than the limit, text that is not
 * JSON and values nested deeper than the limit are refused, each as one located problem.
 */
export function parseJson(
  text: string,
  file: string,
  limits: { readonly jsonBytes: number; readonly jsonDepth: number } = LIMITS,
): { readonly value?: unknown; readonly issues: RatingIssue[] } {
  if (text.length > limits.jsonBytes)
    return {
      issues: [
        located(
          'limit-exceeded',
          `the file is larger than ${limits.jsonBytes.toLocaleString('en-GB')} characters, the most a JSON file may have`,
          file,
        ),
      ],
    };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 120) : 'unreadable';
    return { issues: [located('invalid-file', `not valid JSON (${reason})`, file)] };
  }
  if (depthOf(value, limits.jsonDepth) > limits.jsonDepth)
    return {
      issues: [
        located(
          'limit-exceeded',
          `the JSON is nested more than ${limits.jsonDepth} levels deep`,
          file,
        ),
      ],
    };
  return { value, issues: [] };
}

/** How deep a parsed JSON value nests, counted without recursion and stopping past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}
