import type { Framework, KeyQuestion, Standard } from '../model/types.js';

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
  return standardsOf(framework).flatMap((s): readonly KeyQuestion[] => s.keyQuestions) as never;
}
