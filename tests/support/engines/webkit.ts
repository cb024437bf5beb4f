import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Builder, By, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { PROBE_SOURCE, readProbe } from './probe';
import type { Engine, EnginePage, Key } from './types';

/** Debian's `webkit2gtk-driver`: a W3C WebDriver server for WebKitGTK. */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** A window holding only a web view, so it can be phone-narrow (see webkit-browser.py). */
const BROWSER = path.join(import.meta.dirname, 'webkit-browser.py');

const KEYS: Record<Key, string> = { Enter: SeleniumKey.ENTER, Escape: SeleniumKey.ESCAPE, Tab: SeleniumKey.TAB, '/': '/' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url: string, exited: () => string | null): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const failure = exited();
    if (failure) throw new Error(`${WEBKIT_DRIVER} stopped before it was ready: ${failure}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${WEBKIT_DRIVER} did not answer at ${url} within 10 s`);
}

/**
 * WebKitGTK through WebKitWebDriver and selenium-webdriver, on a private X
 * display (`xvfb-run -a` picks a free one). Each page is its own WebDriver
 * session: a new browser process with an ephemeral profile.
 */
export async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let stderr = '';
  let exit: string | null = null;
  // Detached: its own process group, so closing ends xvfb-run, Xvfb, the driver and the browsers together.
  const server = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr.on('data', (chunk) => (stderr += chunk));
  server.on('error', (error) => (exit = error.message));
  server.on('exit', (code) => (exit = `exit code ${code}; ${stderr.trim()}`));
  const stop = () => {
    if (exit === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  process.once('exit', stop); // a test run that ends early leaves no Xvfb or browser behind
  try {
    await waitForDriver(url, () => exit);
  } catch (error) {
    stop();
    throw error;
  }

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
      const setViewport = async (size: { width: number; height: number }) => {
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
      const adapter: EnginePage = {
        async goto(target) {
          await driver.get(target);
          // WebKitWebDriver can return while the document is still `interactive`, before its module scripts ran.
          await driver.wait(async () => (await driver.executeScript('return document.readyState')) === 'complete', 10_000);
        },
        evaluate: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0])`, arg),
        async click(selector) {
          // Find again if the page re-rendered the element in between (search results do), as the other adapters do.
          for (let attempt = 1; ; attempt++) {
            try {
              const element = await driver.findElement(By.css(selector));
              await driver.executeScript('arguments[0].scrollIntoView({ block: "nearest" })', element);
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
        async close() {
          sessions.delete(driver);
          await driver.quit();
        },
      };
      return adapter;
    },
    async close() {
      await Promise.allSettled([...sessions].map((driver) => driver.quit()));
      stop();
    },
  };
}
