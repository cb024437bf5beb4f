/**
 * Turns a normalised query into Pagefind queries that together find every
 * page containing it (high recall), leaving precision to the containment
 * check in match.ts.
 *
 * Why not pass the query through: Pagefind re-splits it with Intl.Segmenter
 * and needs every piece to be the start of an indexed word. Pieces the
 * browser's dictionary does not know fall apart into single characters that
 * match almost everywhere, and pieces that start inside an indexed word
 * match nothing.
 *
 * What Pagefind 1.6 (pinned) indexes for Chinese, as measured on this site:
 * each segmented word plus every pair of adjacent Han characters, whether the
 * pair lies inside a word or straddles two (pairs never span punctuation or
 * spaces). So each adjacent pair in the query is an indexed word on every
 * page containing the query, and Pagefind's prefix match finds it. The strict
 * query sends those pairs (Pagefind ANDs its terms), made safe against
 * re-segmentation: a pair the segmenter would split is replaced by its first
 * character, still a prefix of the indexed pair. tests/search checks the
 * premise on the real index and on a generated site.
 */
import { isHan, isWordChar } from './normalise.ts';

export type Segment = (text: string) => string[];

/** Splits text the way Pagefind's browser code does for zh-CN before searching. */
export function browserSegmenter(locale = 'zh-CN'): Segment {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter === 'undefined') return (text) => text.split(/\s+/).filter(Boolean);
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) =>
    [...segmenter.segment(text)].map((part) => part.segment.toLowerCase()).filter((segment) => !/^\s*$/.test(segment));
}

interface Run {
  text: string;
  han: boolean;
  /** True when something precedes the run in the query, so on the page it starts a word. */
  preceded: boolean;
}

/** Splits a query into runs of Han characters and runs of word characters; spaces end runs. */
function runs(query: string): Run[] {
  const out: Run[] = [];
  let current: Run | null = null;
  for (const char of query) {
    const han = isHan(char);
    if (!han && !isWordChar(char)) {
      current = null;
      continue;
    }
    if (current && current.han === han) current.text += char;
    else {
      current = { text: char, han, preceded: out.length > 0 };
      out.push(current);
    }
  }
  return out;
}

export interface CandidatePlan {
  /**
   * Pagefind queries whose results together include every page containing
   * the query as typed, spaces and punctuation included.
   */
  strict: string[];
  /**
   * Single-term queries for pages holding the query with different
   * punctuation （进入我的页面 for 进入「我的」页面， where the pairs 入我 and
   * 的页 are not indexed）: a page qualifies by matching most of them.
   */
  loose: string[];
}

/**
 * Pagefind lookups per query. Each term costs a search over the whole index
 * and, on a large site, an index chunk of its own (about 20 KB at +1000
 * pages); any subset of a query's pairs still finds every page holding it, so
 * a long query sends a few pairs spread over its length.
 */
const MAX_TERMS = 5;

/** `count` items spread evenly over `items`, first and last included, in order. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, Math.max(0, count));
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}
const MAX_PAIRS_FOR_ONE_CHARACTER = 64;

/**
 * Plans the Pagefind queries for a normalised query whose spaces mark where
 * the reader separated words (`QueryVariant.spaced`). `before` lists, for a
 * Han character, the characters preceding it in the index: a lone character
 * may sit at the end of an indexed word, where only those pairs find it.
 */
export function candidatePlan(spaced: string, segment: Segment = browserSegmenter(), before?: ReadonlyMap<string, string>): CandidatePlan {
  const keepsWhole = (term: string) => {
    const parts = segment(term);
    return parts.length === 1 && parts[0] === term;
  };
  const safe: string[] = [];
  const unsafe: string[] = [];
  for (const run of runs(spaced)) {
    const chars = [...run.text];
    if (run.han && chars.length >= 2) {
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        safe.push(keepsWhole(pair) ? pair : chars[i]!);
      }
    } else if (run.preceded && keepsWhole(run.text)) {
      // After a space or another script the run starts a word on the page too.
      safe.push(run.text);
    } else if (keepsWhole(run.text)) {
      // A leading lone character or word may be the tail of a longer indexed word.
      unsafe.push(run.text);
    }
  }
  // Pairs say more than single characters: keep those, spread over the query, when it is long.
  const unique = [...new Set(safe)];
  const pairs = unique.filter((term) => [...term].length > 1);
  const terms = pairs.length >= MAX_TERMS ? spread(pairs, MAX_TERMS) : [...pairs, ...spread(unique.filter((term) => [...term].length === 1), MAX_TERMS - pairs.length)];
  if (terms.length > 0) return { strict: [terms.join(' ')], loose: terms.length > 1 ? terms : [] };

  const lone = unsafe.length === 1 && isHan(unsafe[0]!) ? unsafe[0]! : null;
  if (lone) {
    // The character itself finds it where it starts a word or a pair; the pairs ending in it find the rest.
    const pairs = [...(before?.get(lone) ?? '')].map((char) => char + lone).filter(keepsWhole);
    return { strict: [lone, ...pairs.slice(0, MAX_PAIRS_FOR_ONE_CHARACTER)], loose: [] };
  }
  return { strict: unsafe.length > 0 ? [unsafe.join(' ')] : [], loose: [] };
}
