/**
 * The forms of a query worth looking for: the query itself (normalised and,
 * for traditional characters, simplified), the guide's own wording for
 * phrases readers use （芝麻分 → 芝麻信用分， 18岁 → 18周岁）, and the Chinese
 * that a pinyin query stands for. Every form is later checked against the
 * page text, so a variant can only ever add results that contain it.
 */
import { normalise } from './normalise.ts';
import { phraseRules } from './synonyms.ts';
import { createPinyinLexicon, pinyinToChinese, type PinyinLexicon } from './pinyin.ts';
import { decodeSounds, type SoundTable } from './sounds.ts';

/** Build-time tables written next to the Pagefind bundle (see build-data.ts). */
export interface VariantData {
  version: 2;
  /**
   * Pairs of characters: a traditional or variant form followed by the
   * simplified character the index uses （開开還还…）. Only characters that
   * occur in the index are listed, so the table stays small.
   */
  t2s: string;
  /** Toneless readings of every Han character in the index, ü written v: { 还： 'hai huan' }. */
  pinyin: Record<string, string>;
  /** Words and recurring phrases of the indexed text, the only Chinese pinyin can turn into. */
  words: string[];
  /**
   * For each Han character, the Han characters written directly before it
   * somewhere in the index ({ 务： '服义' }): a one-character query is searched
   * as those pairs too (see terms.ts).
   */
  before: Record<string, string>;
  /**
   * The readings of the common characters (GB 2312 level 1) that a site
   * character shares, encoded by sounds.ts. Lets slips.ts hear a character
   * the site never uses （副） as one it does （付）.
   */
  sounds?: SoundTable;
}

/** Variant data prepared for lookups. */
export interface QueryTables {
  t2s: ReadonlyMap<string, string>;
  pinyin: PinyinLexicon | null;
  before: ReadonlyMap<string, string>;
  /** The site's words and recurring phrases (the word tier splits queries into them). */
  vocabulary: ReadonlySet<string>;
  /** Readings of common characters that sound like a site character (from `sounds`). */
  sounds: ReadonlyMap<string, readonly string[]>;
}

export type VariantKind = 'literal' | 'synonym' | 'pinyin';

export interface QueryVariant {
  /** Normalised text to look for in the normalised page text. */
  text: string;
  /** The same with a space where the reader's query had spaces or punctuation (for terms.ts). */
  spaced: string;
  /**
   * For the reader's own query: its exact form (width, case and runs of
   * spaces folded, punctuation kept), so pages with exactly that text rank first.
   */
  exact?: string;
  kind: VariantKind;
  /** Relevance multiplier: the reader's own words count most. */
  weight: number;
}

/** Reader wording → the wording the guide uses (src/lib/search/synonyms.ts), on the normalised, simplified query. */
const SYNONYMS = phraseRules();

const MAX_VARIANTS = 16;
const MAX_QUERY_LENGTH = 64;

export const EMPTY_TABLES: QueryTables = { t2s: new Map(), pinyin: null, before: new Map(), vocabulary: new Set(), sounds: new Map() };

/** Parses the build-time tables; anything malformed yields no variants rather than an error. */
export function createQueryTables(data: unknown): QueryTables {
  if (!data || typeof data !== 'object' || (data as VariantData).version !== 2) return EMPTY_TABLES;
  const { t2s, pinyin, words, before, sounds } = data as VariantData;
  const map = new Map<string, string>();
  const pairs = typeof t2s === 'string' ? [...t2s] : [];
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  const lexicon = pinyin && Array.isArray(words) ? createPinyinLexicon(pinyin, words) : null;
  return {
    t2s: map,
    pinyin: lexicon,
    before: new Map(before && typeof before === 'object' ? Object.entries(before) : []),
    vocabulary: new Set(Array.isArray(words) ? words : []),
    sounds: decodeSounds(sounds),
  };
}

/** Text as written, only width, case and runs of whitespace folded. */
export function exactForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Replaces traditional and variant characters with the simplified ones the index uses. */
export function toSimplified(text: string, t2s: ReadonlyMap<string, string>): string {
  if (t2s.size === 0) return text;
  let out = '';
  for (const char of text) out += t2s.get(char) ?? char;
  return out;
}

/** The guide's wording for `text`, one variant per rule that applies. */
export function synonymsOf(text: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of SYNONYMS) {
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    const replaced = text.replace(pattern, replacement);
    if (replaced !== text && !out.includes(replaced)) out.push(replaced);
  }
  return out;
}

/** Every form of `query` to look for, best first. An empty list means nothing to search. */
export function expandQuery(query: string, tables: QueryTables = EMPTY_TABLES): QueryVariant[] {
  const typed = query.slice(0, MAX_QUERY_LENGTH * 4);
  const literal = toSimplified(normalise(typed).slice(0, MAX_QUERY_LENGTH), tables.t2s);
  const spaced = toSimplified(normalise(typed, { breaks: true }).slice(0, MAX_QUERY_LENGTH), tables.t2s);
  // Punctuation alone says nothing to look for.
  if (!/[\p{L}\p{N}]/u.test(literal)) return [];
  const variants = new Map<string, QueryVariant>();
  const add = (text: string, kind: VariantKind, weight: number, withBreaks = text) => {
    const existing = variants.get(text);
    if (!existing || existing.weight < weight) variants.set(text, { text, spaced: withBreaks, kind, weight });
  };
  add(literal, 'literal', 1, spaced);
  variants.get(literal)!.exact = exactForm(toSimplified(typed, tables.t2s));
  for (const text of synonymsOf(literal)) add(text, 'synonym', 0.9);
  if (tables.pinyin) {
    for (const candidate of pinyinToChinese(literal, tables.pinyin)) {
      const weight = candidate.kind === 'full' ? 0.8 : candidate.kind === 'initials' ? 0.7 : 0.6;
      add(candidate.text, 'pinyin', weight);
      for (const text of synonymsOf(candidate.text)) add(text, 'pinyin', weight * 0.9);
    }
  }
  return [...variants.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_VARIANTS);
}
