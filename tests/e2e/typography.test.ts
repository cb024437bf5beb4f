import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../src/config';
import { DESKTOP, PHONE, useSite } from '../support/e2e';

const site = useSite('subpath');
const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/', '/no-such-page/'];
const BREAKABLE = 'h1, h2, h3, .card > span, .nav-link, .step-link, .toc-list a, .pager-link > span, .button-primary, .button-secondary';

/**
 * Every visible line break inside the breakable elements, measured in the engine: for each text
 * node character its line (by its box's top); a new line must start at a <wbr>, beside a space or
 * after punctuation, and never inside a word the site keeps together.
 */
function badBreaks(page: Page, selector: string, keepTogether: readonly string[]) {
  return page.evaluate(
    ({ selector, keepTogether }) => {
      const problems: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.offsetParent === null || element.closest('[hidden], details:not([open]) > :not(summary)')) continue;
        const chars: { char: string; top: number; allowed: boolean }[] = [];
        let afterWbr = false;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
          acceptNode: (node) =>
            node instanceof Element && (node.matches('[aria-hidden="true"], .sr-only, svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) === NodeFilter.FILTER_REJECT
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node instanceof Element) {
            if (node.tagName === 'WBR') afterWbr = true;
            continue;
          }
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            const previous = chars[chars.length - 1]?.char ?? '';
            const allowed = afterWbr || /\s/.test(previous) || /\s/.test(text[i]!) || /[，。：；！？、」）]/.test(previous) || /[「（]/.test(text[i]!);
            chars.push({ char: text[i]!, top: rect ? rect.top : NaN, allowed });
            afterWbr = false;
          }
        }
        const visible = chars.filter((c) => !Number.isNaN(c.top) && c.char.trim() !== '');
        const text = chars.map((c) => c.char).join('');
        for (let i = 1; i < visible.length; i++) {
          if (visible[i]!.top > visible[i - 1]!.top + 4 && !visible[i]!.allowed && !chars[chars.indexOf(visible[i]!) - 1]?.char.match(/\s/)) {
            const at = chars.indexOf(visible[i]!);
            problems.push(`${text.slice(0, at)} / ${text.slice(at)}`);
          }
        }
        for (const word of keepTogether) {
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            const tops = new Set(chars.slice(at, at + word.length).map((c) => Math.round(c.top)));
            if (tops.size > 1) problems.push(`${word} split in ${text}`);
          }
        }
      }
      return [...new Set(problems)];
    },
    { selector, keepTogether },
  );
}

describe('line breaks fall between words, at phone widths', () => {
  const cases = [320, 360, 390].flatMap((width) => PAGES.map((path) => [width, path] as const));
  test.each(cases)('%i px: %s', async (width, path) => {
    const page = await site.open(path, { ...PHONE, viewport: { width, height: 800 } });
    // Open the phone menu and the page's contents too: their links must break between words as well.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expect(await badBreaks(page, BREAKABLE, siteConfig.keepTogether)).toEqual([]);
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
    expect((await badBreaks(page, 'h1', siteConfig.keepTogether)).length).toBeGreaterThan(0);
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
