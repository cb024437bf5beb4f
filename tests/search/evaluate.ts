/**
 * Judging the engine's answers with the oracle (oracle.ts): recall, precision
 * and anchors for sampled substrings, hit rates for reader questions and
 * slips, latency percentiles. Plain Node, like node-engine.ts.
 */
import type { SearchEngine } from '../../src/lib/search/engine.ts';
import { expandQuery, type QueryTables } from '../../src/lib/search/variants.ts';
import { sectionsContaining, sectionsWithLiteral, target, type OraclePage, type Sample } from './oracle.ts';

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

/** Share of questions the guide does not answer for which the engine says so (tier closest or none) before offering sections. */
export async function evaluateHonesty(engine: SearchEngine, unanswered: readonly string[]): Promise<{ questions: number; honest: number; failures: string[] }> {
  const failures: string[] = [];
  for (const query of unanswered) {
    const { tier } = await engine.search(query);
    if (tier !== 'closest' && tier !== 'none') failures.push(`unanswered ${JSON.stringify(query)}: answered as ${tier}`);
  }
  return { questions: unanswered.length, honest: 1 - failures.length / Math.max(1, unanswered.length), failures };
}
