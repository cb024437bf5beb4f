import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { DESKTOP, PHONE, useSite } from '../support/e2e';
import { FIRST_SEARCH_IN_ALL_BUDGET_GZIP } from '../../bench/search';
import { VARIANT_DATA_FILE } from '../../src/lib/search/engine';
import { READER_QUESTIONS } from '../search/reader-questions';

const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/?q=信用服务', '/no-such-page/'];

const site = useSite('subpath');

describe('accessibility: axe WCAG 2.2 AA, zero violations', () => {
  const cases = PAGES.flatMap((path) =>
    (['light', 'dark'] as const).flatMap((colorScheme) =>
      ([['phone', PHONE], ['desktop', DESKTOP]] as const).map(([device, options]) => [path, colorScheme, device, options] as const),
    ),
  );
  test.each(cases)('%s, %s, %s', async (path, colorScheme, _device, options) => {
    // bypassCSP only so axe itself can be injected; the site's own CSP is tested below.
    const page = await site.open(path, { ...options, colorScheme, bypassCSP: true });
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the open search dialog with results, in dark mode on a phone', async () => {
    const page = await site.open('/steps/', { ...PHONE, colorScheme: 'dark', bypassCSP: true });
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', '还款');
    await page.waitForSelector('.search-hit');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard only', () => {
  /** Tabs through the page and describes each focused element. */
  async function tabWalk(page: Page, steps: number) {
    const stops: { name: string; ring: boolean }[] = [];
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const name = el.getAttribute('aria-label') ?? el.innerText.replace(/\s+/g, ' ').trim();
          return { name: `${el.tagName.toLowerCase()}:${name}`, ring: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
        }),
      );
    }
    return stops;
  }

  test('desktop: skip link, header, navigation, content with permalink controls, all with a visible focus ring', async () => {
    const page = await site.open('/steps/', DESKTOP);
    const stops = await tabWalk(page, 24); // past the tap path's five links to the first permalink control
    const names = stops.map((stop) => stop.name);
    expect(names[0]).toBe('a:跳到正文');
    const order = ['a:跳到正文', 'a:芝麻信用「先用后付」开通指南', 'a:搜索 /', 'button:深色模式', 'a:1 了解先用后付', 'a:首页'];
    const positions = order.map((name) => names.indexOf(name));
    expect(positions.every((p) => p >= 0), names.join(' | ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(names.some((name) => name.includes('本节链接'))).toBe(true);
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name)).toEqual([]);
    await page.context().close();
  });

  test('the skip link moves focus to the main content', async () => {
    const page = await site.open('/cautions/', DESKTOP);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.context().close();
  });

  test('phone: the menu opens from the keyboard and its links are reachable', async () => {
    const page = await site.open('/overview/', PHONE);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // menu
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('章节目录');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('指南章节');
    // The drawer is a popover: Esc closes it and gives focus back to the button.
    const button = page.locator('.site-menu-button');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('章节目录');
    // Tapping outside the drawer closes it too.
    await button.click();
    expect(await page.locator('#site-nav').isVisible()).toBe(true);
    await page.mouse.click(200, 700);
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('privacy: nothing leaves the site', () => {
  test('reading and searching make requests to our own origin only', async () => {
    const page = await site.open('/', PHONE);
    const foreign: string[] = [];
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== site.origin) foreign.push(request.url());
    });
    await page.reload();
    await page.click('a[href$="/steps/#step-1"]');
    await page.waitForLoadState('networkidle');
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', '立即开通');
    await page.waitForSelector('.search-hit');
    await page.goto(site.url('/search/?q=还款'));
    await page.waitForSelector('.search-hit');
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});

describe('budgets (bytes and counts, never time)', () => {
  /** gzip size of a response body, as a compressing static host sends it. */
  const gzipped = (body: Buffer) => zlib.gzipSync(body).length;

  const cases = PAGES.flatMap((path) => [[path, ''], [path, ' in care mode']] as const);
  test.each(cases)('%s%s: HTML + blocking CSS ≤ 14 KB gzip; JavaScript before interaction ≤ 2 KB gzip; no layout shift', async (path, mode) => {
    const page = await site.blank(PHONE);
    if (mode) await page.addInitScript(() => localStorage.setItem('care', '1'));
    const bodies: { type: string; url: string; body: Promise<Buffer> }[] = [];
    page.on('response', (response) => bodies.push({ type: response.request().resourceType(), url: response.url(), body: response.body() }));
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => 'care' in document.documentElement.dataset)).toBe(Boolean(mode));

    const sizes = await Promise.all(bodies.map(async (b) => ({ ...b, gz: gzipped(await b.body) })));
    const blockingCss = await page.$$eval('link[rel="stylesheet"]:not([media="print"])', (links) => links.map((l) => (l as HTMLLinkElement).href));
    const html = sizes.find((s) => s.type === 'document')!.gz;
    const css = sizes.filter((s) => blockingCss.includes(s.url)).reduce((sum, s) => sum + s.gz, 0);
    const js = sizes.filter((s) => s.type === 'script').reduce((sum, s) => sum + s.gz, 0);
    expect(html + css).toBeLessThanOrEqual(14 * 1024);
    if (!path.startsWith('/search/')) {
      expect(js).toBeLessThanOrEqual(2 * 1024);
      expect(sizes.filter((s) => s.url.includes('/pagefind/')).map((s) => s.url)).toEqual([]); // search loads on open
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.context().close();
  });
});

describe('the first search (bytes, never time)', () => {
  test('a reader question fetches ≤ 115 KB gzip in all: the dialog’s code and style, Pagefind and its worker, the tables, index and fragments', async () => {
    // No service worker: it would fetch the search bundle for offline use in the background, which is not the search.
    const page = await site.open('/', { ...PHONE, serviceWorkers: 'block' });
    await page.waitForLoadState('networkidle');
    const bodies: { url: string; body: Promise<Buffer> }[] = [];
    page.on('response', (response) => bodies.push({ url: new URL(response.url()).pathname, body: response.body() }));
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', READER_QUESTIONS[0]![0]);
    await page.waitForSelector('.search-hit');
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(bodies.map(async ({ url, body }) => ({ url, gzipBytes: zlib.gzipSync(await body).length })));
    const total = sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
    console.info(`first search in Chromium: ${(total / 1024).toFixed(1)} KiB gzip in ${sizes.length} files`);
    // All of it was counted: the UI's code, Pagefind's script, worker and WASM, our tables, an index chunk, fragments.
    for (const part of ['/_astro/', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '.pagefind', VARIANT_DATA_FILE, '/index/', '/fragment/']) {
      expect(sizes.some(({ url }) => url.includes(part)), part).toBe(true);
    }
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH_IN_ALL_BUDGET_GZIP);
    await page.context().close();
  });
});

describe('security', () => {
  test('an injected inline script is refused by the page CSP', async () => {
    const page = await site.blank(DESKTOP);
    await page.route('**/steps/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>window.injected = true</script></main>');
      await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-encoding': '' } });
    });
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    await page.goto(site.url('/steps/'));
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
    // The site's own scripts still run under the same policy.
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(true);
    await page.context().close();
  });
});
