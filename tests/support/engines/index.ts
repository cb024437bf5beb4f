import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { launchOldChromium } from './old-chromium';
import { launchQtWebEngine } from './qtwebengine';
import type { Engine, EngineName, EnginePage, OldEngineName } from './types';
import { launchWebKit } from './webkit';
import { launchWpe } from './wpe';

export type { Engine, EngineName, EnginePage, OldEngineName, Viewport } from './types';
export { readProbe } from './probe';

const LAUNCHERS: Record<EngineName | OldEngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
  // Old engines readers in China still have (shared/NOTES.md): Alipay's 105, HarmonyOS 4.0's 99, X5's 89, iOS 16.
  'chromium-106': () => launchOldChromium('chromium-106'),
  'qt6-102': () => launchQtWebEngine('qt6-102'),
  'chromium-92': () => launchOldChromium('chromium-92'),
  'qt5-87': () => launchQtWebEngine('qt5-87'),
  'wpe-2.38': launchWpe,
};
const CURRENT: EngineName[] = ['chromium', 'firefox', 'webkit'];
const OLD: OldEngineName[] = ['chromium-106', 'qt6-102', 'chromium-92', 'qt5-87', 'wpe-2.38'];

/** The names in the comma-separated variable `variable`, all of `known` without it. */
function selected<T extends string>(variable: string, known: T[]): T[] {
  const wanted = process.env[variable]?.split(',').map((name) => name.trim()) ?? known;
  const unknown = wanted.filter((name) => !known.includes(name as T));
  if (unknown.length) throw new Error(`${variable}: unknown engine ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return wanted as T[];
}

/** The engines to run, in order; `ENGINES=webkit` (comma-separated) runs a subset while iterating. */
export const ENGINE_NAMES: EngineName[] = selected('ENGINES', CURRENT);
/** The old engines (tests/e2e/old-engines.test.ts); `OLD_ENGINES=chromium-92,wpe-2.38` runs a subset. */
export const OLD_ENGINE_NAMES: OldEngineName[] = selected('OLD_ENGINES', OLD);

export function launchEngine(name: EngineName | OldEngineName): Promise<Engine> {
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
