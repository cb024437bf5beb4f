import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECTION_NAV_ID } from '../../src/lib/navigation';
import { messages as readAloudMessages } from '../../src/lib/read-aloud/messages';
import { SEARCH_UNSUPPORTED } from '../../src/lib/search/messages';
import { launchEngine, OLD_ENGINE_NAMES, waitFor, type Engine, type EnginePage, type OldEngineName } from '../support/engines';
import { serveSite, type StaticServer } from '../support/server';
import { build } from '../support/site';

/**
 * The site in old engines that readers in China still have (shared/NOTES.md,
 * "Readers' engines in China"), at phone width: Chromium 106 (for Alipay's 105),
 * QtWebEngine's Chromium 102 (HarmonyOS 4.0's 99), Chromium 92 and QtWebEngine's
 * 87 (QQ's X5 89, old WeChat), WPE WebKit 2.38 (iOS 16). Each page is compared
 * with the same page in the current Chromium (the reference): the stylesheet
 * applies, no text shows that the current engine hides, nothing is wider than
 * the screen; and the menu and the search work, or say why not.
 * `OLD_ENGINES=chromium-92,wpe-2.38` runs some of them.
 */
const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/?q=信用服务', '/no-such-page/'];
const SEARCH_PAGE = '/search/?q=信用服务';
const PHONE = { width: 390, height: 844 };
const SCREENSHOTS = '.test-builds/screenshots/old-engines';
/** Pagefind's WebAssembly compiles from Chromium 96 and iOS 15.1; below that the site says it cannot search. */
const SEARCHES: Record<OldEngineName, boolean> = { 'chromium-106': true, 'qt6-102': true, 'chromium-92': false, 'qt5-87': false, 'wpe-2.38': true };
/** Computed styles that show the stylesheet applies (missing elements are skipped on both sides). */
const LANDMARKS: [selector: string, property: string][] = [
  ['body', 'background-color'],
  ['body', 'color'],
  ['.site-header', 'position'],
  ['.site-header', 'background-color'],
  ['.site-header', 'border-bottom-width'],
  ['.site-header > div', 'display'],
  ['.site-header > div', 'height'],
  ['.prose', 'max-width'],
  ['.prose', 'font-size'],
  ['.prose', 'line-height'],
  ['.button-primary', 'background-color'],
  ['.button-primary', 'color'],
];

interface PageState {
  landmarks: Record<string, string>;
  /** `tag「own text」 in #nearest-id` of every element whose own text is visible, with how many there are. */
  texts: Record<string, number>;
  scrollWidth: number;
  innerWidth: number;
}

/** Runs in the page: the landmarks (colours as the rgba a canvas paints), the visible texts and the width. */
function pageState({ landmarks, ignore }: { landmarks: [string, string][]; ignore: string | null }): PageState {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  const rgba = (color: string) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    return `rgba(${[...context.getImageData(0, 0, 1, 1).data].join(', ')})`;
  };
  const values: Record<string, string> = {};
  for (const [selector, property] of landmarks) {
    const element = document.querySelector(selector);
    if (!element) continue;
    const value = getComputedStyle(element).getPropertyValue(property);
    values[`${selector} ${property}`] = property.endsWith('color') ? rgba(value) : value;
  }
  // Rendered, not visibility:hidden, not inside a 1 px clipped box (the sr-only pattern).
  const visible = (element: Element) => {
    if (!element.getClientRects().length || getComputedStyle(element).visibility !== 'visible') return false;
    for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
      const { width, height } = box.getBoundingClientRect();
      if ((width <= 1 || height <= 1) && getComputedStyle(box).overflow !== 'visible') return false;
    }
    return true;
  };
  const texts: Record<string, number> = {};
  for (const element of document.body.querySelectorAll('*')) {
    if (ignore && element.closest(ignore)) continue;
    const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
    if (!own || !visible(element)) continue;
    const where = element.parentElement?.closest('[id]');
    const key = `${element.tagName.toLowerCase()}「${own.length > 40 ? `${own.slice(0, 40)}…` : own}」${where ? ` in #${where.id}` : ''}`;
    texts[key] = (texts[key] ?? 0) + 1;
  }
  return { landmarks: values, texts, scrollWidth: document.documentElement.scrollWidth, innerWidth };
}

/** Colours within 3 of 255 per channel (engines round conversions differently), lengths within 0.5 px, the rest equal. */
function same(value: string, expected: string): boolean {
  const numbers = (text: string) => text.match(/-?[\d.]+/g)?.map(Number) ?? [];
  if (/^rgba\(/.test(value) && /^rgba\(/.test(expected)) return numbers(value).every((n, i) => Math.abs(n - numbers(expected)[i]!) <= 3);
  if (/^[\d.]+px$/.test(value) && /^[\d.]+px$/.test(expected)) return Math.abs(parseFloat(value) - parseFloat(expected)) <= 0.5;
  return value === expected;
}

/** Runs in the page: the search page has its answer, results or the notice that this browser cannot search. */
function searchAnswered() {
  const unsupported = document.querySelector<HTMLElement>('[data-search-unsupported]');
  return document.querySelector('[data-search-page-results] a.search-hit') !== null || (unsupported !== null && !unsupported.hidden);
}

/** Runs in the page: the element has a box on screen and is not visibility:hidden. */
function shown(selector: string) {
  const element = document.querySelector(selector);
  if (!element || !element.getClientRects().length || getComputedStyle(element).visibility !== 'visible') return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
}

const fileName = (sitePath: string) => sitePath.replace(/\?.*/, '').replace(/\//g, '') || 'home';

const state = {} as { server: StaticServer; reference: Map<string, PageState> };
const url = (sitePath: string) => state.server.url + sitePath.replace(/^\//, '');

/** The current Chromium at the same size, page by page: what the old engines are compared with. */
async function referenceStates(): Promise<Map<string, PageState>> {
  const engine = await launchEngine('chromium');
  try {
    const page = await engine.open(PHONE);
    const states = new Map<string, PageState>();
    for (const sitePath of PAGES) {
      await page.goto(url(sitePath));
      if (sitePath === SEARCH_PAGE) await waitFor(page, 'search results in the current Chromium', searchAnswered, undefined, 15_000);
      states.set(sitePath, await page.evaluate(pageState, { landmarks: LANDMARKS, ignore: null }));
    }
    return states;
  } finally {
    await engine.close();
  }
}

beforeAll(async () => {
  state.server = await serveSite(build('subpath').outDir, build('subpath').base);
  state.reference = await referenceStates();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => state.server?.close());

test('the reference, the current Chromium, shows the light theme, a sticky header and the accent button', () => {
  const home = state.reference.get('/')!.landmarks;
  expect(home['body background-color']).toBe('rgba(255, 255, 255, 255)');
  expect(home['.site-header position']).toBe('sticky');
  expect(home['.site-header > div display']).toBe('flex');
  expect(home['.button-primary background-color']).not.toBe(home['body background-color']);
});

describe.each(OLD_ENGINE_NAMES)('%s', (engineName) => {
  // One window per engine, reused across pages.
  const engine = {} as { engine: Engine; page: EnginePage };
  beforeAll(async () => {
    engine.engine = await launchEngine(engineName);
    engine.page = await engine.engine.open(PHONE);
  });
  afterAll(async () => {
    await engine.page?.close();
    await engine.engine?.close();
  });

  test.each(PAGES)('%s: styled as in the current Chromium, no text it hides, fits the width, no errors', async (sitePath) => {
    const { page } = engine;
    await page.goto(url(sitePath));
    if (sitePath === SEARCH_PAGE) await waitFor(page, 'the search page to answer', searchAnswered, undefined, 15_000).catch(() => {});
    fs.writeFileSync(path.join(SCREENSHOTS, `${engineName}-${fileName(sitePath)}.png`), await page.screenshot());
    // Where the engine cannot search, the search page's notice is meant to show (checked below).
    const ignore = sitePath === SEARCH_PAGE && !SEARCHES[engineName] ? '[data-search-unsupported]' : null;
    const here = await page.evaluate(pageState, { landmarks: LANDMARKS, ignore });
    const reference = state.reference.get(sitePath)!;

    const styles = Object.entries(reference.landmarks)
      .filter(([name, expected]) => !same(here.landmarks[name] ?? '(no element)', expected))
      .map(([name, expected]) => `${name}: ${here.landmarks[name] ?? '(no element)'}, current Chromium ${expected}`);
    expect.soft(styles, 'computed styles that differ from the current Chromium').toEqual([]);
    const shownHere = Object.entries(here.texts)
      .filter(([text, count]) => count > (reference.texts[text] ?? 0))
      .map(([text, count]) => (reference.texts[text] ? `${text} ×${count} (current Chromium ×${reference.texts[text]})` : text));
    expect.soft(shownHere, 'text visible here that the current Chromium hides').toEqual([]);
    expect.soft(here.scrollWidth, `page width (the screen is ${here.innerWidth} px)`).toBeLessThanOrEqual(here.innerWidth + 1);
    expect.soft(await page.consoleErrors(), 'errors').toEqual([]);
  });

  test('the chapter menu is hidden, and the menu button shows it', async () => {
    const { page } = engine;
    const nav = `#${SECTION_NAV_ID}`;
    await page.goto(url('/steps/'));
    expect(await page.evaluate(shown, nav), 'menu shown before the button is tapped').toBe(false);
    await page.click('.site-menu-button');
    const opened = await waitFor(page, 'the menu', shown, nav, 3_000).then(() => true, () => false);
    fs.writeFileSync(path.join(SCREENSHOTS, `${engineName}-menu.png`), await page.screenshot());
    expect(opened, 'menu shown after the button is tapped').toBe(true);
  });

  test('长辈模式: the switch turns it on and it stays; large type in one column; 朗读 answers, never silently', async () => {
    const { page } = engine;
    await page.goto(url('/steps/'));
    await page.click('.care-toggle');
    await waitFor(page, 'care mode', () => 'care' in document.documentElement.dataset, undefined, 5_000);
    await page.goto(url('/steps/'));
    const care = await page.evaluate(() => ({
      on: 'care' in document.documentElement.dataset,
      pressed: document.querySelector('.care-toggle')!.getAttribute('aria-pressed'),
      body: parseFloat(getComputedStyle(document.querySelector('.prose p')!).fontSize),
      pagers: [...document.querySelectorAll('.step-pager')].filter((pager) => pager.getClientRects().length > 0).length,
      sidebar: [...document.querySelectorAll('.toc-mobile, .toc-aside')].some((element) => element.getClientRects().length > 0),
      overflow: document.documentElement.scrollWidth - innerWidth,
    }));
    expect(care).toEqual({ on: true, pressed: 'true', body: care.body, pagers: 7, sidebar: false, overflow: care.overflow });
    expect(care.body).toBeGreaterThanOrEqual(22);
    expect(care.overflow).toBeLessThanOrEqual(1);
    fs.writeFileSync(path.join(SCREENSHOTS, `${engineName}-care.png`), await page.screenshot());
    // 朗读: reads, prepares a voice, or says the browser cannot, in words under the button.
    await page.click('[data-read="step-1"]');
    await waitFor(page, 'the 朗读 panel to say something', () => (document.querySelector('.reader-status')?.textContent ?? '') !== '', undefined, 15_000);
    const said = await page.evaluate(() => document.querySelector('.reader-status')!.textContent!);
    const expected = [readAloudMessages.preparing, readAloudMessages.unavailable, readAloudMessages.noVoice, '正在朗读', '已读完'];
    expect(expected.some((text) => said.includes(text)), said).toBe(true);
    await page.click('.care-toggle');
    await waitFor(page, 'care mode off', () => !('care' in document.documentElement.dataset), undefined, 5_000);
    expect(await page.consoleErrors(), 'errors').toEqual([]);
  });

  test(SEARCHES[engineName] ? `${SEARCH_PAGE} lists results` : `${SEARCH_PAGE} says this browser cannot search and lists the sections`, async () => {
    const { page } = engine;
    await page.goto(url(SEARCH_PAGE));
    await waitFor(page, 'the search page to answer', searchAnswered, undefined, 15_000);
    const answer = await page.evaluate(() => ({
      hits: document.querySelectorAll('[data-search-page-results] a.search-hit').length,
      notice: document.querySelector<HTMLElement>('[data-search-unsupported]:not([hidden])')?.innerText ?? null,
      links: document.querySelectorAll('[data-search-unsupported]:not([hidden]) a[href]').length,
    }));
    if (SEARCHES[engineName]) {
      expect(answer.notice).toBeNull();
      expect(answer.hits).toBeGreaterThan(0);
    } else {
      expect(answer.notice).toContain(SEARCH_UNSUPPORTED.slice(0, 12));
      expect(answer.links).toBeGreaterThan(4);
    }
  });

  test(SEARCHES[engineName] ? 'the header search button opens the dialog, which finds 信用服务' : 'the header search button leads to the search page, which says why it cannot search', async () => {
    const { page } = engine;
    await page.goto(url('/cautions/'));
    await page.click('[data-search-open]');
    if (SEARCHES[engineName]) {
      await waitFor(page, 'the search dialog', shown, '[data-search-dialog]', 5_000);
      await waitFor(page, 'the focus in the search box', () => document.activeElement?.id === 'search-dialog-input', undefined, 5_000);
      await page.type('信用服务');
      await waitFor(page, 'a result in the dialog', () => document.querySelector('[data-search-results] a.search-hit') !== null, undefined, 15_000);
    } else {
      await waitFor(page, 'the search page', (target) => location.href === target && document.readyState === 'complete', url('/search/'), 5_000);
      expect(await page.evaluate(shown, '[data-search-unsupported]'), 'the notice that this browser cannot search').toBe(true);
    }
    fs.writeFileSync(path.join(SCREENSHOTS, `${engineName}-search-open.png`), await page.screenshot());
  });
});
