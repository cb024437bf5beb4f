import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { launchOptions } from './browser';
import { serveSite, type StaticServer } from './server';
import { build, type BuildName } from './site';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
export const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;

/**
 * Starts Chromium and a static server for one build, for the tests of one file.
 * `open` gives a fresh context (cookies, storage, permissions) per page.
 */
export function useSite(name: BuildName) {
  const state = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    state.server = await serveSite(build(name).outDir, build(name).base);
    state.browser = await chromium.launch(launchOptions());
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    /** URL of a site path on the running server, base included. */
    url: (sitePath: string) => state.server.url + sitePath.replace(/^\//, ''),
    get origin() {
      return state.server.origin;
    },
    /** Serves another build at the same URL, as a new deployment would. */
    replaceSite: (outDir: string) => state.server.replaceSite(outDir),
    /** Cuts the network to the site (the service worker's requests too, which context.setOffline does not reach). */
    setDown: (down: boolean) => state.server.setDown(down),
    /** A blank page in a fresh context, for tests that listen before navigating. */
    async blank(options: BrowserContextOptions = DESKTOP): Promise<Page> {
      const context = await state.browser.newContext({ locale: 'zh-CN', ...options });
      return context.newPage();
    },
    async open(sitePath: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
      const page = await this.blank(options);
      await page.goto(state.server.url + sitePath.replace(/^\//, ''));
      return page;
    },
  };
}

/** Where an element sits relative to the viewport and the sticky header (a linked section must clear it); runs in the page. */
export function measurePlacement(selector: string) {
  const target = document.querySelector(selector)!.getBoundingClientRect();
  const header = document.querySelector('.site-header')!.getBoundingClientRect();
  return { top: target.top, bottom: target.bottom, headerBottom: header.bottom, viewport: innerHeight };
}

export function placement(page: Page, selector: string) {
  return page.evaluate(measurePlacement, selector);
}
