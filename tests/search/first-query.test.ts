/**
 * What the first search costs in bytes, on the real build. Its own file: the
 * Pagefind module is loaded once per test file, so no earlier search may have
 * fetched the WASM and index chunks already.
 */
import { describe, expect, inject, it } from 'vitest';
import { benchSearch, FIRST_QUERY_BUDGET_GZIP } from '../../bench/search';
import { READER_QUESTIONS } from './reader-questions';

describe('first search', () => {
  const { root } = inject('builds');

  it('fetches at most the budget when it is a question', async () => {
    const { firstQuery } = await benchSearch({ outDir: root.outDir, base: root.base, queries: [READER_QUESTIONS[0]![0]], rounds: 1 });
    console.info(`first question: ${(firstQuery.gzipBytes / 1024).toFixed(1)} KiB gzip in ${firstQuery.files.length} files`);
    // Everything a first search needs was counted: the WASM, an index chunk and the fragments it read.
    for (const part of ['.pagefind', '/index/', '/fragment/', 'zh-variants.json']) expect(firstQuery.files.some((file) => file.path.includes(part))).toBe(true);
    expect(firstQuery.gzipBytes).toBeLessThanOrEqual(FIRST_QUERY_BUDGET_GZIP);
  });
});
