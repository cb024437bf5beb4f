/**
 * Pagefind lookups of single terms, shared by every stage and every search
 * of one engine. A search over the index runs in Pagefind's WebAssembly for
 * every page holding the term, which on a large site is most of a query's
 * time; readers type as the results come (先, 先用, 先用后 …) and a question's
 * words repeat its pairs, so each term is looked up once. Several terms
 * together are the pages holding all of them, as Pagefind would AND them.
 */
export interface Searchable<Result> {
  search(term: string): Promise<{ results: Result[] } | null>;
}

export type LookUp<Result> = (term: string) => Promise<ReadonlyMap<string, Result>>;

/** Terms kept: a few dozen searches' worth, so memory stays small on a long visit. */
const CAPACITY = 256;

export function termLookups<Result extends { id: string }>(pagefind: Searchable<Result>, capacity = CAPACITY): LookUp<Result> {
  const cached = new Map<string, Promise<ReadonlyMap<string, Result>>>();
  return (term) => {
    let found = cached.get(term);
    if (found) {
      // Most recently used last: the first key is the one to drop.
      cached.delete(term);
    } else {
      const searched = pagefind.search(term).then((response) => new Map((response?.results ?? []).map((result) => [result.id, result])));
      // A failed lookup is not kept: the next search tries again.
      searched.catch(() => {
        if (cached.get(term) === searched) cached.delete(term);
      });
      found = searched;
    }
    cached.set(term, found);
    if (cached.size > capacity) cached.delete(cached.keys().next().value!);
    return found;
  };
}

/** Pages holding every term, each with the first term's result. */
export async function lookUpAll<Result>(lookUp: LookUp<Result>, terms: readonly string[]): Promise<Map<string, Result>> {
  const [first, ...rest] = await Promise.all(terms.map(lookUp));
  if (!first) return new Map();
  return new Map([...first].filter(([id]) => rest.every((found) => found.has(id))));
}
