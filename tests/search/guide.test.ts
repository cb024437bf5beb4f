/**
 * Search quality on the real built site, through Pagefind's JS API and the
 * engine the UI uses, judged against the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { READER_QUERIES } from './reader-queries';
import { evaluate, openEngine, percentiles, readSite, sampleSubstrings, target, type OpenEngine, type OraclePage } from './support';

/** Queries that try to inject markup; they must never come back as markup. */
const INJECTIONS = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'><svg onload=alert(1)>", '<mark>开通</mark>'];

const SECTION_PAGES = ['/cautions/', '/eligibility/', '/overview/', '/steps/'];

function firstHit(groups: Awaited<ReturnType<OpenEngine['engine']['search']>>, base: string) {
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

  it('indexes exactly the four guide sections, each with its section name', async () => {
    expect(pages.map((page) => page.path)).toEqual(SECTION_PAGES);
    const entry = JSON.parse(fs.readFileSync(path.join(root.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>).map((l) => l.page_count)).toEqual([4]);
    const groups = (await open.engine.search('先用后付')).groups;
    expect(groups.map((group) => group.url).sort()).toEqual(SECTION_PAGES);
    expect(groups.map((group) => group.section).sort()).toEqual(['了解先用后付', '开通条件', '开通步骤', '注意事项']);
    expect(fs.existsSync(path.join(root.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join('public', 'pagefind'))).toBe(false);
  });

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
    expect(p95).toBeLessThan(100);
  });

  it.each(READER_QUERIES)('%j leads to %s#%s', async (query, page, section) => {
    expect(firstHit((await open.engine.search(query)).groups, root.base)).toEqual({ path: page, section });
  });

  it.each(INJECTIONS)('keeps %j inert', async (query) => {
    for (const group of (await open.engine.search(query)).groups) {
      for (const hit of group.hits) expect(hit.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('finds nothing for text that is not in the guide', async () => {
    for (const query of ['花呗', '信用卡还款', 'zzz', '开通花呗']) expect((await open.engine.search(query)).groups).toEqual([]);
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

  it('finds sampled substrings with the same quality', async () => {
    const samples = sampleSubstrings(pages, 40, 7);
    const result = await evaluate(open.engine, open.tables, pages, samples, { base: subpath.base, limit: 20 });
    expect(result.failures.slice(0, 20)).toEqual([]);
    expect([result.recall, result.precision, result.anchors]).toEqual([1, 1, 1]);
  });
});
