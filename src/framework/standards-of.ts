import type { Framework, KeyQuestion, Standard } from '../model/types.js';
import { argumentIssue, isRecord, plainList, throwIssues } from '../model/arguments.js';

/**
 * The items of the lists under a field of each item of a list (standards of domains, key
 * questions of standards), read by index; undefined if any level is not a list of objects.
 */
function flatten(list: unknown, field: string): unknown[] | undefined {
  const outer = plainList(list);
  if (!outer) return undefined;
  const all: unknown[] = [];
  for (const item of outer) {
    const inner = isRecord(item) ? plainList(item[field]) : undefined;
    if (!inner) return undefined;
    all.push(...inner);
  }
  return all;
}

/** A framework's standards, in order. */
export type StandardsOf<F extends Framework> = readonly F['domains'][number]['standards'][number][];

/**
 * Every standard of a framework in framework order, typed with its literal ids.
 *
 * @example
 * standardsOf(youth2021).map((s) => s.id).join(' ') // => '1.1 1.2 1.3 1.4 2.1 2.2 2.3 2.4 3.1 3.2 3.3 3.4 4.1'
 * standardsOf(youth2018).length // => 12
 * @category Frameworks
 */
export function standardsOf<F extends Framework>(framework: F): StandardsOf<F> {
  const standards = flatten(isRecord(framework) ? framework['domains'] : undefined, 'standards');
  if (!standards)
    throwIssues([argumentIssue('framework', 'a framework with domains of standards', framework)]);
  return standards as readonly Standard[] as StandardsOf<F>;
}

/**
 * Every key question of a framework in framework order.
 *
 * @example
 * keyQuestionsOf(youth2018).filter((kq) => kq.appliesTo).map((kq) => kq.id) // => ['3.4.2']
 * @category Frameworks
 */
export function keyQuestionsOf<F extends Framework>(
  framework: F,
): readonly F['domains'][number]['standards'][number]['keyQuestions'][number][] {
  const keyQuestions = flatten(standardsOf(framework), 'keyQuestions');
  if (!keyQuestions)
    throwIssues([
      argumentIssue('framework', 'a framework whose standards list key questions', framework),
    ]);
  return keyQuestions as readonly KeyQuestion[] as never;
}
