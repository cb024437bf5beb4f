import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, useSite } from '../support/e2e';
import { copyProject } from '../support/project-copy';
import { build, type BuildName } from '../support/site';
import { astroBuild } from '../setup/build-site';

/** The pages a reader can open, as site paths. */
const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/search/'];

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

describe('step progress, kept on the device', () => {
  const site = useSite('subpath');

  test('ticks survive a reload and lead to 「继续第 N 步」 on the steps page and the home page; 重新开始 clears them', async () => {
    const page = await site.open('/steps/', PHONE);
    expect(await visible(page, '.step-progress').count()).toBe(0);
    const toggle = (step: number) => page.getByRole('button', { name: new RegExp(`^标记为已完成\\s*（第 ${step} 步）$`) });
    await toggle(1).click();
    await toggle(3).click();
    await page.waitForFunction(() => document.querySelector('[data-step="3"]')?.getAttribute('aria-pressed') === 'true');
    expect(await toggle(1).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(2).getAttribute('aria-pressed')).toBe('false');
    expect(await visible(page, '.step-progress-line span').textContent()).toBe('已完成 2/7');
    await page.waitForFunction(() => document.getElementById('announcer')!.textContent!.includes('第 3 步已完成'));

    await page.reload();
    const next = page.getByRole('link', { name: '继续第 4 步' });
    expect(await next.isVisible()).toBe(true);
    expect(await next.getAttribute('href')).toBe(new URL(site.url('/steps/#step-4')).pathname + '#step-4');
    await page.waitForFunction(() => document.querySelector('[data-step="3"]')?.getAttribute('aria-pressed') === 'true');
    expect(await toggle(2).getAttribute('aria-pressed')).toBe('false');
    // Unticking the furthest step moves the link back.
    await toggle(3).click();
    await page.waitForFunction(() => document.documentElement.dataset.nextStep === '2');
    expect(await visible(page, '.step-progress a').textContent()).toBe('继续第 2 步');

    await page.goto(site.url('/'));
    await page.getByRole('link', { name: '继续第 2 步' }).click();
    await page.waitForURL(site.url('/steps/#step-2'));

    await page.getByRole('button', { name: '重新开始' }).first().click();
    await page.waitForFunction(() => !('stepsDone' in document.documentElement.dataset));
    expect(await visible(page, '.step-progress').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('steps-done'))).toBeNull();
    await page.context().close();
  });

  test('with stored progress the page loads without a layout shift', async () => {
    const page = await site.blank(PHONE);
    await page.addInitScript(() => {
      localStorage.setItem('steps-done', '125');
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url('/steps/'));
    await page.waitForLoadState('networkidle');
    expect(await visible(page, '.step-progress a').textContent()).toBe('继续第 6 步');
    expect(await visible(page, '.step-progress-line span').textContent()).toBe('已完成 3/7');
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.context().close();
  });

  test('without JavaScript no toggle, progress or text-size control shows; the figures do', async () => {
    const page = await site.open('/steps/', { ...PHONE, javaScriptEnabled: false });
    expect(await visible(page, '.step-done, .step-progress, .text-size').count()).toBe(0);
    expect(await visible(page, 'figure.step-figure').count()).toBe(7);
    await page.context().close();
  });
});

describe('where to tap', () => {
  const site = useSite('subpath');

  test('seven figures named by what to tap; the tap path is an ordered list of links to the steps', async () => {
    const page = await site.open('/steps/', PHONE);
    const figures = page.getByRole('figure');
    expect(await figures.count()).toBe(7);
    expect(await page.getByRole('figure', { name: /点击右下角的「我的」/ }).count()).toBe(1);
    expect(await page.getByRole('figure', { name: /点击「立即开通」/ }).getByRole('img', { name: '第 7 步示意图' }).count()).toBe(1);
    const items = page.locator('.tap-path ol > li');
    expect(await items.allTextContents()).toEqual(['「我的」', '「芝麻信用」', '「信用服务」', '「先用后付」', '「立即开通」']);
    expect(await page.locator('.tap-path a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash))).toEqual(['#step-2', '#step-3', '#step-4', '#step-5', '#step-7']);
    // The arrows are drawn, but not part of the list's text.
    expect(await page.locator('.tap-path li + li').first().evaluate((li) => getComputedStyle(li, '::before').content)).toContain('→');
    await page.context().close();
  });
});

/** Decodes the QR code shown in the handoff popover. */
async function decodeHandoffQr(page: Page): Promise<string | undefined> {
  const image = page.locator('#handoff img.qr-code');
  await image.waitFor();
  await page.waitForFunction(() => (document.querySelector('#handoff img.qr-code') as HTMLImageElement).complete);
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe.each<BuildName>(['subpath', 'root'])('handoff to a phone, %s build', (name) => {
  const site = useSite(name);
  const publicUrl = (sitePath: string) => new URL(build(name).base + sitePath.replace(/^\//, ''), build(name).site).href;

  test('「在手机上打开」 shows a QR code that decodes to the page URL; a section link control shows the section’s', async () => {
    const page = await site.open('/steps/', DESKTOP);
    await page.getByRole('button', { name: '在手机上打开' }).click();
    expect(await page.getByRole('img', { name: /本页二维码/ }).isVisible()).toBe(true);
    expect(await decodeHandoffQr(page)).toBe(publicUrl('/steps/'));
    await page.keyboard.press('Escape');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.hover('#step-5');
    await page.click('#step-5 + a.heading-anchor');
    await page.getByRole('img', { name: /本节二维码/ }).waitFor();
    expect(await decodeHandoffQr(page)).toBe(publicUrl('/steps/#step-5'));
    await page.context().close();
  });

  test('phones get no handoff control; printed pages carry their QR code', async () => {
    const phone = await site.open('/overview/', PHONE);
    expect(await phone.getByRole('button', { name: '在手机上打开' }).isVisible(), 'phone').toBe(false);
    await phone.context().close();
    const page = await site.open('/overview/', DESKTOP);
    await page.emulateMedia({ media: 'print' });
    const qr = page.getByRole('img', { name: /本页二维码/ });
    expect(await qr.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '在手机上打开' }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('copying a link in an in-app browser', () => {
  const site = useSite('subpath');

  test('without Clipboard and Web Share APIs the URL is shown selected for copying by hand', async () => {
    const page = await site.blank(PHONE);
    await page.addInitScript(() => {
      delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(site.url('/cautions/'));
    expect(await page.evaluate(() => 'clipboard' in navigator || 'share' in navigator)).toBe(false);
    await page.click('#repay-on-time + a.heading-anchor');
    const field = page.getByRole('textbox', { name: /复制本节链接/ });
    await field.waitFor();
    expect(await field.inputValue()).toBe(site.url('/cautions/#repay-on-time'));
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length)).toBe(true);
    await page.context().close();
  });
});

describe('text size', () => {
  const site = useSite('subpath');

  test('A+ enlarges the text, is kept, and applies before first paint', async () => {
    const page = await site.open('/overview/', PHONE);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: /A\+/ }).click();
    await page.waitForFunction(() => document.documentElement.dataset.textSize === 'large');
    expect(await rootSize()).toBeGreaterThan(normal);
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { sizeAtParse?: string }).sizeAtParse = document.documentElement.dataset.textSize ?? '';
      }),
    );
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { sizeAtParse?: string }).sizeAtParse)).toBe('large');
    await page.waitForFunction(() => document.querySelector('[data-size="large"]')?.getAttribute('aria-pressed') === 'true');
    await page.getByRole('button', { name: /^A\s*（/ }).click();
    await page.waitForFunction(() => !('textSize' in document.documentElement.dataset));
    expect(await rootSize()).toBe(normal);
    await page.context().close();
  });
});

/** Waits until the service worker controls the page and its precache is complete. */
async function waitForOfflineCopy(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  return page.evaluate(() => caches.keys());
}

describe('offline after one visit', () => {
  const site = useSite('subpath');
  const workDirs: string[] = [];
  afterAll(() => workDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test('with the network cut, every page and a search work, marked 「离线可读」', async () => {
    const page = await site.open('/', PHONE);
    const caches = await waitForOfflineCopy(page);
    expect(caches).toHaveLength(1);
    await page.context().setOffline(true);
    site.setDown(true);
    try {
    for (const sitePath of PAGES) {
      await page.goto(site.url(sitePath));
      expect(await page.locator('h1').count(), sitePath).toBe(1);
      expect(await page.getByText('离线可读').isVisible(), sitePath).toBe(true);
    }
    await page.goto(site.url('/search/?q=立即开通'));
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit').first().getAttribute('href')).toContain('#step-7');
    await page.goto(site.url('/no-such-page/'));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    } finally {
      site.setDown(false);
      await page.context().close();
    }
  });

  test('a file that was not precached is kept once read, as pages beside the guide are', async () => {
    const page = await site.open('/', PHONE);
    await waitForOfflineCopy(page);
    // The social image is never precached (src/lib/service-worker.ts), so it stands in for such a page.
    const file = site.url('/og-image.jpg');
    const status = (url: string) => page.evaluate((href) => fetch(href).then((response) => response.status, () => 0), url);
    expect(await page.evaluate((href) => caches.match(href).then(Boolean), file)).toBe(false);
    expect(await status(file)).toBe(200);
    await page.context().setOffline(true);
    site.setDown(true);
    try {
      expect(await status(file)).toBe(200);
      expect(await status(site.url('/icon-512.png?never-read'))).toBe(200); // precached, query ignored
    } finally {
      site.setDown(false);
      await page.context().close();
    }
  });

  test('online, pages come from the network and carry no offline note', async () => {
    const page = await site.open('/', PHONE);
    await waitForOfflineCopy(page);
    await page.goto(site.url('/steps/'));
    expect(await page.getByText('离线可读').isVisible()).toBe(false);
    await page.context().close();
  });

  test('a new build replaces the old cache, and its search index is the one used offline', { timeout: 180_000 }, async () => {
    const root = copyProject('sw-update-');
    workDirs.push(root);
    const cautions = path.join(root, 'src/content/guide/cautions.mdx');
    fs.appendFileSync(cautions, '\n更新后的版本还提到了缓存替换演练。\n');
    const outDir = path.join(root, 'dist');
    astroBuild({ root, outDir: 'dist', site: build('subpath').site, base: build('subpath').base });

    const page = await site.open('/', PHONE);
    const [oldCache] = await waitForOfflineCopy(page);
    site.replaceSite(outDir);
    try {
      await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.update()));
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000, interval: 250 }).toEqual([expect.not.stringMatching(oldCache!)]);
      await page.context().setOffline(true);
      site.setDown(true);
      await page.goto(site.url('/search/?q=缓存替换演练'));
      await page.waitForFunction(() => /找到|无法/.test(document.querySelector('[data-search-page-status]')?.textContent ?? ''));
      expect(await page.textContent('[data-search-page-status]')).toMatch(/找到 \d+ 条结果/);
      expect(await page.locator('.search-hit').first().getAttribute('href')).toContain('/cautions/');
    } finally {
      site.setDown(false);
      site.replaceSite(build('subpath').outDir);
      await page.context().close();
    }
  });
});
