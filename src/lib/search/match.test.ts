import { describe, expect, it } from 'vitest';
import { matchPage } from './match';
import { analysePage, GUIDE_PART, pageSections, wordOffsets, type PageFragment } from './page';
import type { QueryVariant } from './variants';

/** A fragment shaped like Pagefind's: words separated by U+200B, anchors at word indexes. */
function fragment(words: string[], anchors: { id: string; text: string; at: number }[]): PageFragment {
  const raw = words.join('\u200B');
  return {
    url: '/steps/',
    content: raw.replace(/\u200B/g, ''),
    raw_content: raw.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    meta: { title: '开通步骤', section: '开通步骤' },
    anchors: anchors.map(({ id, text, at }) => ({ element: 'h2', id, text, location: at })),
  };
}

const steps = fragment(
  ['开通', '步骤', '. ', '第 ', '1 ', '步', ':', '打开', '支付', '宝 ', 'APP', '. ', '找到', '图标', '。 ', '第 ', '2 ', '步', ':', '点击', '「', '立即', '开通', '」 ', '点击', '「', '立即', '开通', '」', '按钮', '。'],
  [
    { id: 'step-1', text: '第 1 步:打开支付宝 APP', at: 3 },
    { id: 'step-2', text: '第 2 步:点击「立即开通」', at: 15 },
  ],
);
const literal = (text: string): QueryVariant => ({ text, spaced: text, kind: 'literal', weight: 1 });

describe('page sections', () => {
  it('places each heading at the character where its word starts', () => {
    const sections = pageSections(steps);
    expect(sections.map((s) => [s.id, steps.content.slice(s.start, s.start + 3)])).toEqual([
      [null, '开通步'],
      ['step-1', '第 1'],
      ['step-2', '第 2'],
    ]);
  });

  it('counts escaped angle brackets as one character', () => {
    const page = fragment(['a', '<b>', 'c'], []);
    expect(wordOffsets(page.content, page.raw_content)).toEqual([0, 1, 4]);
  });

  it('finds headings by their text when word offsets are missing', () => {
    const { raw_content: _, ...withoutRaw } = steps;
    expect(pageSections(withoutRaw).map((s) => s.id && steps.content.slice(s.start, s.start + 3))).toEqual([null, '第 1', '第 2']);
  });
});

describe('matchPage', () => {
  const page = analysePage(steps);

  it('scores a page of the guide itself above an article beside it with the same match', () => {
    const article = matchPage(page, [literal('立即开通')])!;
    const guide = matchPage(analysePage({ ...steps, filters: { part: [GUIDE_PART] } }), [literal('立即开通')])!;
    expect(guide.score).toBeGreaterThan(article.score);
  });

  it('returns null when the page does not contain the query', () => {
    expect(matchPage(page, [literal('立即关闭')])).toBeNull();
  });

  it('links to the section holding the match, the best heading first', () => {
    const match = matchPage(page, [literal('立即开通')])!;
    expect(match.hits.map((hit) => hit.url)).toEqual(['/steps/#step-2']);
    expect(match.hits[0]!.heading).toBe('第 2 步:点击「立即开通」');
  });

  it('links text before the first heading to the page itself', () => {
    const match = matchPage(page, [literal('步骤')])!;
    expect(match.hits[0]).toMatchObject({ url: '/steps/', heading: '开通步骤' });
  });

  it('prefers a heading that is mostly the query to a passing mention', () => {
    const match = matchPage(page, [literal('开通')])!;
    expect(match.hits.map((hit) => hit.url)).toEqual(['/steps/', '/steps/#step-2']);
  });

  it('marks the body’s occurrences when the match is in the heading', () => {
    // 立即开通 is first in step 2's heading, which the result shows apart; the excerpt is the body.
    const [hit] = matchPage(page, [literal('立即开通')])!.hits;
    expect(hit!.excerpt).toContain('<mark>立即开通</mark>');
  });

  it('matches across spaces and width differences', () => {
    expect(matchPage(page, [literal('支付宝app')])!.hits[0]!.url).toBe('/steps/#step-1');
  });

  it('scores a variant below the literal query', () => {
    const asTyped = matchPage(page, [literal('立即开通')])!.score;
    const asVariant = matchPage(page, [{ text: '立即开通', spaced: '立即开通', kind: 'synonym', weight: 0.9 }])!.score;
    expect(asVariant).toBeLessThan(asTyped);
  });
});
