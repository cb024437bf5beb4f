import { chromium } from 'playwright-core';
import { launchOptions } from '../browser';
import { PROBE_SOURCE, readProbe } from './probe';
import type { Engine, EnginePage, Key } from './types';

/** Debian's Chromium through playwright-core (CDP). */
export async function launchChromium(): Promise<Engine> {
  const browser = await chromium.launch(launchOptions());
  return {
    name: 'chromium',
    async open(viewport) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport });
      await context.addInitScript(PROBE_SOURCE);
      const page = await context.newPage();
      const adapter: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
        click: (selector) => page.locator(selector).first().click(),
        type: (text) => page.keyboard.type(text),
        press: (key: Key) => page.keyboard.press(key),
        setViewport: (size) => page.setViewportSize(size),
        screenshot: () => page.screenshot(),
        consoleErrors: async () => (await page.evaluate(readProbe)).errors,
        close: () => context.close(),
      };
      return adapter;
    },
    close: () => browser.close(),
  };
}
