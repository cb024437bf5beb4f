/**
 * Where a page's matched words sit, before its text is fetched. Pagefind
 * returns, with each result, the word positions of the term on that page; a
 * page that holds a query of n characters holds all its terms within about n
 * word positions of each other. Pages whose terms lie only far apart cannot
 * hold the query, so the exact tier never fetches their text: that keeps the
 * first search's bytes and time flat as the site grows.
 */

/**
 * Word positions a contiguous query can span: at most one word per character,
 * plus the punctuation and spaces a page may set between them (「我的」).
 */
export function querySpan(query: string): number {
  return 2 * [...query.replace(/\s+/g, '')].length + 4;
}

/**
 * The most distinct terms that occur within `span` word positions of each
 * other on one page. `locations[t]` holds the sorted positions of term t.
 */
export function densestWindow(locations: readonly (readonly number[])[], span: number): number {
  const events = locations.flatMap((positions, term) => positions.map((position) => ({ position, term }))).sort((a, b) => a.position - b.position);
  const inWindow = new Array<number>(locations.length).fill(0);
  let distinct = 0;
  let best = 0;
  let left = 0;
  for (const event of events) {
    if (inWindow[event.term]!++ === 0) distinct++;
    while (event.position - events[left]!.position > span) {
      if (--inWindow[events[left]!.term]! === 0) distinct--;
      left++;
    }
    best = Math.max(best, distinct);
  }
  return best;
}
