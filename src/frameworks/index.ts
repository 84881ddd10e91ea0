import { youth2018, type Youth2018 } from './youth-2018.js';
import { youth2021, type Youth2021 } from './youth-2021.js';

/** The built-in frameworks' types by id. @category Frameworks */
export interface BuiltInFrameworks {
  readonly 'hmip-youth-2018': Youth2018;
  readonly 'hmip-youth-2021': Youth2021;
}

/**
 * The built-in frameworks by id.
 *
 * @example
 * frameworks['hmip-youth-2021'] === youth2021 // => true
 * Object.keys(frameworks) // => ['hmip-youth-2018', 'hmip-youth-2021']
 * @category Frameworks
 */
export const frameworks: Readonly<BuiltInFrameworks> = /* @__PURE__ */ Object.freeze({
  [youth2018.id]: youth2018,
  [youth2021.id]: youth2021,
});

/** The id of a built-in framework. @category Frameworks */
export type BuiltInFrameworkId = keyof BuiltInFrameworks;

/** A built-in framework's type (a union of them for a union of ids). @category Frameworks */
export type BuiltInFramework<Id extends BuiltInFrameworkId = BuiltInFrameworkId> =
  BuiltInFrameworks[Id];
