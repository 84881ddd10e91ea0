// The browser tests' one Chromium: Debian's, or CHROMIUM_PATH; .ci/run installs it when missing,
// and elsewhere each browser test is skipped with a notice that `npm test`'s summary repeats.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless Chromium with no network of its own (no updates, sync or QUIC) and no GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Bundles the example pages (scripts/build-web.mjs) once per test run, whichever browser test
 * file asks first; the others wait for it. Several files each building would delete the bundle
 * another is serving (the build starts by clearing its folder).
 */
export async function buildWebOnce(): Promise<void> {
  const built = inject('webBuilt');
  try {
    mkdirSync(`${built}.lock`);
  } catch {
    for (let waited = 0; !existsSync(built); waited += 250) {
      if (waited > 180_000) throw new Error('the page bundle was not built within 3 minutes');
      await new Promise((done) => setTimeout(done, 250));
    }
    if (readFileSync(built, 'utf8') !== 'built') throw new Error('the page bundle failed to build');
    return;
  }
  try {
    execFileSync('node', ['scripts/build-web.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, HMIP_WEB_SOURCEMAP: '0' },
    });
    writeFileSync(built, 'built');
  } catch (error) {
    writeFileSync(built, 'failed');
    throw error;
  }
}
