import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Engine, EngineName, EnginePage } from './types';
import { launchWebKit } from './webkit';

export type { Engine, EngineName, EnginePage, Viewport } from './types';
export { readProbe } from './probe';

const LAUNCHERS: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

/** The engines to run, in order; `ENGINES=webkit` (comma-separated) runs a subset while iterating. */
export const ENGINE_NAMES: EngineName[] = (() => {
  const wanted = process.env.ENGINES?.split(',').map((name) => name.trim()) ?? Object.keys(LAUNCHERS);
  const unknown = wanted.filter((name) => !(name in LAUNCHERS));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}; known: ${Object.keys(LAUNCHERS).join(', ')}`);
  return wanted as EngineName[];
})();

export function launchEngine(name: EngineName): Promise<Engine> {
  return LAUNCHERS[name]();
}

/** Polls a condition in the page until it holds; fails with the description after `timeout` ms. */
export async function waitFor<A>(page: EnginePage, description: string, condition: (arg: A) => unknown, arg?: A, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(condition, arg).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
