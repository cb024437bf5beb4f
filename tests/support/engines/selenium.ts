import { By, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { freePort, start, waitUntil, type Started } from './processes';
import { readProbe } from './probe';
import type { EnginePage, Key, Viewport } from './types';

/** What WebKitGTK's and WPE's WebDriver servers (WebKitWebDriver, WPEWebDriver) share. */

const KEYS: Record<Key, string> = { Enter: SeleniumKey.ENTER, Escape: SeleniumKey.ESCAPE, Tab: SeleniumKey.TAB, '/': '/' };

/** Starts a W3C WebDriver server (`command … --port=N --host=127.0.0.1`) and waits until it answers. */
export async function startDriver(command: string, args: string[], options: Parameters<typeof start>[2] = {}): Promise<{ url: string; server: Started }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = start(command, [...args, `--port=${port}`, '--host=127.0.0.1'], options);
  try {
    await waitUntil(`${[command, ...args].join(' ')} (WebDriver at ${url})`, server, async () => ((await fetch(`${url}/status`)).ok ? true : undefined), 10_000);
  } catch (error) {
    server.stop();
    throw error;
  }
  return { url, server };
}

/** An EnginePage over one WebDriver session (its own browser process with an ephemeral profile). */
export function seleniumPage(driver: WebDriver, setViewport: (viewport: Viewport) => Promise<void>, close: () => Promise<void>): EnginePage {
  return {
    async goto(target) {
      await driver.get(target);
      // WebKit's drivers can return while the document is still `interactive`, before its module scripts ran.
      await driver.wait(async () => (await driver.executeScript('return document.readyState')) === 'complete', 10_000);
    },
    evaluate: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0])`, arg),
    async click(selector) {
      // Find again if the page re-rendered the element in between (search results do), as the other adapters do.
      for (let attempt = 1; ; attempt++) {
        try {
          const element = await driver.findElement(By.css(selector));
          await driver.executeScript('arguments[0].scrollIntoView({ block: "nearest", behavior: "instant" })', element);
          return await driver.actions().move({ origin: element }).click().perform();
        } catch (error) {
          if ((error as Error).name !== 'StaleElementReferenceError' || attempt === 3) throw error;
        }
      }
    },
    type: (text) => driver.actions().sendKeys(text).perform(),
    press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
    setViewport,
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    consoleErrors: async () => (await driver.executeScript<ReturnType<typeof readProbe>>(`return (${readProbe.toString()})()`)).errors,
    close,
  };
}
