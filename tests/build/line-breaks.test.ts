import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config';
import { parseBuiltPage } from '../../src/lib/built-page/index';
import { builtFile, loadPage, textOf } from '../support/site';
import fs from 'node:fs';

/** Where <wbr> lets a line break, shown as "|": `第 5 步：|查找|「先用后付」|服务`. */
const marked = (element: Element) => {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('.sr-only, svg').forEach((node) => node.remove());
  clone.querySelectorAll('wbr').forEach((wbr) => wbr.replaceWith('|'));
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
};

const PAGES = ['/', '/overview/', '/eligibility/', '/steps/', '/cautions/', '/guide/', '/404.html'];
const BREAKABLE = 'h1, h2, h3, .nav-link, .card, .pager-link, .step-link, .toc-list a, .button-primary, .button-secondary';

describe('line-break opportunities in the built pages', () => {
  test('headings carry <wbr> between phrases, and their text is unchanged', () => {
    const steps = loadPage('root', '/steps/');
    expect(marked(steps.getElementById('step-5')!)).toBe('第 5 步：|查找|「先用后付」|服务');
    expect(textOf(steps.getElementById('step-5')!)).toBe('第 5 步：查找「先用后付」服务');
    expect(marked(loadPage('root', '/').querySelector('h1')!)).toBe('芝麻信用|「先用后付」|开通|指南');
    expect(marked(loadPage('root', '/eligibility/').querySelector('h1')!)).toBe('开通|先用后付|需要|满足|的|条件');
  });

  test.each(['nav[aria-label="指南章节"] a', '.toc-aside a', 'a[rel="next"]'])('%s on /overview/ is marked', (selector) => {
    const links = [...loadPage('root', '/overview/').querySelectorAll(selector)];
    expect(links.some((link) => link.querySelector('wbr'))).toBe(true);
  });

  test('the landing page cards, step links and buttons are marked', () => {
    const home = loadPage('root', '/');
    for (const selector of ['.card', '.step-link', '.button-secondary']) {
      expect(home.querySelector(`${selector} wbr`), selector).not.toBeNull();
    }
  });

  test.each(PAGES)('%s: no break opportunity inside a word kept together', (sitePath) => {
    for (const element of loadPage('root', sitePath).querySelectorAll(BREAKABLE)) {
      const text = marked(element);
      for (const word of siteConfig.keepTogether) {
        const split = new RegExp([...word].join('\\|?')).exec(text);
        if (split) expect(split[0], `${sitePath}: ${text}`).toBe(word);
      }
    }
  });

  test('search indexing and the permalink labels see the words, not the markup', () => {
    const html = fs.readFileSync(builtFile('root', '/steps/'), 'utf8');
    expect(parseBuiltPage(html, '/steps/').indexed!.headings).toContain('第 5 步：查找「先用后付」服务');
    const label = loadPage('root', '/steps/').querySelector('#step-5 + a .sr-only')!;
    expect(label.innerHTML).toBe('本节链接：第 5 步：查找「先用后付」服务');
  });
});
