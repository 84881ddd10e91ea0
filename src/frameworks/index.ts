import { youth2018 } from './youth-2018.js';
import { youth2021 } from './youth-2021.js';

/**
 * The built-in frameworks by id.
 *
 * @example
 * frameworks['hmip-youth-2021'] === youth2021 // => true
 * Object.keys(frameworks) // => ['hmip-youth-2018', 'hmip-youth-2021']
 * @category Frameworks
 */
export const frameworks = /* @__PURE__ */ Object.freeze({
  [youth2018.id]: youth2018,
  [youth2021.id]: youth2021,
} as const);

/** The id of a built-in framework. @category Frameworks */
export type BuiltInFrameworkId = keyof typeof frameworks;
