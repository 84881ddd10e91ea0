/**
 * hmip-ratings/toolkit (experimental: no stability promise, see the README's "Versioning"):
 * the boundary helpers the library's own sheets, command and reports are built with, for tools
 * built on the library: bounded previews of caller values for messages, option checks that
 * report every problem at once, and framework arguments checked once.
 *
 * @module hmip-ratings/toolkit
 */
export { preview, quoteText, PREVIEW_LENGTH } from './model/preview.js';
export {
  argumentIssue,
  didYouMean,
  isBoolean,
  isFunction,
  isRecord,
  numberIn,
  oneOf,
  optionIssues,
  optionsSnapshot,
  plainList,
  plainRecords,
  text,
  wholeNumber,
  type OptionCheck,
  type OptionSpec,
} from './model/arguments.js';
export { frameworkArgument, isTrustedFramework } from './framework/trusted.js';
export { describeFigure } from './rules/explain.js';
export { issue } from './model/errors.js';
