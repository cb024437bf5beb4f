import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, placement, useSite } from '../support/e2e';

const site = useSite('subpath');

describe('linking to a section', () => {
  test('the permalink control copies the absolute URL, says so to screen readers, and the URL lands on the step', async () => {
    const page = await site.open('/steps/', DESKTOP);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const control = page.locator('#step-5 + a.heading-anchor');
    expect(await control.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await page.hover('#step-5');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#step-5 + a')!).opacity === '1');
    await control.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(site.url('/steps/#step-5'));
    await page.waitForFunction(() => document.getElementById('announcer')!.textContent!.includes('已复制'));
    expect(await page.textContent('#announcer')).toContain('第 5 步');

    await page.goto(copied);
    const { top, headerBottom } = await placement(page, '#step-5');
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    await page.context().close();
  });

  test('the permalink control shows on keyboard focus', async () => {
    const page = await site.open('/cautions/', DESKTOP);
    await page.focus('#repay-on-time + a.heading-anchor');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#repay-on-time + a')!).opacity === '1');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).matches(':focus-visible'))).toBe(true);
    await page.context().close();
  });
});

describe('theme', () => {
  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows the system, toggles, and a stored choice is applied before first paint', async () => {
    const page = await site.open('/overview/', { ...DESKTOP, colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(15, 23, 42)');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    // The stored choice is in place before any stylesheet-dependent paint: check at the first script after <head>.
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      }),
    );
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('light');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the phone menu opens and leads to every section; the page TOC works', async () => {
    const page = await site.open('/overview/', { ...PHONE, javaScriptEnabled: false });
    await page.click('.site-menu-button');
    const menuLinks = page.locator('nav[aria-label="指南章节"] a');
    expect(await menuLinks.count()).toBe(6); // four sections, 使用帮助, the one-page guide
    await page.locator('nav[aria-label="指南章节"] a', { hasText: '开通步骤' }).click();
    await page.waitForURL(/\/zhima-guide\/steps\/$/);
    await page.click('.toc-mobile > summary');
    await page.click('.toc-mobile a[href="#step-7"]');
    expect(page.url()).toMatch(/#step-7$/);
    const { top, headerBottom } = await placement(page, '#step-7');
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
    await page.context().close();
  });

  test('the search button is a link to the search page, which offers the sections', async () => {
    const page = await site.open('/steps/', { ...DESKTOP, javaScriptEnabled: false });
    await page.click('[data-search-open]');
    await page.waitForURL(/\/zhima-guide\/search\/$/);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('reading aids', () => {
  test('the current section is marked in the table of contents while scrolling', async () => {
    const page = await site.open('/steps/', { viewport: { width: 1440, height: 900 } });
    await page.evaluate(() => document.getElementById('step-3')!.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('.toc-aside a[aria-current="true"]')?.getAttribute('href') === '#step-3');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => document.querySelector('.toc-aside a[aria-current="true"]')?.getAttribute('href') === '#step-7');
    await page.context().close();
  });

  test('back to top appears on the long one-page guide and returns to the top', async () => {
    const page = await site.open('/guide/', PHONE);
    const button = page.locator('[data-back-to-top]');
    expect(await button.isVisible()).toBe(false);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    await button.waitFor({ state: 'visible' });
    await button.click();
    await page.waitForFunction(() => scrollY === 0);
    await page.context().close();
  });

  test('print: no navigation, link URLs shown, steps not split', async () => {
    const page = await site.open('/steps/', DESKTOP);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="指南章节"]').isVisible()).toBe(false);
    const after = await page.$eval('.prose a[href$="/eligibility/"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/zhima-guide/eligibility/');
    expect(await page.$eval('.steps > p', (p) => getComputedStyle(p).breakInside)).toBe('avoid');
    await page.context().close();
  });
});
