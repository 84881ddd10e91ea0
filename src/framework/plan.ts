// What the rules need from a framework, worked out once per framework rather than once per call:
// its standards in order with their domains, a table of them by id, and the maximum score.
// Frameworks reaching the rules are deeply frozen (built-in, defineFramework's, or a checked
// copy), so what is worked out stays true; the table is kept by the framework object itself.
import type { Domain, Framework, Standard } from '../model/types.js';
import { maximumScore } from './framework-issues.js';

/** A framework laid out for rating. */
export interface FrameworkPlan {
  readonly entries: readonly { readonly domain: Domain; readonly standard: Standard }[];
  readonly byId: ReadonlyMap<string, Standard>;
  /** The standard ids, in order, for messages. */
  readonly ids: string;
  readonly maximum: number;
}

const plans = new WeakMap<Framework, FrameworkPlan>();

/** The plan of a framework, worked out on first use. */
export function planOf(framework: Framework): FrameworkPlan {
  let plan = plans.get(framework);
  if (!plan) {
    const entries = framework.domains.flatMap((domain) =>
      domain.standards.map((standard) => ({ domain, standard })),
    );
    plan = {
      entries,
      byId: new Map(entries.map((e) => [e.standard.id, e.standard])),
      ids: entries.map((e) => e.standard.id).join(', '),
      maximum: maximumScore(framework),
    };
    if (Object.isFrozen(framework)) plans.set(framework, plan);
  }
  return plan;
}
