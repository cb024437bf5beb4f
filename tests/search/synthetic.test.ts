/**
 * Search quality on a generated site of a few hundred Chinese pages, indexed
 * with the Pagefind Node API by the same code as the real build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { evaluate, percentiles } from './evaluate';
import { openEngine, type OpenEngine } from './node-engine';
import { readSite, sampleSubstrings, type OraclePage } from './oracle';
import { writeSyntheticSite } from './synthetic-site';

const PAGES = 300;
/** A reader looks at the first ten results. */
const SHOWN = 10;

describe(`search on a generated site of ${PAGES} pages`, () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-search-'));
  let open: OpenEngine;
  let pages: OraclePage[];

  beforeAll(async () => {
    writeSyntheticSite(outDir, PAGES, 1234);
    await indexSite(outDir);
    pages = readSite(outDir);
    open = await openEngine(outDir, '/', { limit: SHOWN, hitsPerPage: 50 });
    await open.engine.preload();
  });
  afterAll(async () => {
    await open?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('indexes every page and splits the index into chunks', () => {
    expect(pages).toHaveLength(PAGES);
    expect(fs.readdirSync(path.join(outDir, 'pagefind', 'index')).length).toBeGreaterThan(1);
  });

  it('finds sampled substrings within the first ten results, only where they are, under the right heading', async () => {
    const samples = sampleSubstrings(pages, 1, 99).slice(0, PAGES);
    const result = await evaluate(open.engine, open.tables, pages, samples, { base: '/', limit: SHOWN });
    const { median, p95 } = percentiles(result.timings);
    console.info(
      `synthetic sample: ${result.queries} queries over ${PAGES} pages, recall@${SHOWN} ${(result.recall * 100).toFixed(1)}%, ` +
        `precision ${(result.precision * 100).toFixed(1)}%, anchors ${(result.anchors * 100).toFixed(1)}%, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, displaced ${result.displaced}`,
    );
    expect(result.failures.slice(0, 20)).toEqual([]);
    expect([result.recall, result.precision, result.anchors]).toEqual([1, 1, 1]);
  });

  it('returns markup written on a page as escaped text', async () => {
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>']) {
      const groups = (await open.engine.search(query)).groups;
      expect(groups.map((group) => group.url)).toEqual(['/p/0000/']);
      const excerpt = groups[0]!.hits[0]!.excerpt;
      expect(excerpt).toContain('&lt;');
      expect(excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });
});
