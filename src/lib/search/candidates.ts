/**
 * Stage 2 of the search pipeline for the word tier: which pages to read.
 * Each form of each query word is looked up in Pagefind (as its character
 * pairs, see terms.ts, so Pagefind's own segmentation cannot lose it); pages
 * holding more of the query's words, and rarer ones, are read first.
 */
import { candidatePlan, type Segment } from './terms.ts';
import { normalise } from './normalise.ts';
import type { QueryTerm } from './query.ts';
import { pairsOnSite } from './slips.ts';
import { lookUpAll, type LookUp } from './lookups.ts';
import { GUIDE_PAGE_WEIGHT } from './page.ts';

export interface WordCandidates<Result> {
  /** Pages to read, most promising first. */
  pages: Result[];
  /** Indexes of required terms that no form of which is on any page. */
  missing: number[];
}

/**
 * A word's first and last pair find every page holding it （先用后付： 先用 后付, not 用后）: the
 * scorer reads the pages anyway, and each term left out is an index chunk the search need not fetch.
 */
function outerTerms(query: string): string {
  const terms = query.split(' ');
  return terms.length > 2 ? `${terms[0]} ${terms[terms.length - 1]}` : query;
}

export async function wordCandidates<Result extends { id: string }>(
  lookUp: LookUp<Result>,
  terms: readonly QueryTerm[],
  segment: Segment,
  budget: number,
  /** The site's character pairs (slips.ts): a form with a pair the site never writes is not looked up. */
  before: ReadonlyMap<string, string> = new Map(),
  /** Ids of the guide's own pages, weighed as the scorer weighs them. */
  preferred: ReadonlySet<string> = new Set(),
): Promise<WordCandidates<Result>> {
  const pages = new Map<string, { result: Result; score: number }>();
  const missing: number[] = [];
  // Question words that hint at a kind of answer （是什么， 找到） are on most pages: the scorer weighs them on the
  // pages it reads, and each one looked up here would be index chunks to fetch. Unless they are all the query has.
  const onlyHints = terms.every((term) => term.hint);
  for (const [index, term] of terms.entries()) {
    if (term.hint && !onlyHints) continue;
    const found = new Map<string, Result>();
    for (const form of term.forms.filter((form) => pairsOnSite(normalise(form), before))) {
      // A lone character is looked up as itself only: word tier, not exhaustive recall.
      for (const query of candidatePlan(normalise(form, { breaks: true }), segment).strict.map(outerTerms)) {
        for (const [id, result] of await lookUpAll(lookUp, query.split(' '))) found.set(id, result);
      }
    }
    if (found.size === 0) {
      if (!term.hint) missing.push(index);
      continue;
    }
    // Rarer words say more about which page is meant.
    const weight = 1 / Math.log(2 + found.size);
    for (const [id, result] of found) {
      const entry = pages.get(id) ?? { result, score: 0 };
      entry.score += weight;
      pages.set(id, entry);
    }
  }
  const weighed = (id: string, score: number) => (preferred.has(id) ? GUIDE_PAGE_WEIGHT * score : score);
  const ranked = [...pages.entries()].sort(([a, x], [b, y]) => weighed(b, y.score) - weighed(a, x.score)).map(([, { result }]) => result);
  return { pages: ranked.slice(0, budget), missing };
}
