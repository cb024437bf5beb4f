/**
 * The exact tier of the search pipeline (stages 2 and 3 for a query taken as
 * a whole): Pagefind finds candidate pages from the query's character pairs
 * (terms.ts), and the exact scorer (match.ts) keeps only pages whose text
 * really contains a variant of the query, each hit at the section holding it.
 */
import { candidatePlan, type Segment } from './terms.ts';
import { matchPage, type AnalysedPage, type PageMatch } from './match.ts';
import type { QueryVariant } from './variants.ts';

export interface ExactTierContext<Result extends { id: string }> {
  pagefind: { search(term: string): Promise<{ results: Result[] } | null> };
  /** The page behind a Pagefind result, read once and cached by the engine. */
  page(result: Result): Promise<AnalysedPage | null>;
  segment: Segment;
  before: ReadonlyMap<string, string>;
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
export async function exactTier<Result extends { id: string }>(
  context: ExactTierContext<Result>,
  variants: readonly QueryVariant[],
): Promise<PageMatch[]> {
  const { pagefind, page, segment, before, limit, hitsPerPage } = context;
  const plans = variants.map((variant) => candidatePlan(variant.spaced, segment, before));

  const checked = new Set<string>();
  const matches: { match: PageMatch; order: number }[] = [];
  let exactMatches = 0;
  // Enough pages match once `limit` of them hold the query exactly as typed; pages that only
  // match it with other punctuation or spacing rank lower, so a few more are read to find exact ones.
  const enough = () => exactMatches >= limit || (matches.length >= limit && checked.size >= EXACT_BUDGET_PER_RESULT * limit);
  /** Checks candidates a batch at a time until enough pages match or `budget` pages were read. */
  const check = async (candidates: readonly Result[], budget = Infinity) => {
    const queue = candidates.filter((result) => !checked.has(result.id)).slice(0, budget);
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

  // Strict queries lose no page that contains a variant as typed; the reader's own words first.
  const strict = new Map<string, Result>();
  for (const plan of plans) {
    for (const term of plan.strict) {
      for (const result of (await pagefind.search(term))?.results ?? []) if (!strict.has(result.id)) strict.set(result.id, result);
    }
  }
  await check([...strict.values()]);

  // Too few pages: also try pages matching most terms on their own (different punctuation).
  if (matches.length < limit) {
    const loose = new Map<string, { result: Result; share: number }>();
    for (const plan of plans) {
      if (plan.loose.length === 0) continue;
      const counts = new Map<string, { result: Result; count: number }>();
      for (const term of plan.loose) {
        for (const result of (await pagefind.search(term))?.results ?? []) {
          const entry = counts.get(result.id) ?? { result, count: 0 };
          entry.count++;
          counts.set(result.id, entry);
        }
      }
      const needed = Math.max(1, plan.loose.length - LOOSE_MISSING_TERMS);
      for (const [id, { result, count }] of counts) {
        const share = count / plan.loose.length;
        if (count >= needed && share > (loose.get(id)?.share ?? 0)) loose.set(id, { result, share });
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
