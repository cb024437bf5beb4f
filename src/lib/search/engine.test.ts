import { describe, expect, it, vi } from 'vitest';
import { createSearchEngine, VARIANT_DATA_FILE } from './engine';
import type { PageFragment } from './page';
import type { VariantData } from './variants';

/** Pages as Pagefind's fragments, words separated by U+200B. */
function page(url: string, title: string, words: string[], anchors: { id: string; text: string; at: number }[] = []): PageFragment {
  const raw = words.join('\u200B');
  return {
    url,
    content: raw.replace(/\u200B/g, ''),
    raw_content: raw,
    meta: { title, section: title.slice(0, 4) },
    anchors: anchors.map(({ id, text, at }) => ({ element: 'h2', id, text, location: at })),
  };
}

const PAGES = [
  page('/zhima-guide/overview/', '了解先用后付', ['了解', '先用', '后', '付', '. ', '支付', '方式', '。']),
  page('/zhima-guide/steps/', '开通步骤', ['开通', '步骤', '. ', '点击', '「', '立即', '开通', '」', '. ', '完成', '。'], [{ id: 'step-7', text: '点击「立即开通」', at: 3 }]),
  page('/zhima-guide/eligibility/', '开通条件', ['开通', '条件', '. ', '年', '满 ', '18 ', '周', '岁', '. '], [{ id: 'age', text: '年满 18 周岁', at: 3 }]),
];

const VARIANTS: VariantData = { version: 2, t2s: '開开', pinyin: { 立: 'li', 即: 'ji', 开: 'kai', 通: 'tong' }, words: ['立即开通'], before: {} };

/**
 * A stand-in for pagefind.js: like the real one it returns candidates, not
 * answers (here every page, in a fixed order), so the engine must check them.
 */
function fakePagefind(pages = PAGES) {
  const calls = { options: [] as Record<string, unknown>[], search: [] as string[], filters: [] as unknown[], data: 0 };
  const module = {
    options: async (options: Record<string, unknown>) => void calls.options.push(options),
    init: async () => {},
    search: async (term: string | null, options?: { filters: Record<string, string> }) => {
      // A search by filter alone: the guide's own pages (none here, so no page is preferred).
      if (term === null) {
        calls.filters.push(options?.filters);
        return { results: [] };
      }
      calls.search.push(term);
      return { results: pages.map((fragment, i) => ({ id: `p${i}`, data: async () => (calls.data++, fragment) })) };
    },
  };
  return { module, calls };
}

function engineWith({ pages, variants = VARIANTS, ...options }: { limit?: number; pages?: PageFragment[]; variants?: VariantData } = {}) {
  const { module, calls } = fakePagefind(pages);
  const importModule = vi.fn(async () => module);
  const fetch = vi.fn(async () => new Response(JSON.stringify(variants)));
  const engine = createSearchEngine({ bundleUrl: '/zhima-guide/pagefind/', importModule, fetch, ...options });
  return { engine, importModule, fetch, calls };
}

describe('createSearchEngine', () => {
  it('loads nothing until preload() or the first search', async () => {
    const { engine, importModule, fetch } = engineWith();
    expect(importModule).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
    await engine.preload();
    await engine.preload();
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule).toHaveBeenCalledWith('/zhima-guide/pagefind/pagefind.js');
    expect(fetch).toHaveBeenCalledWith(`/zhima-guide/pagefind/${VARIANT_DATA_FILE}`);
  });

  it('answers a question that comes down to one word of the site as that word', async () => {
    // The word scorer ranks sections by how much of the question they hold; the exact one, by where the word is.
    const pages = [
      page('/zhima-guide/steps/', '开通步骤', ['查找', '先用', '后', '付', '服务', '. ', '先用', '后', '付', '先用', '后', '付', '。'], [{ id: 'step-5', text: '查找先用后付服务', at: 0 }]),
      page('/zhima-guide/overview/', '了解先用后付', ['先用', '后', '付', '是', '什么', '. ', '一种', '支付', '方式', '。'], [{ id: 'what-it-is', text: '先用后付是什么', at: 0 }]),
    ];
    // Without the site's character pairs nothing is ruled out unread.
    const { engine } = engineWith({ pages, variants: { ...VARIANTS, words: ['先用后付'], before: {} } });
    const word = await engine.search('先用后付');
    const question = await engine.search('先用后付到底怎么用');
    expect(question.tier).toBe('words');
    expect(question.groups).toEqual(word.groups);
  });

  it('points Pagefind at the bundle and the site base', async () => {
    const { engine, calls } = engineWith();
    await engine.preload();
    expect(calls.options).toEqual([{ basePath: '/zhima-guide/pagefind/', baseUrl: '/zhima-guide/' }]);
  });

  it('keeps only pages that contain the query and links to its section', async () => {
    const { engine } = engineWith();
    expect((await engine.search('立即开通')).groups).toEqual([
      {
        title: '开通步骤',
        section: '开通步骤',
        url: '/zhima-guide/steps/',
        // The excerpt is the section's body: the heading, where the match is, is shown on its own.
        hits: [{ url: '/zhima-guide/steps/#step-7', heading: '点击「立即开通」', excerpt: '完成。' }],
      },
    ]);
  });

  it('finds variants: traditional characters, synonyms and pinyin', async () => {
    const { engine } = engineWith();
    expect((await engine.search('立即開通')).groups[0]?.hits[0]?.url).toBe('/zhima-guide/steps/#step-7');
    expect((await engine.search('18岁')).groups[0]?.hits[0]?.url).toBe('/zhima-guide/eligibility/#age');
    expect((await engine.search('ljkt')).groups[0]?.hits[0]?.url).toBe('/zhima-guide/steps/#step-7');
  });

  it('answers a question from its words when the whole question is on no page', async () => {
    const { engine } = engineWith();
    const answer = await engine.search('怎么才能立即开通呢');
    expect(answer.tier).toBe('words');
    expect(answer.groups[0]?.hits[0]?.url).toBe('/zhima-guide/steps/#step-7');
  });

  it('shows the closest sections when part of the query is not in the guide', async () => {
    const { engine } = engineWith();
    const answer = await engine.search('信用卡立即开通');
    expect(answer.tier).toBe('closest');
    expect(answer.groups[0]?.url).toBe('/zhima-guide/steps/');
  });

  it('orders pages by relevance', async () => {
    const { engine } = engineWith();
    // Both pages say 开通; the one whose title is mostly 开通 and mentions it more ranks first.
    expect((await engine.search('开通')).groups.map((group) => group.url)).toEqual(['/zhima-guide/steps/', '/zhima-guide/eligibility/']);
  });

  it('returns nothing for an empty query without searching', async () => {
    const { engine, calls } = engineWith();
    expect(await engine.search('  ')).toEqual({ tier: 'none', corrected: null, groups: [], suggestions: [] });
    expect(calls.search).toEqual([]);
    expect(calls.filters).toEqual([{ part: 'guide' }]);
  });

  it('fetches each page once across searches and stops once enough pages match', async () => {
    const { engine, calls } = engineWith({ limit: 1 });
    await engine.search('开通');
    await engine.search('开通条件');
    expect(calls.data).toBeLessThanOrEqual(PAGES.length);
    expect((await engine.search('开通')).groups).toHaveLength(1);
  });

  it('still searches when the variant tables cannot be loaded', async () => {
    const { module } = fakePagefind();
    const engine = createSearchEngine({
      bundleUrl: '/pagefind/',
      importModule: async () => module,
      fetch: async () => new Response('missing', { status: 404 }),
    });
    expect((await engine.search('立即开通')).groups[0]?.url).toBe('/zhima-guide/steps/');
    expect((await engine.search('ljkt')).groups).toEqual([]);
  });

  it('lets a failed load be retried', async () => {
    const { module } = fakePagefind();
    const importModule = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(module);
    const engine = createSearchEngine({ bundleUrl: '/pagefind/', importModule, fetch: async () => new Response('{}') });
    await expect(engine.preload()).rejects.toThrow('offline');
    await expect(engine.preload()).resolves.toBeUndefined();
  });
});
