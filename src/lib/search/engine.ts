/**
 * Site search, a pipeline in four stages:
 * 1. analyse the query (query.ts): slips corrected, exact variants, words;
 * 2. find candidates: Pagefind lookups (one per term, shared: lookups.ts) of the query's character pairs (exact
 *    tier, below; terms.ts) or of its words (candidates.ts);
 * 3. score sections: the exact scorer (match.ts) first; only when no page holds
 *    the query as a whole, the word scorer (score-words.ts);
 * 4. present: one group per page, hits linking to heading sections, excerpts
 *    with every match marked (excerpt.ts).
 *
 * Runs in the browser (the UI dynamic-imports this module when search opens)
 * and in Node (tests, bench), where the caller supplies `importModule` and a
 * `document` stub answering html[lang] (Pagefind reads the page language to
 * decide how to segment queries).
 */
import { browserSegmenter } from './terms.ts';
import { exactTier } from './exact-tier.ts';
import { analysePage, GUIDE_PART, type AnalysedPage, type PageFragment } from './page.ts';
import { createQueryTables, expandQuery, type QueryTables, type QueryVariant } from './variants.ts';
import { decodeSounds } from './sounds.ts';
import { analyseQuery, hasUnknownCharacter, onlyWord, readerWordChars, slipTables } from './query.ts';
import { leadWithStep, stepCount, stepOfQuery, stepsGroup } from './step-answer.ts';
import { wordCandidates } from './candidates.ts';
import { termLookups, type LookUp } from './lookups.ts';
import { scoreWords } from './score-words.ts';
import { needsSounds, type SlipTables } from './slips.ts';

export interface SearchHit {
  /** Base-prefixed page URL, with `#anchor` when the match is under a heading. */
  url: string;
  /** Plain text: the heading of the section (the page title before the first heading). */
  heading: string;
  /** Safe HTML: escaped page text, the match wrapped in <mark>. */
  excerpt: string;
}

export interface SearchGroup {
  /** Plain text page title. */
  title: string;
  /** Plain text name of the guide section (empty if the page has none). */
  section: string;
  /** Base-prefixed page URL. */
  url: string;
  /** Best hit first. */
  hits: SearchHit[];
}

/**
 * How the results answer the query:
 * - exact: pages holding the query (or a variant) as a whole;
 * - words: sections holding the query's words (a question, other word order);
 * - closest: sections holding only some of them, or the query has words the guide never uses;
 * - none: nothing on the site matches.
 */
export type SearchTier = 'exact' | 'words' | 'closest' | 'none';

export interface SearchResponse {
  tier: SearchTier;
  /** The query with input-method slips corrected, when the results are for it instead （立既开通 → 立即开通）. */
  corrected: string | null;
  groups: SearchGroup[];
  /** When nothing matches: the guide's steps, so a search never ends empty-handed. */
  suggestions: SearchGroup[];
}

export interface SearchOptions {
  /** False searches the query exactly as typed, without slip correction. */
  correct?: boolean;
}

export interface SearchEngine {
  preload(): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

export interface SearchEngineOptions {
  /** URL of the Pagefind bundle directory, ending in `/`, e.g. `${BASE_URL}pagefind/`. */
  bundleUrl: string;
  /** Loads pagefind.js; defaults to a dynamic import of `${bundleUrl}pagefind.js`. */
  importModule?: (url: string) => Promise<unknown>;
  /** Fetch used for the variant tables (Pagefind itself uses the global fetch). */
  fetch?: typeof fetch;
  /** Most page groups returned. */
  limit?: number;
  /** Most hits per page group. */
  hitsPerPage?: number;
}

/** The documented part of Pagefind's browser API that the engine uses. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string | null, options?: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  id: string;
  /** Word positions of the searched term on the page (exact-tier.ts reads them before fetching the page). */
  words?: number[];
  data(): Promise<PageFragment>;
}

/** Name of the build-time variant tables written by src/integrations/pagefind.ts. */
export const VARIANT_DATA_FILE = 'zh-variants.json';
/** How the common characters sound (sounds.ts), written beside it: fetched only when a query may hold a slip. */
export const SOUND_DATA_FILE = 'zh-sounds.json';

/** Pages read by the word tier: the most promising by the words they hold. */
const WORD_PAGES = 12;

/** Below this share of the query's words in the best section, results are only the closest. */
const ANSWER_COVERAGE = 0.5;

/** The site base in front of `pagefind/`: `/zhima-guide/pagefind/` → `/zhima-guide/`. */
function baseOf(bundleUrl: string): string {
  const path = new URL(bundleUrl, 'http://localhost/').pathname;
  return path.replace(/pagefind\/?$/, '') || '/';
}

export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  const bundleUrl = options.bundleUrl.endsWith('/') ? options.bundleUrl : `${options.bundleUrl}/`;
  const importModule = options.importModule ?? ((url: string) => import(/* @vite-ignore */ url));
  const limit = options.limit ?? 10;
  const hitsPerPage = options.hitsPerPage ?? 5;
  const pages = new Map<string, Promise<AnalysedPage | null>>();
  // The same segmentation Pagefind applies to the query in this browser (the site is zh-CN).
  const segment = browserSegmenter('zh-CN');
  let ready: Promise<{ lookUp: LookUp<PagefindResult>; preferred: ReadonlySet<string>; tables: QueryTables; slips: SlipTables }> | null = null;

  async function load() {
    const [pagefind, tables] = await Promise.all([
      (async () => {
        const module = (await importModule(`${bundleUrl}pagefind.js`)) as PagefindModule;
        // Results come back as paths under the site base, wherever the bundle was loaded from. In a browser Pagefind
        // runs in its web worker (12 KB more on the first search): on the main thread, unpacking its WASM and index
        // blocked a throttled phone for half a second (Lighthouse TBT 504 ms on /search/?q=, against 8 with it).
        await module.options({ basePath: bundleUrl, baseUrl: baseOf(bundleUrl) });
        await module.init?.();
        return module;
      })(),
      fetchJson(VARIANT_DATA_FILE).then(createQueryTables),
    ]);
    // The first segmentation loads the browser's Chinese dictionary: do it now, not on the first keystroke.
    segment('先用后付');
    // The guide's own pages, by Pagefind's filter alone (no term): few, and known before any search.
    const guide = await pagefind.search(null, { filters: { part: GUIDE_PART } });
    const preferred = new Set((guide?.results ?? []).map((result) => result.id));
    return { lookUp: termLookups<PagefindResult>(pagefind), preferred, tables, slips: slipTables(tables) };
  }

  /** A build-time table next to the bundle; without it search still works, just without what it adds. */
  async function fetchJson(file: string): Promise<unknown> {
    try {
      const response = await (options.fetch ?? fetch)(`${bundleUrl}${file}`);
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  /** The slip tables with how the common characters sound: fetched only for the first query with a character the site never uses. */
  let heard: Promise<SlipTables> | null = null;
  function withSounds(slips: SlipTables): Promise<SlipTables> {
    heard ??= fetchJson(SOUND_DATA_FILE).then((table) => ({ ...slips, sounds: decodeSounds(table) }));
    return heard;
  }

  function preloadOnce() {
    ready ??= load().catch((error: unknown) => {
      ready = null; // let the next attempt retry, e.g. after a network hiccup
      throw error;
    });
    return ready;
  }

  function page(result: PagefindResult): Promise<AnalysedPage | null> {
    let analysed = pages.get(result.id);
    if (!analysed) {
      analysed = result.data().then(analysePage, () => null);
      pages.set(result.id, analysed);
    }
    return analysed;
  }

  return {
    async preload() {
      await preloadOnce();
    },

    async search(query: string, searchOptions: SearchOptions = {}): Promise<SearchResponse> {
      const { lookUp, preferred, tables, slips } = await preloadOnce();
      const exact = async (variants: readonly QueryVariant[]) => (await exactTier({ lookUp, page, segment, before: tables.before, preferred, limit, hitsPerPage }, variants)).map(present);
      // The exact tier first, on the query as typed: whatever it finds is the answer, unchanged.
      const typed = analyseQuery(query, tables, segment);
      if (typed.variants.length === 0) return { tier: 'none', corrected: null, groups: [], suggestions: [] };
      const exactAsTyped = await exact(typed.variants);
      if (exactAsTyped.length > 0) return { tier: 'exact', corrected: null, groups: exactAsTyped, suggestions: [] };
      // Then the query with its input-method slips corrected, if it had any.
      const slipsFor = async () => (needsSounds(typed.text, slips, readerWordChars(typed.words)) ? withSounds(slips) : slips);
      const analysed = searchOptions.correct === false ? typed : analyseQuery(query, tables, segment, await slipsFor());
      const { corrected } = analysed;
      if (corrected) {
        const exactCorrected = await exact(analysed.variants);
        if (exactCorrected.length > 0) return { tier: 'exact', corrected, groups: exactCorrected, suggestions: [] };
      }
      const nothing = async (): Promise<SearchResponse> => ({ tier: 'none', corrected, groups: [], suggestions: await steps(lookUp, preferred) });
      // A question about a place in the walk through the app （信用服务里面找不到…） is answered by the step that happens there.
      const step = stepOfQuery(analysed, tables.vocabulary);
      const leadWith = async (groups: SearchGroup[]): Promise<SearchGroup[]> => {
        const [stepsPage] = step === null ? [] : await steps(lookUp, preferred);
        return stepsPage ? leadWithStep(groups, stepsPage, step!) : groups;
      };
      if (analysed.terms.length === 0) return step === null ? nothing() : { tier: 'words', corrected, groups: await leadWith([]), suggestions: [] };
      // A question that comes down to one word of the site （先用后付到底怎么用） is answered as that word is.
      const only = onlyWord(analysed.terms);
      if (only && step === null) {
        const asWord = await exact(expandQuery(only.text, tables));
        const tier = hasUnknownCharacter(analysed.terms, tables.pinyin?.readings) ? 'closest' : 'words';
        if (asWord.length > 0) return { tier, corrected, groups: asWord, suggestions: [] };
      }

      const candidates = await wordCandidates(lookUp, analysed.terms, segment, WORD_PAGES, tables.before, preferred);
      const read = (await Promise.all(candidates.pages.map(page))).filter((analysedPage): analysedPage is AnalysedPage => analysedPage !== null);
      const matches = scoreWords(read, analysed.terms, hitsPerPage).slice(0, limit);
      if (step !== null) return { tier: 'words', corrected, groups: (await leadWith(matches.map(present))).slice(0, limit), suggestions: [] };
      if (matches.length === 0) return nothing();
      const answered = candidates.missing.length === 0 && matches[0]!.coverage >= ANSWER_COVERAGE;
      return { tier: answered ? 'words' : 'closest', corrected, groups: matches.map(present), suggestions: [] };
    },
  };

  /** The page with the most step headings （第 N 步）, each step a hit; the guide's own pages read first, among any number of articles. */
  async function steps(lookUp: LookUp<PagefindResult>, preferred: ReadonlySet<string>): Promise<SearchGroup[]> {
    const holding = [...(await lookUp('步')).values()];
    const candidates = [...holding.filter(({ id }) => preferred.has(id)), ...holding.filter(({ id }) => !preferred.has(id))];
    let best: { page: AnalysedPage; count: number } | null = null;
    for (const analysed of await Promise.all(candidates.slice(0, WORD_PAGES).map(page))) {
      const count = analysed ? stepCount(analysed) : 0;
      if (analysed && count > (best?.count ?? 0)) best = { page: analysed, count };
    }
    return best ? [stepsGroup(best.page)] : [];
  }
}

/** A scored page as the UI shows it. */
function present({ title, section, url, hits }: { title: string; section: string; url: string; hits: readonly SearchHit[] }): SearchGroup {
  return { title, section, url, hits: hits.map(({ url: hitUrl, heading, excerpt }) => ({ url: hitUrl, heading, excerpt })) };
}
