import path from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { PROBE_SOURCE } from './probe';
import { seleniumPage, startDriver } from './selenium';
import type { Engine, Viewport } from './types';

/** Debian's `webkit2gtk-driver`: a W3C WebDriver server for WebKitGTK. */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** A window holding only a web view, so it can be phone-narrow (see webkit-browser.py). */
const BROWSER = path.join(import.meta.dirname, 'webkit-browser.py');

/**
 * WebKitGTK through WebKitWebDriver and selenium-webdriver, on a private X
 * display (`xvfb-run -a` picks a free one). Each page is its own WebDriver
 * session: a new browser process with an ephemeral profile.
 */
export async function launchWebKit(): Promise<Engine> {
  // Stopping xvfb-run's process group ends Xvfb, the driver and the browsers together.
  const { url, server } = await startDriver(WEBKIT_DRIVER, [], { xvfb: true });
  const sessions = new Set<WebDriver>();
  return {
    name: 'webkit',
    async open(viewport) {
      const driver = await new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'WebKitGTK',
          'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation', `--init-script=${PROBE_SOURCE}`] },
        })
        .build();
      sessions.add(driver);
      const setViewport = async (size: Viewport) => {
        // The window manager-less window can miss a resize while it is still being mapped: ask until it has the size.
        const sized = async () => {
          await driver.manage().window().setRect(size);
          const [width, height] = await driver.executeScript<number[]>('return [innerWidth, innerHeight]');
          return width === size.width && height === size.height;
        };
        await driver.wait(sized, 5_000, `WebKit window did not take the size ${size.width}×${size.height}`);
      };
      try {
        await setViewport(viewport);
      } catch (error) {
        await driver.quit(); // the driver holds one session at a time
        sessions.delete(driver);
        throw error;
      }
      return seleniumPage(driver, setViewport, async () => {
        sessions.delete(driver);
        await driver.quit();
      });
    },
    async close() {
      await Promise.allSettled([...sessions].map((driver) => driver.quit()));
      server.stop();
    },
  };
}
