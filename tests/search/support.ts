/**
 * Running the site search in Node against a real Pagefind bundle, and an
 * independent oracle to judge it: which pages and which heading sections
 * really contain a query, computed from the built HTML (never from
 * Pagefind's index or the engine's own matching code).
 *
 * Also used by bench/search.ts under plain Node, hence the explicit `.ts`
 * imports and no test-runner imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { createSearchEngine, VARIANT_DATA_FILE, type SearchEngine } from '../../src/lib/search/engine.ts';
import { createQueryTables, expandQuery, type QueryTables } from '../../src/lib/search/variants.ts';
import { builtHtmlFiles } from '../../src/integrations/link-check.ts';
import { createRandom } from '../support/random.ts';
import { serveSite, type StaticServer } from '../support/server.ts';

/**
 * What pagefind.js needs from a browser: `document.currentScript` at load,
 * and html[lang] at init. Without lang=zh-CN Pagefind switches Chinese query
 * segmentation off, and Node results would differ from the browser's.
 */
export function installBrowserGlobals(lang = 'zh-CN'): void {
  const html = { getAttribute: (name: string) => (name === 'lang' ? lang : null) };
  Object.assign(globalThis, {
    document: { currentScript: null, querySelector: (selector: string) => (selector === 'html' ? html : null) },
  });
}

export interface OpenEngine {
  engine: SearchEngine;
  server: StaticServer;
  tables: QueryTables;
  close(): Promise<void>;
}

/**
 * The engine over a built site served the way a static host serves it
 * (gzip, sub-path base). pagefind.js itself is imported from disk: Node
 * cannot import modules over HTTP, but everything it fetches goes to the server.
 */
export async function openEngine(outDir: string, base: string, options: { limit?: number; hitsPerPage?: number } = {}): Promise<OpenEngine> {
  installBrowserGlobals();
  const server = await serveSite(outDir, base);
  const bundleFile = pathToFileURL(path.resolve(outDir, 'pagefind', 'pagefind.js')).href;
  const engine = createSearchEngine({ bundleUrl: `${server.url}pagefind/`, importModule: () => import(bundleFile), ...options });
  const tables = createQueryTables(JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind', VARIANT_DATA_FILE), 'utf8')));
  return { engine, server, tables, close: () => server.close() };
}

/**
 * Lenient oracle folding, written independently of src/lib/search/normalise.ts:
 * width and case folded, all spaces and punctuation dropped. Anything the
 * engine may match (it is stricter about sentence punctuation) matches here.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, ' ')
    .replace(/(?<![a-z0-9]) | (?![a-z0-9])/g, '');
}

export interface OracleBlock {
  text: string;
  /** Id of the heading the block sits under; null before the first heading. */
  section: string | null;
}

export interface OraclePage {
  /** Site path without the base: `/steps/`. */
  path: string;
  blocks: OracleBlock[];
  /** Folded text of the whole page and, for each block, where it starts in it. */
  folded: string;
  offsets: number[];
}

const BLOCK = /^(P|LI|DT|DD|H[1-6]|SUMMARY|BLOCKQUOTE|FIGCAPTION|PRE|TD|TH|DIV|SECTION|HEADER|FOOTER|ARTICLE|MAIN)$/;

/** Blocks of text a reader sees in the indexed part of a page, each under its heading. */
export function readPage(html: string, sitePath: string): OraclePage | null {
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return null;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style')) ignored.remove();
  const blocks: OracleBlock[] = [];
  let section: string | null = null;
  let current = '';
  const flush = () => {
    if (current.trim()) blocks.push({ text: current.replace(/\s+/g, ' ').trim(), section });
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const block = BLOCK.test(element.tagName);
    if (block) flush();
    if (/^H[2-6]$/.test(element.tagName) && element.id) section = element.id;
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(body);
  flush();
  let folded = '';
  const offsets: number[] = [];
  for (const block of blocks) {
    const text = fold(block.text);
    // Blocks meet without a separator, except that two words never merge.
    if (/[a-z0-9]$/.test(folded) && /^[a-z0-9]/.test(text)) folded += ' ';
    offsets.push(folded.length);
    folded += text;
  }
  return { path: sitePath, blocks, folded, offsets };
}

/** Every indexed page of a build directory, read from its HTML. */
export function readSite(outDir: string): OraclePage[] {
  return builtHtmlFiles(outDir)
    .map(([sitePath, file]) => readPage(fs.readFileSync(file, 'utf8'), sitePath))
    .filter((page): page is OraclePage => page !== null)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Text as a reader sees it: width, case and runs of whitespace folded, nothing dropped. */
export function literal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Sections with a block holding `query` exactly as typed: these must be found. */
export function sectionsWithLiteral(page: OraclePage, query: string): Set<string | null> {
  const needle = literal(query);
  return new Set(page.blocks.filter((block) => literal(block.text).includes(needle)).map((block) => block.section));
}

/** Sections of a page whose text holds any of the needles, leniently (see fold): the most that may be found. */
export function sectionsContaining(page: OraclePage, needles: readonly string[]): Set<string | null> {
  const found = new Set<string | null>();
  for (const needle of needles.map(fold).filter(Boolean)) {
    for (let at = page.folded.indexOf(needle); at >= 0; at = page.folded.indexOf(needle, at + 1)) {
      let block = 0;
      while (block + 1 < page.offsets.length && page.offsets[block + 1]! <= at) block++;
      found.add(page.blocks[block]!.section);
    }
  }
  return found;
}

export interface Sample {
  query: string;
  /** Page the query was drawn from. */
  from: string;
}

/**
 * A deterministic sample of substrings, 2–6 characters long, with at least
 * one Han character, drawn evenly from every page's blocks as a reader sees
 * them (so they may cross inline markup, spaces and punctuation).
 */
export function sampleSubstrings(pages: readonly OraclePage[], perPage: number, seed: number): Sample[] {
  const random = createRandom(seed);
  const samples: Sample[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    const blocks = page.blocks.map((block) => [...block.text]).filter((chars) => chars.length >= 2);
    for (let attempt = 0; seen.size < perPage && attempt < perPage * 50; attempt++) {
      const chars = blocks[Math.floor(random() * blocks.length)]!;
      const length = 2 + Math.floor(random() * 5);
      if (chars.length < length) continue;
      const start = Math.floor(random() * (chars.length - length + 1));
      const query = chars.slice(start, start + length).join('');
      if (!/\p{Script=Han}/u.test(query) || /^\s|\s$/.test(query) || seen.has(query)) continue;
      seen.add(query);
      samples.push({ query, from: page.path });
    }
  }
  return samples;
}

/** Site path of a result URL (base removed) and the section its anchor names. */
export function target(url: string, base: string): { path: string; section: string | null } {
  const [pathname, hash] = url.split('#') as [string, string | undefined];
  if (!pathname.startsWith(base)) throw new Error(`${url} is outside the base ${base}`);
  return { path: `/${pathname.slice(base.length)}`, section: hash ? decodeURIComponent(hash) : null };
}

export interface Evaluation {
  queries: number;
  /** Share of queries for which every page containing the query as typed was returned (within `limit`). */
  recall: number;
  /** Share of returned pages that contain the query or one of its variants. */
  precision: number;
  /**
   * Share of queries whose hits link to every section holding the query as
   * typed, and only to sections holding it or a variant.
   */
  anchors: number;
  /** Queries where a page with the exact text was outranked by more than `limit` near matches. */
  displaced: number;
  failures: string[];
  timings: number[];
}

/**
 * Runs the samples through the engine and judges the results with the
 * oracle. `limit` is the number of results a reader sees: with more
 * matching pages than that, every shown page must match (recall@limit).
 */
export async function evaluate(
  engine: SearchEngine,
  tables: QueryTables,
  pages: readonly OraclePage[],
  samples: readonly Sample[],
  options: { base: string; limit: number },
): Promise<Evaluation> {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  let recalled = 0;
  let anchored = 0;
  let shown = 0;
  let relevant = 0;
  let displaced = 0;
  const failures: string[] = [];
  const timings: number[] = [];
  for (const { query, from } of samples) {
    const started = performance.now();
    const { groups } = await engine.search(query);
    timings.push(performance.now() - started);
    // What the reader typed, or a variant the engine is allowed to find instead.
    const accepted = [query, ...expandQuery(query, tables).map((variant) => variant.text)];
    const containing = pages.filter((page) => sectionsWithLiteral(page, query).size > 0).map((page) => page.path);
    const returned = groups.map((group) => target(group.url, options.base).path);
    const missing = containing.filter((path) => !returned.includes(path));
    // With more matching pages than are shown, every shown page must match, and
    // pages with the query exactly as typed may only give way to pages that hold
    // it with other spacing or punctuation when there are more of those than fit.
    const full = returned.length >= options.limit;
    const nearMatches = full ? pages.filter((page) => sectionsContaining(page, [query]).size > 0).length : 0;
    if (!containing.includes(from)) failures.push(`oracle: ${JSON.stringify(query)} not found in ${from}`);
    else if (missing.length === 0 || (full && nearMatches > options.limit)) {
      recalled++;
      if (missing.length > 0 && containing.length <= options.limit) {
        displaced++;
        if (process.env.SEARCH_DEBUG) console.log('displaced', query, containing.length, nearMatches, missing.join(' '));
      }
    } else failures.push(`recall ${JSON.stringify(query)}: missing ${missing.join(', ')}`);

    let anchorsRight = true;
    for (const group of groups) {
      const page = byPath.get(target(group.url, options.base).path);
      shown++;
      const holding = page ? sectionsContaining(page, accepted) : new Set<string | null>();
      if (holding.size > 0) relevant++;
      else failures.push(`precision ${JSON.stringify(query)}: ${group.url} does not contain it`);
      const linked = new Set(group.hits.map((hit) => target(hit.url, options.base).section));
      const required = page ? sectionsWithLiteral(page, query) : new Set<string | null>();
      const wrong = [...linked].filter((section) => !holding.has(section));
      const missed = [...required].filter((section) => !linked.has(section));
      if (wrong.length > 0 || missed.length > 0) {
        anchorsRight = false;
        failures.push(`anchor ${JSON.stringify(query)}: ${group.url} links ${wrong.join(',')} wrongly, misses ${missed.join(',')}`);
      }
    }
    if (anchorsRight) anchored++;
  }
  return {
    queries: samples.length,
    recall: recalled / samples.length,
    precision: shown === 0 ? 1 : relevant / shown,
    anchors: anchored / samples.length,
    displaced,
    failures,
    timings,
  };
}

/** Median and 95th percentile of a list of milliseconds. */
export function percentiles(values: readonly number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

export interface QuestionEvaluation {
  questions: number;
  /** Share of questions whose first hit is on the expected page. */
  pageTop1: number;
  /** Share of questions whose first hit is the expected section. */
  sectionTop1: number;
  slips: number;
  /** Share of slips corrected to what was meant, with the first hit on the expected section. */
  slipsCorrected: number;
  failures: string[];
  timings: number[];
}

/** Runs reader questions and slips through the engine and scores the first hit. */
export async function evaluateQuestions(
  engine: SearchEngine,
  questions: readonly (readonly [string, string, string | null])[],
  slips: readonly (readonly [string, string, string, string | null])[],
  base: string,
): Promise<QuestionEvaluation> {
  let page = 0;
  let section = 0;
  let corrected = 0;
  const failures: string[] = [];
  const timings: number[] = [];
  const first = async (query: string) => {
    const started = performance.now();
    const response = await engine.search(query);
    timings.push(performance.now() - started);
    const hit = response.groups[0]?.hits[0];
    return { response, at: hit ? target(hit.url, base) : null };
  };
  for (const [query, expectedPage, expectedSection] of questions) {
    const { response, at } = await first(query);
    if (at?.path === expectedPage) page++;
    if (at?.path === expectedPage && at.section === expectedSection) section++;
    else failures.push(`question ${JSON.stringify(query)}: wanted ${expectedPage}#${expectedSection}, got ${at?.path}#${at?.section} (${response.tier})`);
  }
  for (const [query, meant, expectedPage, expectedSection] of slips) {
    const { response, at } = await first(query);
    if (response.corrected === meant && at?.path === expectedPage && at.section === expectedSection) corrected++;
    else failures.push(`slip ${JSON.stringify(query)}: wanted ${meant} at ${expectedPage}#${expectedSection}, got ${response.corrected} at ${at?.path}#${at?.section}`);
  }
  return {
    questions: questions.length,
    pageTop1: page / questions.length,
    sectionTop1: section / questions.length,
    slips: slips.length,
    slipsCorrected: corrected / slips.length,
    failures,
    timings,
  };
}
