import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { measureCare, type CareMeasures } from '../support/care';
import { useSite } from '../support/e2e';
import { SECTION_NAV_ID } from '../../src/lib/navigation';

/**
 * 长辈模式 (care mode) in Chromium, against the rules the README states for it: the switch, type and
 * spacing, contrast and targets, one column, nothing floating, the steps page's own navigation, and
 * the same at a root font size of 200 %. Read-aloud is in read-aloud.test.ts.
 */
const site = useSite('subpath');
const PAGES = ['/', '/overview/', '/steps/', '/cautions/', '/care/', '/search/?q=长辈模式'];
const WIDTHS = [320, 390, 768] as const;
const device = (width: number): BrowserContextOptions => ({ viewport: { width, height: 844 }, isMobile: width < 500, hasTouch: width < 500, deviceScaleFactor: 2 });

/** A page opened with care mode already chosen, as a returning reader has it. */
async function openInCare(path: string, options: BrowserContextOptions): Promise<Page> {
  const page = await site.blank(options);
  await page.addInitScript(() => localStorage.setItem('care', '1'));
  await page.goto(site.url(path));
  await page.waitForLoadState('networkidle');
  return page;
}

const isCare = (page: Page) => page.evaluate(() => 'care' in document.documentElement.dataset);

/** What holds at any size in care mode: fits the screen, no text under 18 px, body text of `bodyPx` or more, targets, one column, nothing floating. */
function expectCareRules(m: CareMeasures, bodyPx: number): void {
  expect(m.overflow, 'wider than the screen').toBeLessThanOrEqual(0);
  expect(m.smallest.px, `smallest text 「${m.smallest.text}」`).toBeGreaterThanOrEqual(18);
  expect(m.bodyPx).toBeGreaterThanOrEqual(bodyPx);
  expect(m.otherContrast.ratio, m.otherContrast.text).toBeGreaterThanOrEqual(4.5);
  expect(m.smallControls).toEqual([]);
  expect(m.smallMainControls).toEqual([]);
  expect(m.floating).toEqual([]);
  expect(m.besideText).toEqual([]);
}

describe('the switch', () => {
  test('is in the header of every page, in the first screen, 60 × 60 or more, and says whether it is on', async () => {
    const page = await site.blank(device(320));
    for (const path of PAGES) {
      await page.goto(site.url(path));
      const box = (await page.locator('.site-header .care-toggle').boundingBox())!;
      expect(box.width, path).toBeGreaterThanOrEqual(60);
      expect(box.height, path).toBeGreaterThanOrEqual(60);
      expect(box.y + box.height, path).toBeLessThanOrEqual(844);
      expect(await page.getByRole('button', { name: '长辈模式' }).getAttribute('aria-pressed'), path).toBe('false');
    }
    await page.context().close();
  });

  test('turns care mode on and off, kept on the device, applied before first paint', async () => {
    const page = await site.open('/steps/', device(390));
    const toggle = page.getByRole('button', { name: '长辈模式' });
    await toggle.click();
    await expect.poll(() => isCare(page)).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { careAtParse: boolean }).careAtParse = 'care' in document.documentElement.dataset;
      }),
    );
    await page.goto(site.url('/overview/'));
    expect(await page.evaluate(() => (window as unknown as { careAtParse: boolean }).careAtParse)).toBe(true);
    expect(await page.getByRole('button', { name: '长辈模式' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '长辈模式' }).click();
    await expect.poll(() => isCare(page)).toBe(false);
    await page.reload();
    expect(await isCare(page)).toBe(false);
    await page.context().close();
  });

  test('?care=1 turns it on for a reader who has not chosen, and on every page after; not for one who turned it off', async () => {
    const first = await site.open('/steps/?care=1', device(390));
    expect(await isCare(first)).toBe(true);
    await first.goto(site.url('/cautions/'));
    expect(await isCare(first)).toBe(true);
    await first.context().close();
    const chose = await site.blank(device(390));
    await chose.addInitScript(() => localStorage.setItem('care', '0'));
    await chose.goto(site.url('/steps/?care=1'));
    expect(await isCare(chose)).toBe(false);
    await chose.context().close();
  });
});

describe('reading in care mode', () => {
  const cases = PAGES.flatMap((path) => WIDTHS.flatMap((width) => (['light', 'dark'] as const).map((scheme) => [path, width, scheme] as const)));
  test.each(cases)('%s at %i px, %s: large type, spacing, contrast and targets, one column, nothing floating', async (path, width, colorScheme) => {
    const page = await openInCare(path, { ...device(width), colorScheme });
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    const m = await page.evaluate(measureCare);
    expectCareRules(m, 22);
    expect(m.headingPx).toBeGreaterThanOrEqual(26);
    expect(m.leading.ratio, m.leading.text).toBeGreaterThanOrEqual(1.6);
    if (m.paragraphGap.text) expect(m.paragraphGap.ratio, m.paragraphGap.text).toBeGreaterThanOrEqual(1.3);
    expect(m.bodyContrast.ratio, m.bodyContrast.text).toBeGreaterThanOrEqual(7);
    await page.context().close();
  });

  test.each([1366, 768])('one column at %i px: no sidebar, the chapter menu from the header', async (width) => {
    const page = await openInCare('/steps/', device(width));
    expect((await page.evaluate(measureCare)).besideText).toEqual([]);
    await page.click('.site-menu-button');
    expect(await page.locator(`#${SECTION_NAV_ID}`).isVisible()).toBe(true);
    await page.context().close();
  });

  test('the largest text step gives body text of 30 px or more', async () => {
    const page = await openInCare('/steps/', device(390));
    await page.click('[data-companion="text-size"][data-size="large"]');
    await page.waitForFunction(() => document.documentElement.dataset.textSize === 'large');
    expect((await page.evaluate(measureCare)).bodyPx).toBeGreaterThanOrEqual(30);
    await page.context().close();
  });

  const doubled = ['/', '/steps/'].flatMap((path) => WIDTHS.flatMap((width) => (['light', 'dark'] as const).map((scheme) => [path, width, scheme] as const)));
  test.each(doubled)('with the browser’s text twice the size, %s at %i px, %s: care mode scales with it and still fits the screen', async (path, width, colorScheme) => {
    const page = await site.blank({ ...device(width), colorScheme });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.addInitScript(() => localStorage.setItem('care', '1'));
    await page.goto(site.url(path));
    // Text doubles with the browser's size; a figure's labels grow with the figure, which the screen bounds.
    expectCareRules(await page.evaluate(measureCare), 44);
    await page.context().close();
  });

  test('each step says where it is among the seven and leads to the one before and after; its figure is as wide as the text', async () => {
    const page = await openInCare('/steps/', device(390));
    const pagers = page.locator('.step-pager');
    expect(await pagers.count()).toBe(7);
    expect(await pagers.nth(2).locator('span').textContent()).toBe('第 3 步 / 共 7 步');
    await pagers.nth(2).getByRole('link', { name: '下一步' }).click();
    expect(new URL(page.url()).hash).toBe('#step-4');
    await pagers.nth(2).getByRole('link', { name: '上一步' }).click();
    expect(new URL(page.url()).hash).toBe('#step-2');
    const widths = await page.evaluate(() => ({
      figure: document.querySelector('.step-figure svg')!.getBoundingClientRect().width,
      text: document.querySelector('.prose')!.getBoundingClientRect().width,
    }));
    expect(widths.figure).toBeGreaterThanOrEqual(widths.text - 1);
    // Outside care mode the pager is not there.
    await page.evaluate(() => delete document.documentElement.dataset.care);
    expect(await pagers.first().isVisible()).toBe(false);
    await page.context().close();
  });

  test.each(['/', '/steps/', '/care/'].flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
    'axe finds nothing on %s in care mode, %s',
    async (path, colorScheme) => {
      const page = await openInCare(path, { ...device(390), colorScheme, bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
