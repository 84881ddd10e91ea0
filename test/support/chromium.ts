// The browser tests' one Chromium: Debian's, or CHROMIUM_PATH; .ci/run installs it when missing,
// and elsewhere each browser test is skipped with a notice that `npm test`'s summary repeats.
import { chromium, type Browser } from 'playwright-core';

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
