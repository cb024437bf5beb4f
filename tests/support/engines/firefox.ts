import puppeteer, { type KeyInput, type Page, type Viewport } from 'puppeteer-core';
import { PROBE_SOURCE, readProbe } from './probe';
import type { Engine, EnginePage } from './types';

/** Debian's Firefox ESR; puppeteer drives it over WebDriver BiDi (no geckodriver needed). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Puppeteer sends BiDi's screen-orientation override with every viewport, and
 * Firefox ESR 140 (Debian 12's) does not know the command; the viewport command sent
 * beside it still applies, so wait for it instead of failing.
 */
async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
    // Polled with evaluate: waitForFunction builds a Function, which the site's CSP blocks.
    for (let tries = 0; (await page.evaluate(() => window.innerWidth)) !== viewport.width; tries++) {
      if (tries === 50) throw new Error(`Firefox did not take the ${viewport.width} px viewport`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Puppeteer's fresh profile already turns off updates, telemetry and other background requests.
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN' },
  });
  return {
    name: 'firefox',
    async open(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.evaluateOnNewDocument(PROBE_SOURCE);
      await setViewport(page, viewport);
      const adapter: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
        click: (selector) => page.click(selector),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key as KeyInput),
        setViewport: (size) => setViewport(page, size),
        screenshot: async () => Buffer.from(await page.screenshot()),
        consoleErrors: async () => (await page.evaluate(readProbe)).errors,
        close: () => context.close(),
      };
      return adapter;
    },
    close: () => browser.close(),
  };
}
