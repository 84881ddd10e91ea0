// Every public entry of the core package, by its subpath, and all of them merged into one object
// for the suites that go over every exported function (boundary, documentation examples).
import * as root from '../../src/index.js';
import * as actions from '../../src/actions/index.js';
import * as breakdown from '../../src/breakdown/index.js';
import * as cases from '../../src/cases/index.js';
import * as confidence from '../../src/confidence/index.js';
import * as grades from '../../src/grades/index.js';
import * as live from '../../src/live/index.js';
import * as margins from '../../src/margins/index.js';
import * as moderation from '../../src/moderation/index.js';
import * as published from '../../src/published/index.js';
import * as sampling from '../../src/sampling/index.js';
import * as toolkit from '../../src/toolkit.js';
import * as trend from '../../src/trend/index.js';

/** Each entry of `hmip-ratings`, by the subpath a user imports (`.` is the root). */
export const ENTRIES = {
  '.': root,
  './cases': cases,
  './margins': margins,
  './sampling': sampling,
  './confidence': confidence,
  './breakdown': breakdown,
  './moderation': moderation,
  './live': live,
  './trend': trend,
  './grades': grades,
  './actions': actions,
  './published': published,
  './toolkit': toolkit,
} as const;

/** Every public name of the core package (the toolkit's under `toolkit`). */
export const api = {
  ...root,
  ...cases,
  ...margins,
  ...sampling,
  ...confidence,
  ...breakdown,
  ...moderation,
  ...live,
  ...trend,
  ...grades,
  ...actions,
  ...published,
  toolkit,
};

/** The public types of every entry, for tests that name one. */
export type * from '../../src/index.js';
export type * from '../../src/cases/index.js';
export type * from '../../src/margins/index.js';
export type * from '../../src/sampling/index.js';
export type * from '../../src/confidence/index.js';
export type * from '../../src/breakdown/index.js';
export type * from '../../src/moderation/index.js';
export type * from '../../src/live/index.js';
export type * from '../../src/trend/index.js';
export type * from '../../src/actions/index.js';
export type * from '../../src/published/index.js';
