import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINE_NAMES, launchEngine, readProbe, waitFor, type Engine, type EnginePage } from '../support/engines';
import { siteConfig } from '../../src/config';
import { qrSrc } from '../../src/lib/companion/qr-files';
import { declarationGroups } from '../support/css-declarations';
import { DESKTOP, PHONE, measurePlacement } from '../support/e2e';
import { BREAKABLE, lineBreakProblems } from '../support/line-breaks';
import { stretchedSpaces } from '../support/spacing';
import { serveSite, type StaticServer } from '../support/server';
import { build } from '../support/site';

/**
 * The reading and search checks, written once and run in Chromium, Firefox ESR
 * and WebKitGTK (one engine at a time), at phone and desktop widths. The
 * Chromium-only suites (axe, keyboard walk, budgets, IME) are in the other files.
 */
const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/?q=信用服务', '/no-such-page/'];
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(15, 23, 42)';
/** Where screenshots go, one per engine, width, theme and page, for people to look at. */
const SCREENSHOTS = '.test-builds/screenshots';

function background() {
  return getComputedStyle(document.body).backgroundColor;
}

/** Fully visible, below the sticky header. */
async function inView(page: EnginePage, selector: string): Promise<boolean> {
  const { top, bottom, headerBottom, viewport } = await page.evaluate(measurePlacement, selector);
  return top >= headerBottom - 1 && bottom <= viewport;
}

/** In view within a second of the page loading (in Firefox ESR 140 only once src/scripts/fragment.ts has brought it back). */
async function comesIntoView(page: EnginePage, selector: string): Promise<boolean> {
  for (let tries = 0; tries < 20; tries++) {
    if (await inView(page, selector)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe.each(ENGINE_NAMES)('%s', (engineName) => {
  // One window per engine: the checks run at phone width, then the same window is resized to desktop width.
  const state = {} as { engine: Engine; server: StaticServer; page: EnginePage };
  const url = (sitePath: string) => state.server.url + sitePath.replace(/^\//, '');
  beforeAll(async () => {
    state.server = await serveSite(build('subpath').outDir, build('subpath').base);
    state.engine = await launchEngine(engineName);
    state.page = await state.engine.open(PHONE.viewport);
  });
  afterAll(async () => {
    await state.page?.close();
    await state.engine?.close();
    await state.server?.close();
  });

  test('the stylesheet has no declaration this engine drops', async () => {
    const { page } = state;
    await page.goto(url('/'));
    const sheets = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => new URL(link.href).pathname));
    const outDir = build('subpath').outDir;
    const groups = sheets.flatMap((sheet) => declarationGroups(fs.readFileSync(path.join(outDir, sheet.slice(build('subpath').base.length)), 'utf8')));
    const dropped = await page.evaluate(
      (list) => list.filter((group) => !group.some((d) => CSS.supports(d.property, d.value))).map((group) => group.map((d) => `${d.property}: ${d.value}`).join('; ')),
      groups,
    );
    expect(groups.length).toBeGreaterThan(100);
    expect(dropped).toEqual([]);
  });

  test('a page’s QR sheet shows the page’s code, and a section’s view of it the section’s code', async () => {
    const { page } = state;
    const { base, site } = build('subpath');
    await page.goto(url('/steps/'));
    for (const [section, expected] of [[undefined, 'steps/'], ['step-5', 'steps/#step-5']] as const) {
      // The code alone on a white page, as large as the handoff popover shows it.
      await page.evaluate((src) => {
        document.body.replaceChildren();
        document.body.style.cssText = 'margin: 0; background: #fff';
        const image = Object.assign(document.createElement('img'), { src, width: 240, height: 240 });
        image.style.cssText = 'display: block; margin: 24px';
        document.body.append(image);
      }, base + qrSrc('/steps/', section));
      await waitFor(page, 'the QR code to load', () => document.querySelector('img')!.complete && document.querySelector('img')!.naturalWidth > 0);
      // Two frames, so the engine has painted the new image before the screenshot.
      await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      const png = PNG.sync.read(await page.screenshot());
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, section ?? 'page').toBe(new URL(base + expected, site).href);
    }
  });

  describe.each([['phone', PHONE.viewport], ['desktop', DESKTOP.viewport]] as const)('%s', (device, viewport) => {
    let page: EnginePage;
    beforeAll(async () => {
      page = state.page;
      await page.setViewport(viewport);
    });

    test('every page loads without errors, fits the width, and underlines the links in its text', async () => {
      let textLinks = 0;
      for (const sitePath of PAGES) {
        await page.goto(url(sitePath));
        const { overflow, links } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          links: [...document.querySelectorAll('.prose :is(p, li, td) a:not(.heading-anchor)')].map((a) => {
            const style = getComputedStyle(a);
            return `${a.textContent}: ${style.textDecorationLine} ${style.textDecorationThickness}`;
          }),
        }));
        expect(await page.consoleErrors(), sitePath).toEqual([]);
        expect(overflow, `${sitePath} is wider than the viewport`).toBeLessThanOrEqual(0);
        expect(links.filter((link) => !link.endsWith(': underline 1px')), sitePath).toEqual([]);
        textLinks += links.length;
      }
      expect(textLinks).toBeGreaterThan(0);
    });

    test('headings, navigation, cards, buttons and captions break between words', async () => {
      for (const sitePath of PAGES) {
        await page.goto(url(sitePath));
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        expect(await page.evaluate(lineBreakProblems, { selector: BREAKABLE, keepTogether: siteConfig.keepTogether }), sitePath).toEqual([]);
      }
    });

    test('no line-break opportunity is a flex or grid item, which Firefox spaces apart', async () => {
      for (const sitePath of PAGES) {
        await page.goto(url(sitePath));
        const items = await page.evaluate(() =>
          [...document.querySelectorAll('wbr')]
            .filter((wbr) => /flex|grid/.test(getComputedStyle(wbr.parentElement!).display))
            .map((wbr) => `${wbr.parentElement!.className}: ${wbr.parentElement!.textContent}`),
        );
        expect([...new Set(items)], sitePath).toEqual([]);
      }
    });

    test('body text has no spaces stretched into gaps', async () => {
      for (const sitePath of PAGES) {
        await page.goto(url(sitePath));
        // A normal space is about a third of an em; justification may widen it a little, never to a gap.
        expect(await page.evaluate(stretchedSpaces, { selector: '.prose p, .prose li', maxEm: 0.75 }), sitePath).toEqual([]);
      }
    });

    test('/steps/#step-5 opens with step 5 in view below the sticky header, highlighted', async () => {
      await page.goto(url('/steps/#step-5'));
      expect(await inView(page, '#step-5')).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('step-5')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    });

    test('search by key: "/" opens it, 立即开通 then Enter lands on step 7, in view', async () => {
      await page.goto(url('/'));
      await page.press('/');
      await waitFor(page, 'the search input to have focus', () => document.activeElement?.id === 'search-dialog-input');
      await page.type('立即开通');
      await waitFor(page, 'a search result', () => document.querySelector('.search-hit') !== null);
      await page.press('Enter');
      await waitFor(page, '/steps/#step-7', (target) => location.href === target && document.readyState === 'complete', url('/steps/#step-7'));
      expect(await comesIntoView(page, '#step-7')).toBe(true);
    });

    test('search by tap: the header button, 立即开通, a tap on the first result lands on step 7', async () => {
      await page.goto(url('/cautions/'));
      await page.click('[data-search-open]');
      await waitFor(page, 'the search input to have focus', () => document.activeElement?.id === 'search-dialog-input');
      await page.type('立即开通');
      await waitFor(page, 'a search result', () => document.querySelector('.search-hit') !== null);
      await page.click('.search-hit');
      await waitFor(page, '/steps/#step-7', (target) => location.href === target && document.readyState === 'complete', url('/steps/#step-7'));
      expect(await comesIntoView(page, '#step-7')).toBe(true);
    });

    test('/search/ corrects an input-method slip here: the sound tables decode in this engine', async () => {
      await page.goto(url(`/search/?q=${encodeURIComponent('立既开通')}`));
      await waitFor(page, 'the correction and a result', () => document.querySelector('.search-correction') !== null && document.querySelector('a.search-hit') !== null);
      expect(await page.evaluate(() => document.querySelector('.search-correction')!.textContent)).toContain('立即开通');
      expect(await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a.search-hit')!.hash)).toBe('#step-7');
    });

    test('the theme toggle switches colours, and the stored choice is in place before first paint', async () => {
      await page.goto(url('/overview/'));
      await waitFor(page, 'the theme toggle', () => document.querySelector('[data-theme-toggle][data-ready]') !== null);
      const startsDark = (await page.evaluate(background)) === DARK;
      await page.click('[data-theme-toggle]');
      expect(await page.evaluate(background)).toBe(startsDark ? LIGHT : DARK);
      expect(await page.evaluate(() => document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed'))).toBe(String(!startsDark));

      await page.goto(url('/steps/'));
      const stored = startsDark ? 'light' : 'dark';
      expect((await page.evaluate(readProbe)).themeAtParse).toBe(stored);
      expect(await page.evaluate(background)).toBe(startsDark ? LIGHT : DARK);
      await page.evaluate(() => localStorage.removeItem('theme'));
    });

    test('the permalink control copies the absolute URL of the section and says so', async () => {
      await page.goto(url('/steps/'));
      // Records what the page hands to the real clipboard (reading the clipboard back needs a permission prompt in Firefox and WebKit).
      await page.evaluate(() => {
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        navigator.clipboard.writeText = (text) => write(text).then(() => void ((window as unknown as { copied: string }).copied = text));
      });
      // Where a reader taps it: mid-screen. A WebDriver click scrolls the control to the bottom edge, where the
      // fixed 「回到顶部」 button (bottom right) can sit over it once the scroll code is loaded.
      await page.evaluate(() => document.querySelector('#step-5 + a.heading-anchor')!.scrollIntoView({ block: 'center' }));
      await page.click('#step-5 + a.heading-anchor');
      await waitFor(page, 'the copy to be announced', () => document.getElementById('announcer')!.textContent!.includes('已复制'));
      expect(await page.evaluate(() => document.getElementById('announcer')!.textContent)).toContain('第 5 步');
      const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied);
      expect(copied).toBe(url('/steps/#step-5'));
    });

    test('screenshots of the landing page and the steps, light and dark', async () => {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      for (const theme of ['light', 'dark'] as const) {
        for (const [name, sitePath] of [['home', '/'], ['steps', '/steps/#step-5']] as const) {
          await page.goto(url('/overview/'));
          await page.evaluate((choice) => localStorage.setItem('theme', choice), theme);
          await page.goto(url(sitePath));
          expect(await page.evaluate(background)).toBe(theme === 'light' ? LIGHT : DARK);
          const png = await page.screenshot();
          const scale = await page.evaluate(() => devicePixelRatio);
          expect(png.readUInt32BE(16), 'screenshot width').toBe(viewport.width * scale); // PNG IHDR width
          fs.writeFileSync(path.join(SCREENSHOTS, `${engineName}-${device}-${theme}-${name}.png`), png);
        }
      }
      await page.evaluate(() => localStorage.removeItem('theme'));
    });
  });
});
