import type { Framework, KeyQuestion, Standard } from '../model/types.js';
import { argumentIssue, isRecord, throwIssues } from '../model/arguments.js';

/** A light check that a value has a framework's domains and standards: enough to list them safely. */
function checkDomains(framework: unknown): void {
  const domains = isRecord(framework) ? framework['domains'] : undefined;
  if (
    !Array.isArray(domains) ||
    !domains.every((d: unknown) => isRecord(d) && Array.isArray(d['standards']))
  )
    throwIssues([argumentIssue('framework', 'a framework with domains of standards', framework)]);
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
  checkDomains(framework);
  return framework.domains.flatMap((d): readonly Standard[] => d.standards) as StandardsOf<F>;
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
  const standards = standardsOf(framework);
  if (!standards.every((s: unknown) => isRecord(s) && Array.isArray(s['keyQuestions'])))
    throwIssues([
      argumentIssue('framework', 'a framework whose standards list key questions', framework),
    ]);
  return standards.flatMap((s): readonly KeyQuestion[] => s.keyQuestions) as never;
}
