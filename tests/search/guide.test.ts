/**
 * Search quality on the real built site, through Pagefind's JS API and the
 * engine the UI uses, judged against the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { READER_QUERIES } from './reader-queries';
import { READER_QUESTIONS, READER_SLIPS } from './reader-questions';
import { READER_SYNONYMS } from '../../src/lib/search/synonyms';
import { SECTION_CONCEPTS } from '../../src/lib/search/concepts';
import { evaluate, evaluateQuestions, percentiles } from './evaluate';
import { describeFigures, evaluateGeneralisation } from './generalisation';
import { openEngine, type OpenEngine } from './node-engine';
import { fold, readSite, sampleSubstrings, target, type OraclePage } from './oracle';

/** Queries that try to inject markup; they must never come back as markup. */
const INJECTIONS = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'><svg onload=alert(1)>", '<mark>开通</mark>'];

/** The level reached on questions the search was never tuned on (issue 20): the first result is the right section. */
const HELD_OUT_SECTION_TOP1 = 0.9;
/** Share of held-out questions the guide does not answer for which search says so. */
const HELD_OUT_HONEST = 0.85;

const SECTION_PAGES = ['/cautions/', '/eligibility/', '/overview/', '/steps/'];
/** Indexed beside the guide: the help for 长辈模式 and 朗读 (src/content/guide/care.mdx). */
const INDEXED_PAGES = ['/care/', ...SECTION_PAGES];

function firstHit(groups: Awaited<ReturnType<OpenEngine['engine']['search']>>['groups'], base: string) {
  const hit = groups[0]?.hits[0];
  return hit ? target(hit.url, base) : null;
}

describe('search on the built guide (base /)', () => {
  const { root } = inject('builds');
  let open: OpenEngine;
  let pages: OraclePage[];

  beforeAll(async () => {
    pages = readSite(root.outDir);
    // Generous limits so every matching page and section is listed and can be judged.
    open = await openEngine(root.outDir, root.base, { limit: 20, hitsPerPage: 50 });
    await open.engine.preload();
  });
  afterAll(() => open?.close());

  it('indexes the four guide sections and the care help, each with its section name', async () => {
    expect(pages.map((page) => page.path)).toEqual(INDEXED_PAGES);
    const entry = JSON.parse(fs.readFileSync(path.join(root.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>).map((l) => l.page_count)).toEqual([5]);
    const groups = (await open.engine.search('先用后付')).groups;
    expect(groups.map((group) => group.url).sort()).toEqual(SECTION_PAGES);
    expect(groups.map((group) => group.section).sort()).toEqual(['了解先用后付', '开通条件', '开通步骤', '注意事项']);
    expect(fs.existsSync(path.join(root.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join('public', 'pagefind'))).toBe(false);
  });

  it.each(['长辈模式', '关怀模式', '大字', '老人', '长辈版', '关怀版', '亲情版', '关爱版', '大字版', '怎么把字调大', '手机能读给我听吗'])(
    'finds the help for care mode and read-aloud under 「%s」',
    async (query) => {
      expect(firstHit((await open.engine.search(query)).groups, root.base)?.path).toBe('/care/');
    },
  );

  it('finds every sampled substring, only where it is, under the right heading', async () => {
    const samples = sampleSubstrings(pages, 140, 20240819);
    expect(samples.length).toBeGreaterThanOrEqual(500);
    const result = await evaluate(open.engine, open.tables, pages, samples, { base: root.base, limit: 20 });
    const { median, p95 } = percentiles(result.timings);
    console.info(
      `guide sample: ${result.queries} queries, recall ${(result.recall * 100).toFixed(1)}%, precision ${(result.precision * 100).toFixed(1)}%, ` +
        `anchors ${(result.anchors * 100).toFixed(1)}%, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, displaced ${result.displaced}`,
    );
    expect(result.failures.slice(0, 20)).toEqual([]);
    expect(result.recall).toBe(1);
    expect(result.precision).toBe(1);
    expect(result.anchors).toBe(1);
  });

  it('answers reader questions at the right section and corrects every slip', async () => {
    expect(READER_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(READER_SLIPS.length).toBeGreaterThanOrEqual(20);
    const result = await evaluateQuestions(open.engine, READER_QUESTIONS, READER_SLIPS, root.base);
    console.info(
      `reader questions: ${result.questions}, page top-1 ${(result.pageTop1 * 100).toFixed(1)}%, section top-1 ${(result.sectionTop1 * 100).toFixed(1)}%; ` +
        `slips: ${result.slips}, corrected ${(result.slipsCorrected * 100).toFixed(1)}%\n  ${result.failures.join('\n  ')}`,
    );
    expect(result.pageTop1).toBeGreaterThanOrEqual(0.9);
    expect(result.sectionTop1).toBeGreaterThanOrEqual(0.8);
    expect(result.failures.filter((failure) => failure.startsWith('slip'))).toEqual([]);
  });

  it('generalises: answers held-out questions as well as tuning ones, and says when the guide has no answer', async () => {
    const { tuning, heldOut } = await evaluateGeneralisation(open.engine, root.base);
    // Held-out figures are aggregates only (tests/search/generalisation.ts): never which question failed.
    console.info(`${describeFigures('tuning', tuning)}\n${describeFigures('held out', heldOut)}\n  ${tuning.failures.join('\n  ')}`);
    expect(tuning.sectionTop1).toBeGreaterThanOrEqual(HELD_OUT_SECTION_TOP1);
    expect(heldOut.sectionTop1).toBeGreaterThanOrEqual(HELD_OUT_SECTION_TOP1);
    expect(heldOut.honest).toBeGreaterThanOrEqual(HELD_OUT_HONEST);
  });

  it('ranks exact matches above word matches', async () => {
    // A phrase on the page as a whole is answered by the exact tier, even when its words are also elsewhere.
    for (const query of ['先用后付是什么', '立即开通', '芝麻信用分']) expect((await open.engine.search(query)).tier).toBe('exact');
    expect((await open.engine.search('信用服务在哪')).tier).toBe('words');
  });

  it('maps every reader synonym to words that occur on the site', () => {
    const site = pages.map((page) => page.folded).join('\n');
    for (const entry of READER_SYNONYMS) {
      for (const word of entry.site) expect(site.includes(fold(word)), `${word} (for ${entry.reader.join('、')})`).toBe(true);
    }
  });

  it('maps every section idea to words that occur on the site', () => {
    const site = pages.map((page) => page.folded).join('\n');
    for (const concept of SECTION_CONCEPTS) {
      for (const word of concept.site) expect(site.includes(fold(word)), `${word} (for ${concept.ideas})`).toBe(true);
    }
  });

  it.each(READER_QUERIES)('%j leads to %s#%s', async (query, page, section) => {
    expect(firstHit((await open.engine.search(query)).groups, root.base)).toEqual({ path: page, section });
  });

  it.each(INJECTIONS)('keeps %j inert', async (query) => {
    for (const group of (await open.engine.search(query)).groups) {
      for (const hit of group.hits) expect(hit.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('answers nothing for text that is not in the guide, but never ends empty-handed', async () => {
    for (const query of ['花呗', 'zzz']) {
      const response = await open.engine.search(query);
      expect(response.tier).toBe('none');
      expect(response.groups).toEqual([]);
      // The steps instead: the page with 第 N 步 headings, every step linked.
      expect(response.suggestions.map((group) => group.url)).toEqual(['/steps/']);
      expect(response.suggestions[0]!.hits.map((hit) => target(hit.url, root.base).section)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `step-${n}`));
    }
    for (const query of ['信用卡还款', '开通花呗']) {
      const response = await open.engine.search(query);
      // Part of the query is on the site: the closest sections, what matched marked.
      expect(response.tier).toBe('closest');
      expect(response.groups[0]!.hits[0]!.excerpt).toMatch(/<mark>(还款|开通)<\/mark>/);
    }
  });
});

describe('search on the sub-path build (base /zhima-guide/)', () => {
  const { subpath } = inject('builds');
  let open: OpenEngine;
  let pages: OraclePage[];

  beforeAll(async () => {
    pages = readSite(subpath.outDir);
    open = await openEngine(subpath.outDir, subpath.base, { limit: 20, hitsPerPage: 50 });
  });
  afterAll(() => open?.close());

  it.each(READER_QUERIES)('%j leads to /zhima-guide%s#%s', async (query, page, section) => {
    const groups = (await open.engine.search(query)).groups;
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.url.startsWith('/zhima-guide/')).toBe(true);
      for (const hit of group.hits) expect(hit.url.startsWith(group.url)).toBe(true);
    }
    expect(firstHit(groups, subpath.base)).toEqual({ path: page, section });
  });

  it('answers reader questions and slips with the same quality', async () => {
    const result = await evaluateQuestions(open.engine, READER_QUESTIONS, READER_SLIPS, subpath.base);
    expect(result.pageTop1).toBeGreaterThanOrEqual(0.9);
    expect(result.sectionTop1).toBeGreaterThanOrEqual(0.8);
    expect(result.slipsCorrected).toBe(1);
  });

  it('finds sampled substrings with the same quality', async () => {
    const samples = sampleSubstrings(pages, 40, 7);
    const result = await evaluate(open.engine, open.tables, pages, samples, { base: subpath.base, limit: 20 });
    expect(result.failures.slice(0, 20)).toEqual([]);
    expect([result.recall, result.precision, result.anchors]).toEqual([1, 1, 1]);
  });
});
