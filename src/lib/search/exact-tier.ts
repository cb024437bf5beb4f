/**
 * The exact tier of the search pipeline (stages 2 and 3 for a query taken as
 * a whole): Pagefind finds candidate pages from the query's character pairs
 * (terms.ts); variants the site's character pairs rule out (slips.ts) and
 * pages whose pairs lie far apart (proximity.ts) are dropped unread; the
 * exact scorer (match.ts) keeps only pages whose text really contains a
 * variant of the query, each hit at the section holding it.
 */
import { candidatePlan, type Segment } from './terms.ts';
import { matchPage, type PageMatch } from './match.ts';
import type { AnalysedPage } from './page.ts';
import { densestWindow, querySpan } from './proximity.ts';
import { charactersOnSite, pairsOnSite } from './slips.ts';
import type { QueryVariant } from './variants.ts';
import type { LookUp } from './lookups.ts';

/** A Pagefind result: the page id and the word positions of the term on it. */
export interface LocatedResult {
  id: string;
  words?: number[];
}

export interface ExactTierContext<Result extends LocatedResult> {
  /** Pagefind's pages for one term, shared by the stages (lookups.ts). */
  lookUp: LookUp<Result>;
  /** The page behind a Pagefind result, read once and cached by the engine. */
  page(result: Result): Promise<AnalysedPage | null>;
  segment: Segment;
  before: ReadonlyMap<string, string>;
  /** Ids of the guide's own pages: read first, so they are among the pages that answer (match.ts weighs them higher). */
  preferred: ReadonlySet<string>;
  limit: number;
  hitsPerPage: number;
}

/** Fragments are fetched a few at a time, stopping once enough pages match. */
const FRAGMENT_BATCH = 8;
/** A loosely matching page may miss this many terms (pairs split by punctuation on the page). */
const LOOSE_MISSING_TERMS = 2;
/** Pages read for loose matches, per result wanted: bounds the cost when nothing matches. */
const LOOSE_BUDGET_PER_RESULT = 3;
/** Pages read, per result wanted, looking for exact matches before settling for near ones. */
const EXACT_BUDGET_PER_RESULT = 3;

/** Pages holding a variant of the query, best first. */
export async function exactTier<Result extends LocatedResult>(
  context: ExactTierContext<Result>,
  variants: readonly QueryVariant[],
): Promise<PageMatch[]> {
  const { lookUp, page, segment, before, preferred, limit, hitsPerPage } = context;
  // A variant with a character the site never writes beside another is on no page （先用后副： 副）: no lookup, no page read.
  variants = variants.filter((variant) => charactersOnSite(variant.spaced, before));
  const plans = variants.map((variant) => candidatePlan(variant.spaced, segment, before));
  // One with a pair the site never writes may still be on a page with punctuation between the two （进入我的页面 in
  // 进入「我的」页面）, but not as typed: the strict lookups, which must find every page holding it, are skipped.
  const possible = variants.map((variant) => pairsOnSite(variant.spaced, before));

  const checked = new Set<string>();
  const matches: { match: PageMatch; order: number }[] = [];
  let exactMatches = 0;
  // Enough pages match once `limit` of them hold the query exactly as typed; pages that only
  // match it with other punctuation or spacing rank lower, so a few more are read to find exact ones.
  const enough = () => exactMatches >= limit || (matches.length >= limit && checked.size >= EXACT_BUDGET_PER_RESULT * limit);
  /** Checks candidates a batch at a time until enough pages match or `budget` pages were read. */
  const check = async (candidates: readonly Result[], budget = Infinity) => {
    const unread = candidates.filter((result) => !checked.has(result.id));
    const queue = [...unread.filter(({ id }) => preferred.has(id)), ...unread.filter(({ id }) => !preferred.has(id))].slice(0, budget);
    for (let at = 0; at < queue.length && !enough(); at += FRAGMENT_BATCH) {
      const batch = queue.slice(at, at + FRAGMENT_BATCH);
      for (const result of batch) checked.add(result.id);
      for (const analysed of await Promise.all(batch.map(page))) {
        const match = analysed && matchPage(analysed, variants, hitsPerPage);
        if (!match) continue;
        matches.push({ match, order: matches.length });
        if (match.exact) exactMatches++;
      }
    }
  };

  // Each term's word positions on each page tell which pages can hold the query.
  /** Pages holding at least `needed` of `terms` close enough together to be the query, densest first. */
  const nearby = async (terms: readonly string[], needed: number, span: number) => {
    const found = await Promise.all(terms.map(lookUp));
    const pages = new Map<string, { result: Result; density: number }>();
    for (const result of new Map(found.flatMap((byId) => [...byId])).values()) {
      const located = found.map((byId) => byId.get(result.id)).filter((hit) => hit !== undefined);
      if (located.length < needed) continue;
      // Without positions (an older Pagefind) a page cannot be ruled out.
      const density = located.every((hit) => hit.words) ? densestWindow(located.map((hit) => hit.words!), span) : located.length;
      if (density >= needed) pages.set(result.id, { result, density });
    }
    return pages;
  };

  // Strict queries lose no page that contains a variant as typed; the reader's own words first.
  const strict = new Map<string, Result>();
  for (const [index, plan] of plans.entries()) {
    if (!possible[index]) continue;
    for (const query of plan.strict) {
      const terms = query.split(' ');
      for (const { result } of (await nearby(terms, terms.length, querySpan(variants[index]!.spaced))).values()) {
        if (!strict.has(result.id)) strict.set(result.id, result);
      }
    }
  }
  await check([...strict.values()]);

  // Too few pages: also try pages matching most terms on their own (different punctuation).
  if (matches.length < limit) {
    const loose = new Map<string, { result: Result; share: number }>();
    for (const [index, plan] of plans.entries()) {
      if (plan.loose.length === 0) continue;
      const needed = Math.max(1, plan.loose.length - LOOSE_MISSING_TERMS);
      // A pair the site never writes finds no page: not looked up, it counts as one of the missing terms.
      const onSite = plan.loose.filter((term) => pairsOnSite(term, before));
      if (onSite.length < needed) continue;
      for (const [id, { result, density }] of await nearby(onSite, needed, querySpan(variants[index]!.spaced))) {
        const share = density / plan.loose.length;
        if (share > (loose.get(id)?.share ?? 0)) loose.set(id, { result, share });
      }
    }
    const ranked = [...loose.values()].sort((a, b) => b.share - a.share).map(({ result }) => result);
    await check(ranked, LOOSE_BUDGET_PER_RESULT * limit);
  }

  return matches
    .sort((a, b) => Number(b.match.exact) - Number(a.match.exact) || b.match.score - a.match.score || a.order - b.order)
    .slice(0, limit)
    .map(({ match }) => match);
}
