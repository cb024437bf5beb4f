import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { headingAnchorHtml, oldIdAnchorsHtml } from './heading-anchor';

test('links to the heading and names it for screen readers', () => {
  const { document } = parseHTML(`<div>${headingAnchorHtml('step-5', '第 5 步:查找「先用后付」服务')}</div>`);
  const link = document.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('#step-5');
  expect(link.hasAttribute('data-permalink')).toBe(true);
  expect(link.hasAttribute('data-pagefind-ignore')).toBe(true);
  expect(link.textContent).toBe('本节链接:第 5 步:查找「先用后付」服务');
  expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
});

test('heading text is escaped, never markup', () => {
  const html = headingAnchorHtml('x', '<img src=x onerror=alert(1)> & "q"');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  expect(html).not.toContain('<img');
});

test('old ids of a renamed heading become hidden empty anchors', () => {
  const { document } = parseHTML(`<div>${oldIdAnchorsHtml(['step-3', 'old'])}</div>`);
  expect([...document.querySelectorAll('span.old-id')].map((span) => [span.id, span.getAttribute('aria-hidden'), span.textContent])).toEqual([
    ['step-3', 'true', ''],
    ['old', 'true', ''],
  ]);
  expect(oldIdAnchorsHtml([])).toBe('');
});
