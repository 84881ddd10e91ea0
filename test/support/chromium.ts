// The browser tests' one Chromium: Debian's, or CHROMIUM_PATH; .ci/run installs it when missing,
// and elsewhere each browser test is skipped with a notice that `npm test`'s summary repeats.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { serve } from '../../scripts/serve-web.mjs';

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

/** The example pages served on a free port, and one Chromium to open them in. */
export interface ServedPages {
  readonly browser: Browser;
  /** The server's address, for example `http://127.0.0.1:40123`. */
  readonly base: string;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/** Bundles the pages (once per run), serves them and launches Chromium: every page test's start. */
export async function servePages(): Promise<ServedPages> {
  await buildWebOnce();
  const server = (await serve(0)) as Server;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * What axe-core finds on the page (or inside the element `within` selects), one line per rule:
 * "impact id: the elements' selectors". With `seriousOnly`, serious and critical problems only.
 */
export async function axeViolations(
  page: Page,
  options: { readonly within?: string; readonly seriousOnly?: boolean } = {},
): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(async (within) => {
    const context = within === null ? document : (document.querySelector(within) as Element);
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(context, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      impact: v.impact ?? 'unknown',
      line: `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    }));
  }, options.within ?? null);
  return found
    .filter((v) => !options.seriousOnly || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.line);
}
