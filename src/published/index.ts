/**
 * hmip-ratings/published: the inspections the library reproduces, as evidence with the ratings the
 * HMIP reports printed (Cheshire 2021, Cumberland 2024, Waltham Forest 2024).
 *
 * @module hmip-ratings/published
 */
export { cheshire2021 } from './cheshire-2021.js';
export { cumberland2024 } from './cumberland-2024.js';
export { walthamForest2024 } from './waltham-forest-2024.js';
export { publishedInspections } from './published-inspections.js';
