import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium; playwright's own browser download is not available in CI. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, as root, in a closed network: without the background-networking flags Chromium keeps dialling out. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Launch options for headless Chromium as root in a closed network. Playwright
 * gives every launch a fresh temporary profile (it refuses --user-data-dir).
 */
export function launchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] };
}
