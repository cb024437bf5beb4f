import { describe, expect, it } from 'vitest';
import { bodyStart, excerptHtml } from './excerpt';
import { analysePage } from './page';

describe('excerpts', () => {
  it('escapes page text and marks only the matches', () => {
    const content = '注意 <img src=x onerror=alert(1)> 与 "><script> 都是文字';
    const start = content.indexOf('<img');
    const html = excerptHtml(content, [{ start, end: start + 4 }], { start: 0, end: content.length });
    expect(html).toBe('注意 <mark>&lt;img</mark> src=x onerror=alert(1)&gt; 与 &quot;&gt;&lt;script&gt; 都是文字');
  });

  it('marks every matched word inside the piece', () => {
    const content = '逾期未还,可能会影响你的芝麻信用分。';
    const at = (word: string) => ({ start: content.indexOf(word), end: content.indexOf(word) + word.length });
    const html = excerptHtml(content, [at('影响'), at('逾期'), at('芝麻信用分')], { start: 0, end: content.length });
    expect(html).toBe('<mark>逾期</mark>未还,可能会<mark>影响</mark>你的<mark>芝麻信用分</mark>。');
  });

  it('shortens long sections with ellipses', () => {
    const content = `${'前'.repeat(40)}目标${'后'.repeat(80)}`;
    const html = excerptHtml(content, [{ start: 40, end: 42 }], { start: 0, end: content.length });
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>目标</mark>');
  });

  it('shows the start of the body when the match is only in the heading', () => {
    expect(excerptHtml('按时还款. 用了先用后付', [{ start: 0, end: 4 }], { start: 6, end: 12 })).toBe('用了先用后付');
  });

  it('starts after the heading and stops at the next heading', () => {
    const content = '第 1 步:打开支付宝 APP. 找到图标,点击打开. 第 2 步:进入「我的」页面. 点击右下角。';
    const page = analysePage({
      url: '/steps/',
      content,
      meta: { title: '开通步骤' },
      anchors: [
        { element: 'h2', id: 'step-1', text: '第 1 步:打开支付宝 APP', location: 0 },
        { element: 'h2', id: 'step-2', text: '第 2 步:进入「我的」页面', location: 9 },
      ],
    });
    const excerpt = (index: number) => excerptHtml(content, [], { start: bodyStart(page, index), end: page.sections[index]!.end });
    // Sections: the page top (empty here), then one per heading.
    expect(excerpt(1)).toBe('找到图标,点击打开.');
    expect(excerpt(2)).toBe('点击右下角。');
  });
});
