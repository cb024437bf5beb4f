import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { startProbeProxy } from './probe-proxy';
import { start, waitUntil } from './processes';
import { seleniumPage, startDriver } from './selenium';
import type { Engine, Viewport } from './types';

export const WPE_DRIVER = process.env.WPE_DRIVER_PATH ?? '/usr/bin/WPEWebDriver';
const COG = '/usr/bin/cog';

/**
 * WPE WebKit 2.38 (≈ the WebKit of iOS 16.0: its user agent says Version/16.0)
 * through Debian's WPEWebDriver and its browser cog, with selenium-webdriver.
 *
 * The view size: `cog -P headless` is a fixed 800 × 600 view (and page zoom to
 * 390 px wide leaves it 292 px tall). cog's Wayland platform takes its window
 * size from COG_PLATFORM_WL_VIEW_WIDTH/HEIGHT, so cog runs as a Wayland client of
 * a headless Weston, started through `/usr/bin/env VAR=… cog` to give each
 * session the size it opens with: a true 390 × 844 layout viewport at scale 1.
 * WebDriver cannot resize it later (the session says setWindowRect: false).
 *
 * The probe: WebDriver has no script-before-the-page command and cog takes no
 * user scripts (only native web extensions), so cog browses through
 * probe-proxy.ts, which writes the probe into each HTML document ahead of the
 * page's scripts.
 */
export async function launchWpe(): Promise<Engine> {
  // Weston's socket, and cog's data and cache, in a fresh folder: nothing left from another run.
  const runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'wpe-'));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime, XDG_DATA_HOME: runtime, XDG_CACHE_HOME: runtime, WAYLAND_DISPLAY: 'wayland-wpe' };
  const weston = start('weston', ['--no-config', '--backend=headless-backend.so', '--socket=wayland-wpe', '--width=1920', '--height=1920', '--idle-time=0'], { env });
  // Undone last to first: driver, proxy, Weston, folder.
  const stops: (() => unknown)[] = [() => fs.rmSync(runtime, { recursive: true, force: true }), () => weston.stop()];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    await waitUntil('weston (headless, for cog)', weston, async () => (fs.existsSync(path.join(runtime, 'wayland-wpe')) ? true : undefined), 10_000);
    const proxy = await startProbeProxy();
    stops.push(() => proxy.close());
    const { url, server } = await startDriver(WPE_DRIVER, [], { env });
    stops.push(() => server.stop());

    const sessions = new Set<WebDriver>();
    return {
      name: 'wpe-2.38',
      async open(viewport) {
        const size = (v: Viewport) => [`COG_PLATFORM_WL_VIEW_WIDTH=${v.width}`, `COG_PLATFORM_WL_VIEW_HEIGHT=${v.height}`];
        const driver = await new Builder()
          .usingServer(url)
          .withCapabilities({
            browserName: 'cog',
            'wpe:browserOptions': { binary: '/usr/bin/env', args: [...size(viewport), COG, '--automation', '--platform=wl', `--proxy=${proxy.url}`] },
          })
          .build();
        sessions.add(driver);
        await driver.manage().setTimeouts({ pageLoad: 30_000 }); // WPEWebDriver waits 300 s for a page that never loads
        const setViewport = async (next: Viewport) => {
          if (next.width !== viewport.width || next.height !== viewport.height) {
            throw new Error(`wpe-2.38: cog's view keeps the size it was opened with (${viewport.width}×${viewport.height}); open another page for ${next.width}×${next.height}`);
          }
        };
        return seleniumPage(driver, setViewport, async () => {
          sessions.delete(driver);
          await driver.quit();
        });
      },
      async close() {
        await Promise.allSettled([...sessions].map((driver) => driver.quit()));
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
