/**
 * Site search benchmark: query latency over a sample of queries, and what the
 * first query costs in bytes, on a built site served like a static host.
 *
 *   node bench/search.ts [outDir=dist] [--base=/] [--baseline] [--json]
 *
 * `--baseline` also measures Pagefind used as it is (raw query, first
 * sub-result as the link) against the same oracle, for comparison.
 * Runs under plain Node 24 (type stripping): imports carry `.ts` extensions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSearchEngine } from '../src/lib/search/engine.ts';
import { READER_QUERIES } from '../tests/search/reader-queries.ts';
import { READER_QUESTIONS, READER_SLIPS } from '../tests/search/reader-questions.ts';
import { evaluateQuestions, percentiles } from '../tests/search/evaluate.ts';
import { describeFigures, evaluateGeneralisation, TUNING_QUESTIONS, type QuestionFigures } from '../tests/search/generalisation.ts';
import { installBrowserGlobals } from '../tests/search/node-engine.ts';
import { fold, readSite, sampleSubstrings, sectionsContaining, type OraclePage } from '../tests/search/oracle.ts';
import { serveSite } from '../tests/support/server.ts';

export interface FetchedFile {
  path: string;
  bytes: number;
  /** Size after gzip at the level static hosts use: what goes over the wire for text files. */
  gzipBytes: number;
}

/** The search data the first search may fetch (gzip): pagefind.js, WASM, index chunks, tables, fragments. */
export const FIRST_QUERY_BUDGET_GZIP = 100 * 1024;
/**
 * What the first search may fetch in all in a browser, once search opens: the search data above plus the
 * dialog's own script and style and Pagefind's web worker script (tests/e2e/quality.test.ts).
 */
export const FIRST_SEARCH_IN_ALL_BUDGET_GZIP = 115 * 1024;
/** The same at +1000 pages: the tables grow with the site's vocabulary, not its text. */
export const FIRST_QUERY_BUDGET_GZIP_LARGE = 150 * 1024;

export interface SearchBenchResult {
  queries: number;
  /**
   * Tuning questions (reader-questions.ts, everyday-questions.ts) and slips: share answered at the right page / section
   * first; `heldOut`, the same for questions never tuned on (held-out-questions.ts), in aggregate only.
   */
  questions: { count: number; pageTop1: number; sectionTop1: number; slips: number; slipsCorrected: number; heldOut: QuestionFigures };
  medianMs: number;
  p95Ms: number;
  /**
   * The search data the first query fetches (what grows with the site), and what a browser fetches besides
   * (`browserFiles`: the search UI's own script and style, Pagefind's worker script, which Node does not use):
   * together, what the first search costs in all.
   */
  firstQuery: { query: string; ms: number; bytes: number; gzipBytes: number; files: FetchedFile[]; browserGzipBytes: number; browserFiles: FetchedFile[] };
  baseline?: { precision: number; anchors: number };
}

export interface SearchBenchOptions {
  outDir: string;
  base?: string;
  /** Queries to time; defaults to the reader queries plus a sample of the site's own text. */
  queries?: readonly string[];
  /** How many times the whole sample is run for latencies. */
  rounds?: number;
  baseline?: boolean;
}

const sizeOf = (bytes: Uint8Array): FetchedFile['gzipBytes'] => gzipSync(bytes).byteLength;

/**
 * Default sample: reader questions first (the first query, which pays for
 * loading, is a question: the word tier reads the most fragments), slips,
 * what readers type, and substrings of every indexed page.
 */
export function defaultQueries(pages: readonly OraclePage[]): string[] {
  return [
    ...READER_QUESTIONS.map(([query]) => query),
    ...READER_SLIPS.map(([query]) => query),
    ...READER_QUERIES.map(([query]) => query),
    ...sampleSubstrings(pages, 25, 42).map((sample) => sample.query),
  ];
}

/**
 * Pagefind as it is: the raw query, and the first sub-result as the link.
 * Returns the share of results containing the query, and of queries whose
 * first link points at a section containing it.
 */
async function measureBaseline(pagefind: PagefindRaw, pages: readonly OraclePage[], queries: readonly string[], base: string) {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  let shown = 0;
  let relevant = 0;
  let anchored = 0;
  for (const query of queries) {
    const response = await pagefind.search(query);
    const results = await Promise.all((response?.results ?? []).map((result) => result.data()));
    for (const data of results) {
      shown++;
      if (byPath.get(`/${data.url.slice(base.length)}`)?.folded.includes(fold(query))) relevant++;
    }
    const first = results[0]?.sub_results[0]?.url;
    if (first) {
      const [pagePath, hash] = first.split('#') as [string, string | undefined];
      const page = byPath.get(`/${pagePath.slice(base.length)}`);
      if (page && sectionsContaining(page, [query]).has(hash ?? null)) anchored++;
    }
  }
  return { precision: shown === 0 ? 1 : relevant / shown, anchors: anchored / queries.length };
}

/** The search UI's files as Vite names them (src/scripts/search/dialog.ts and the results' stylesheet), loaded when search opens. */
const SEARCH_UI_FILE = /^(?:dialog|search-results)\.[\w-]+\.(?:js|css)$/;

/** What a browser's first search fetches besides what the engine fetches in Node: the search UI and Pagefind's worker. */
function browserOnlyFiles(outDir: string, base: string): FetchedFile[] {
  const names = fs.readdirSync(path.join(outDir, '_astro')).filter((name) => SEARCH_UI_FILE.test(name));
  if (!names.some((name) => name.endsWith('.js'))) {
    throw new Error(`no search UI script (dialog.*.js) in ${outDir}/_astro: the first search counts it; if it was renamed, update SEARCH_UI_FILE in bench/search.ts`);
  }
  return [...names.map((name) => `_astro/${name}`), 'pagefind/pagefind-worker.js'].map((file) => {
    const body = fs.readFileSync(path.join(outDir, file));
    return { path: `${base}${file}`, bytes: body.byteLength, gzipBytes: sizeOf(body) };
  });
}

interface PagefindRaw {
  search(term: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[] } | null>;
}

export async function benchSearch(options: SearchBenchOptions): Promise<SearchBenchResult> {
  const base = options.base ?? '/';
  const outDir = path.resolve(options.outDir);
  const pages = readSite(outDir);
  const queries = options.queries ?? defaultQueries(pages);
  const rounds = options.rounds ?? 3;

  installBrowserGlobals();
  const server = await serveSite(outDir, base);
  const fetched: FetchedFile[] = [];
  const realFetch = globalThis.fetch;
  // Count every file the search fetches: Pagefind's own requests and the engine's.
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const body = new Uint8Array(await response.clone().arrayBuffer());
    fetched.push({ path: new URL(String(input instanceof Request ? input.url : input)).pathname, bytes: body.byteLength, gzipBytes: sizeOf(body) });
    return response;
  };
  try {
    const moduleFile = path.join(outDir, 'pagefind', 'pagefind.js');
    const openEngine = () => createSearchEngine({ bundleUrl: `${server.url}pagefind/`, importModule: () => import(pathToFileURL(moduleFile).href) });
    const engine = openEngine();

    // The first query pays for everything: pagefind.js (imported here, fetched in a browser), WASM, index, tables, fragments.
    const started = performance.now();
    await engine.search(queries[0]!);
    const firstMs = performance.now() - started;
    const script = fs.readFileSync(moduleFile);
    const files = [{ path: `${base}pagefind/pagefind.js`, bytes: script.byteLength, gzipBytes: sizeOf(script) }, ...fetched];
    const browserFiles = browserOnlyFiles(outDir, base);

    const timings: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Each round a new engine, so a term is not answered from the lookups an earlier round made of the same
      // queries; Pagefind's loaded index chunks stay, as a browser keeps the files it fetched.
      const timed = round === 0 ? engine : openEngine();
      await timed.preload();
      for (const query of queries) {
        const at = performance.now();
        await timed.search(query);
        timings.push(performance.now() - at);
      }
    }
    const { median, p95 } = percentiles(timings);
    const answers = await evaluateQuestions(engine, TUNING_QUESTIONS, READER_SLIPS, base);
    const { heldOut } = await evaluateGeneralisation(engine, base);
    const result: SearchBenchResult = {
      queries: queries.length,
      questions: {
        count: answers.questions,
        pageTop1: answers.pageTop1,
        sectionTop1: answers.sectionTop1,
        slips: answers.slips,
        slipsCorrected: answers.slipsCorrected,
        heldOut,
      },
      medianMs: median,
      p95Ms: p95,
      firstQuery: {
        query: queries[0]!,
        ms: firstMs,
        bytes: files.reduce((sum, file) => sum + file.bytes, 0),
        gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
        files,
        browserGzipBytes: browserFiles.reduce((sum, file) => sum + file.gzipBytes, 0),
        browserFiles,
      },
    };
    if (options.baseline) {
      const pagefind = (await import(pathToFileURL(moduleFile).href)) as PagefindRaw;
      result.baseline = await measureBaseline(pagefind, pages, queries.filter((query) => /\p{Script=Han}/u.test(query)), base);
    }
    return result;
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

if (import.meta.main) {
  const args = process.argv.slice(2);
  const outDir = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  const base = args.find((arg) => arg.startsWith('--base='))?.slice('--base='.length) ?? '/';
  const result = await benchSearch({ outDir, base, baseline: args.includes('--baseline') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`Search over ${result.queries} queries: median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms`);
    const { questions } = result;
    console.log(
      `Tuning questions: ${questions.count}, page top-1 ${(questions.pageTop1 * 100).toFixed(1)}%, section top-1 ${(questions.sectionTop1 * 100).toFixed(1)}%; ` +
        `slips: ${questions.slips}, corrected ${(questions.slipsCorrected * 100).toFixed(1)}%`,
    );
    console.log(describeFigures('Held-out questions', questions.heldOut));
    console.log(
      `First query (${result.firstQuery.query}): ${result.firstQuery.ms.toFixed(0)} ms, ${kib(result.firstQuery.bytes)} fetched, ${kib(result.firstQuery.gzipBytes)} gzipped`,
    );
    for (const file of [...result.firstQuery.browserFiles, ...result.firstQuery.files]) console.log(`  ${file.path}  ${kib(file.bytes)} (${kib(file.gzipBytes)} gzipped)`);
    console.log(`  in all, in a browser: ${kib(result.firstQuery.gzipBytes + result.firstQuery.browserGzipBytes)} gzipped`);
    if (result.baseline) {
      console.log(
        `Pagefind as it is: ${(result.baseline.precision * 100).toFixed(1)}% of results contain the query, first link right ${(result.baseline.anchors * 100).toFixed(1)}%`,
      );
    }
  }
}
