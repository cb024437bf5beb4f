import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, placement, useSite } from '../support/e2e';
import type { BuildName } from '../support/site';
import { READER_QUESTIONS, READER_SLIPS } from '../search/reader-questions';
import { HELD_OUT_QUESTIONS } from '../search/held-out-questions';
import { correctionNotice, MAX_QUERY_CHARS, searchOriginalLabel } from '../../src/lib/search/messages';

/** Every tenth reader question: a sample of the Node suite's set, typed into the real dialog. */
/** One question per section the questions point at: the first listed for it (the list may grow without changing the sample). */
const QUESTION_SAMPLE = READER_QUESTIONS.filter(([, path, section], i) => READER_QUESTIONS.findIndex(([, p, s]) => p === path && s === section) === i);

/** Fully visible, below the sticky header. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const { top, bottom, headerBottom, viewport } = await placement(page, selector);
  return top >= headerBottom - 1 && bottom <= viewport;
}

describe.each<BuildName>(['subpath', 'root'])('search on the %s build', (name) => {
  const site = useSite(name);

  test('"/" opens search; 立即开通 then Enter lands on step 7, in view', async () => {
    const page = await site.open('/', DESKTOP);
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    await page.keyboard.type('立即开通');
    await page.waitForSelector('.search-hit');
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url('/steps/#step-7'));
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await inView(page, '#step-7')).toBe(true);
    await page.context().close();
  });

  test('/search/?q=信用服务 shows the step, linked to its heading', async () => {
    const page = await site.open('/search/?q=信用服务', PHONE);
    const first = page.locator('.search-hit').first();
    await first.waitFor();
    const target = new URL(site.url('/steps/#step-4'));
    expect(await first.getAttribute('href')).toBe(target.pathname + target.hash);
    expect(await page.inputValue('input[name="q"]')).toBe('信用服务');
    expect(await page.textContent('[data-search-page-status]')).toMatch(/找到 \d+ 条结果/);
    await page.context().close();
  });
});

describe('search dialog behaviour', () => {
  const site = useSite('subpath');

  test('Ctrl+K opens it; Esc closes it and focus returns to where it was', async () => {
    const page = await site.open('/steps/', DESKTOP);
    await page.focus('[data-search-open]');
    await page.keyboard.press('Control+K');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.context().close();
  });

  test('Esc before the search code has loaded closes the dialog for good', async () => {
    const page = await site.open('/steps/', DESKTOP);
    // Hold the dialog's code back, as a slow network would, until the reader has pressed Esc.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/dialog.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.focus('[data-search-open]');
    await page.keyboard.press('Control+K');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])', { state: 'attached' });
    release();
    await page.waitForResponse('**/_astro/dialog.*.js');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('dialog')!.open)).toBe(false);
    await page.context().close();
  });

  test('focus stays inside the open dialog', async () => {
    const page = await site.open('/steps/', DESKTOP);
    await page.click('[data-search-open]');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    await page.keyboard.type('还款');
    await page.waitForSelector('.search-hit');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.context().close();
  });

  test('arrow keys move through results and Enter opens the chosen one', async () => {
    const page = await site.open('/', DESKTOP);
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', '芝麻信用');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent!.includes('找到'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    const all = await page.$$eval('.search-hit', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(chosen).toBe(all[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL(chosen);
    await page.context().close();
  });

  test('while an input method is composing, nothing is searched and Enter does not navigate; the search runs when it ends', async () => {
    const page = await site.open('/overview/', DESKTOP);
    await page.click('[data-search-open]');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'liji', selectionStart: 4, selectionEnd: 4 });
    await page.waitForTimeout(400); // longer than the debounce: a search would have rendered by now
    expect(await page.locator('.search-hit, .search-empty').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(page.url()).toBe(site.url('/overview/'));
    expect(await page.evaluate(() => (document.querySelector('dialog') as HTMLDialogElement).open)).toBe(true);
    await cdp.send('Input.insertText', { text: '立即开通' });
    await page.waitForSelector('.search-hit');
    expect(await page.inputValue('#search-dialog-input')).toBe('立即开通');
    expect(await page.locator('.search-hit').first().getAttribute('href')).toBe('/zhima-guide/steps/#step-7');
    await page.context().close();
  });

  test.each(['<img src=x onerror=alert(1)>', '"><script>window.pwned=1</script>'])('the query %s stays inert text', async (query) => {
    const page = await site.open('/', DESKTOP);
    let dialogs = 0;
    page.on('dialog', async (d) => (dialogs++, d.dismiss()));
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', query);
    await page.waitForSelector('.search-empty, .search-hit');
    expect(await page.locator('.search-results img, .search-results script').count()).toBe(0);
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
    await page.waitForSelector('.search-empty, .search-hit');
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  test('the 404 page offers a search form that leads to the search page', async () => {
    const page = await site.open('/no-such-page/', PHONE);
    await page.fill('#not-found-search', '芝麻分');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zhima-guide\/search\/\?q=/);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit').first().getAttribute('href')).toContain('/zhima-guide/eligibility/#credit-score');
    await page.context().close();
  });
});

describe('reader questions through the dialog', () => {
  const site = useSite('subpath');

  test.each(QUESTION_SAMPLE)('%s leads first to %s#%s', async (question, path, section) => {
    const page = await site.open('/', PHONE);
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', question);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')!.textContent !== '');
    const target = new URL(site.url(section ? `${path}#${section}` : path));
    expect(await page.locator('.search-hit').first().getAttribute('href')).toBe(target.pathname + target.hash);
    await page.context().close();
  });

  test('held-out questions, typed into the search box one after another, lead first to the right section (aggregate only)', { timeout: 300_000 }, async () => {
    const page = await site.open('/', PHONE);
    await page.click('[data-search-open]');
    const status = () => document.querySelector('[data-search-status]')!.textContent !== '';
    let right = 0;
    for (const [question, path, section] of HELD_OUT_QUESTIONS) {
      // An empty box clears the status, so the next answer is known to be the next question's.
      await page.fill('#search-dialog-input', '');
      await page.waitForFunction((has) => (document.querySelector('[data-search-status]')!.textContent !== '') === has, false);
      await page.fill('#search-dialog-input', question);
      await page.waitForFunction(status);
      const target = new URL(site.url(section ? `${path}#${section}` : path));
      const first = page.locator('.search-hit').first();
      if ((await first.count()) > 0 && (await first.getAttribute('href')) === target.pathname + target.hash) right++;
    }
    // Never which question failed (tests/search/generalisation.ts): the held-out set is not for tuning.
    const share = right / HELD_OUT_QUESTIONS.length;
    console.info(`held-out questions through the dialog: section top-1 ${(share * 100).toFixed(1)}%`);
    expect(share).toBeGreaterThanOrEqual(0.9);
    await page.context().close();
  });

  test('a slip is corrected, said so, and the original can still be searched', async () => {
    const [slip, meant, path, section] = READER_SLIPS.find(([query]) => query === '立既开通')!;
    const page = await site.open('/', DESKTOP);
    await page.click('[data-search-open]');
    await page.fill('#search-dialog-input', slip);
    await page.waitForSelector('.search-correction');
    expect(await page.textContent('.search-correction')).toContain(correctionNotice(meant));
    const target = new URL(site.url(`${path}#${section}`));
    expect(await page.locator('.search-hit').first().getAttribute('href')).toBe(target.pathname + target.hash);
    await page.click(`.search-correction a:has-text("${searchOriginalLabel(slip)}")`);
    await page.waitForURL(/\/zhima-guide\/search\/\?q=.*&literal=1/);
    await page.waitForFunction(() => document.querySelector('[data-search-page-status]')!.textContent !== '');
    expect(await page.inputValue('input[name="q"]')).toBe(slip);
    expect(await page.locator('.search-correction').count()).toBe(0);
    await page.context().close();
  });

  test('nothing found still offers the steps; a query of spaces says nothing', async () => {
    const page = await site.open('/search/?q=花呗', PHONE);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit').count()).toBe(7);
    expect(await page.textContent('.search-empty')).toContain('开通步骤');
    await page.fill('input[name="q"]', '   ');
    await page.locator('input[name="q"]').press('Enter');
    await page.waitForFunction(() => document.querySelector('.search-hit') === null);
    expect((await page.textContent('[data-search-page-status]'))?.trim()).toBe('');
    expect(await page.getAttribute('input[name="q"]', 'maxlength')).toBe(String(MAX_QUERY_CHARS));
    await page.context().close();
  });
});

describe('search when the index cannot load', () => {
  const site = useSite('root');

  test('the dialog says search is unavailable instead of showing nothing', async () => {
    // No service worker: its precached copy of the index would (rightly) answer, and page.route does not see its requests.
    const page = await site.open('/steps/', { ...DESKTOP, serviceWorkers: 'block' });
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.click('[data-search-open]');
    await page.waitForSelector('dialog[open] #search-dialog-input:focus');
    await page.keyboard.type('还款');
    await page.waitForSelector('.search-empty');
    expect(await page.textContent('.search-empty')).toContain('搜索暂时无法使用');
    await page.context().close();
  });
});
