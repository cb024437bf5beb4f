import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../src/config';
import { DESKTOP, PHONE, useSite } from '../support/e2e';
import { BREAKABLE, lineBreakProblems } from '../support/line-breaks';

const site = useSite('subpath');
const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/', '/no-such-page/'];
describe('line breaks fall between words, at phone widths', () => {
  const cases = [320, 360, 390].flatMap((width) => PAGES.map((path) => [width, path] as const));
  test.each(cases)('%i px: %s', async (width, path) => {
    const page = await site.open(path, { ...PHONE, viewport: { width, height: 800 } });
    // Open the phone menu and the page's contents too: their links must break between words as well.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expect(await page.evaluate(lineBreakProblems, { selector: BREAKABLE, keepTogether: siteConfig.keepTogether })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  test('the check sees a word split when the markup is missing', async () => {
    const page = await site.open('/eligibility/', { ...PHONE, viewport: { width: 320, height: 800 } });
    // Without keep-all and without <wbr>, the browser breaks between any two Han characters.
    await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      h1.textContent = '开通先用后付需要满足的条件开通先用后付需要满足的条件';
      h1.style.wordBreak = 'normal';
      h1.style.textWrap = 'wrap';
    });
    expect((await page.evaluate(lineBreakProblems, { selector: 'h1', keepTogether: siteConfig.keepTogether })).length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('table of contents', () => {
  const current = (page: Page) => page.evaluate(() => document.querySelector('.toc-aside a[aria-current="true"]')?.getAttribute('href'));

  test.each(['step-5', 'step-6', 'step-1'])('/steps/#%s marks the section jumped to', async (id) => {
    const page = await site.open(`/steps/#${id}`, DESKTOP);
    await page.waitForFunction(() => document.querySelector('.toc-aside a[aria-current="true"]'));
    expect(await current(page)).toBe(`#${id}`);
    await page.context().close();
  });

  test('a click on a TOC entry near the end of the page marks that entry; the reader scrolling back releases it', async () => {
    const page = await site.open('/cautions/', DESKTOP);
    await page.click('.toc-aside a[href="#merchant-policy"]');
    await page.waitForFunction(() => location.hash === '#merchant-policy');
    await page.waitForTimeout(600); // the smooth scroll
    expect(await current(page)).toBe('#merchant-policy');
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -5000);
    await page.waitForFunction(() => document.querySelector('.toc-aside a[aria-current="true"]')?.getAttribute('href') === '#repay-on-time');
    await page.context().close();
  });
});

describe('copy confirmation', () => {
  test.each([['phone', PHONE], ['desktop', DESKTOP]] as const)('on a %s, 「已复制」 appears right above the control pressed', async (_name, device) => {
    const page = await site.open('/steps/', device);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    // Force the copy path on the phone too (it would otherwise open the share sheet).
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const control = page.locator('#step-5 + a.heading-anchor');
    await control.scrollIntoViewIfNeeded();
    await control.click();
    await page.waitForFunction(() => document.querySelector('#step-5 + a')!.getAttribute('data-state') === 'copied');
    const { hit, bubbleWidth } = await page.evaluate(() => {
      const anchor = document.querySelector('#step-5 + a')!;
      const box = anchor.getBoundingClientRect();
      // The bubble is the control's ::after: a point just above the control's centre belongs to it.
      const above = document.elementFromPoint(box.left + box.width / 2, box.top - 4);
      return { hit: above === anchor, bubbleWidth: parseFloat(getComputedStyle(anchor, '::after').width) };
    });
    expect(hit).toBe(true);
    expect(bubbleWidth).toBeLessThan(100);
    await page.context().close();
  });
});

describe('footer', () => {
  const cases = PAGES.flatMap((path) => ([['phone', PHONE], ['desktop', DESKTOP]] as const).map(([device, options]) => [path, device, options] as const));
  test.each(cases)('%s on a %s: the footer text starts where the content does', async (path, _device, options) => {
    const page = await site.open(path, options);
    const { content, footer } = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const style = getComputedStyle(main);
      return {
        content: main.getBoundingClientRect().left + parseFloat(style.paddingLeft),
        footer: document.querySelector('footer .frame-content')!.getBoundingClientRect().left,
      };
    });
    expect(Math.abs(footer - content)).toBeLessThan(1);
    await page.context().close();
  });
});
