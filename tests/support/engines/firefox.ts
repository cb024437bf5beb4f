import puppeteer, { type KeyInput } from 'puppeteer-core';
import { PROBE_SOURCE, readProbe } from './probe';
import type { Engine, EnginePage } from './types';

/** Debian's Firefox ESR; puppeteer drives it over WebDriver BiDi (no geckodriver needed). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
      await page.setViewport(viewport);
      const adapter: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
        click: (selector) => page.click(selector),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key as KeyInput),
        setViewport: (size) => page.setViewport(size),
        screenshot: async () => Buffer.from(await page.screenshot()),
        consoleErrors: async () => (await page.evaluate(readProbe)).errors,
        close: () => context.close(),
      };
      return adapter;
    },
    close: () => browser.close(),
  };
}
