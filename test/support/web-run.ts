// A global setup for vitest: gives every test file of one run the same marker path, so the page's
// bundle is built once per run however many browser test files ask for it (test/support/web.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A path that exists once this run's page bundle is built. */
    webBuilt: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('webBuilt', join(tmpdir(), `hmip-ratings-web-${process.pid}-${Date.now()}`));
}
