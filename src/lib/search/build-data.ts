/**
 * Build-time tables for query variants (see variants.ts), generated from the
 * text Pagefind indexes so they only cover what can actually be found:
 * - traditional/variant → simplified, for the Han characters in the index;
 * - toneless pinyin readings of those characters;
 * - the words and recurring phrases pinyin may turn into;
 * - the characters written before each character, and how the common characters sound (slips.ts).
 *
 * Node only (imported by the Pagefind integration, never by the engine): it
 * uses opencc-js and pinyin-pro, which must not reach the browser bundle.
 */
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { VariantData } from './variants.ts';
import { commonCharacters, encodeSounds } from './sounds.ts';

export interface IndexedText {
  /** Text of the indexed part of a page, one block (paragraph, heading, list item) per line. */
  text: string;
  /** Headings and title of the page. */
  headings: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /^\p{Script=Han}$/u;
/**
 * Ranges holding traditional and variant ideographs worth mapping. The
 * compatibility block (U+F900…) is left out: NFKC already folds it.
 */
const CJK_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];
/** OpenCC sources, most common first: Taiwan, Hong Kong, OpenCC's standard traditional. */
const TRADITIONAL_LOCALES = ['tw', 'hk', 't'] as const;
const MAX_PHRASE_WORDS = 4;
const MAX_PHRASE_CHARS = 8;
/** Recurring phrases kept, most frequent first: bounds the table on large sites. */
const MAX_PHRASES = 1500;

/** Traditional or variant character → simplified character, limited to characters in `indexed`. */
export function traditionalMap(indexed: ReadonlySet<string>): Map<string, string> {
  const candidates: string[] = [];
  for (const [from, to] of CJK_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      // Never rewrite a character the site itself uses.
      if (!indexed.has(char)) candidates.push(char);
    }
  }
  const map = new Map<string, string>();
  for (const locale of TRADITIONAL_LOCALES) {
    const convert = Converter({ from: locale, to: 'cn' });
    // One character per line: OpenCC phrase rules cannot reach across lines.
    const converted = convert(candidates.join('\n')).split('\n');
    if (converted.length !== candidates.length) throw new Error(`OpenCC ${locale}→cn changed the line count`);
    converted.forEach((simplified, i) => {
      const source = candidates[i]!;
      if (simplified !== source && indexed.has(simplified) && !map.has(source)) map.set(source, simplified);
    });
  }
  return map;
}

/** Toneless readings (ü as v) of each character, all readings for characters with several. */
export function pinyinReadings(chars: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const char of [...chars].sort()) {
    const readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[];
    const clean = [...new Set(readings.map((reading) => reading.toLowerCase()).filter((reading) => /^[a-z]+$/.test(reading)))];
    if (clean.length > 0) out[char] = clean.join(' ');
  }
  return out;
}

/**
 * Words (as the browser segments them) plus phrases of up to four words that
 * recur in the text or make up a heading: 先用后付， 芝麻信用分， 立即开通.
 */
export function lexicon(pages: readonly IndexedText[], segment: (text: string) => string[]): string[] {
  const words = new Set<string>();
  const phraseCounts = new Map<string, number>();
  const headingRuns = new Set<string>();
  for (const page of pages) {
    for (const heading of page.headings) for (const [run] of heading.matchAll(HAN_RUN)) headingRuns.add(run);
    for (const [run] of page.text.matchAll(HAN_RUN)) {
      const parts = segment(run);
      for (const part of parts) words.add(part);
      for (let i = 0; i < parts.length; i++) {
        let phrase = parts[i]!;
        for (let j = i + 1; j < Math.min(parts.length, i + MAX_PHRASE_WORDS); j++) {
          phrase += parts[j]!;
          if ([...phrase].length > MAX_PHRASE_CHARS) break;
          phraseCounts.set(phrase, (phraseCounts.get(phrase) ?? 0) + 1);
        }
      }
    }
  }
  const recurring = [...phraseCounts]
    .filter(([, count]) => count >= 2)
    .sort(([a, countA], [b, countB]) => countB - countA || b.length - a.length || (a < b ? -1 : 1))
    .slice(0, MAX_PHRASES);
  for (const [phrase] of recurring) words.add(phrase);
  for (const [phrase] of phraseCounts) if (headingRuns.has(phrase)) words.add(phrase);
  for (const run of headingRuns) if ([...run].length <= MAX_PHRASE_CHARS) words.add(run);
  return [...words].sort();
}

/** Word segments of a Han run as Intl.Segmenter sees them (the browser's view of words). */
export function intlWords(locale = 'zh-CN'): (text: string) => string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].map((part) => part.segment);
}

/** For each Han character, the Han characters directly before it anywhere in the text. */
export function predecessors(pages: readonly IndexedText[]): Record<string, string> {
  const before = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [run] of page.text.matchAll(HAN_RUN)) {
      const chars = [...run];
      for (let i = 1; i < chars.length; i++) {
        const set = before.get(chars[i]!) ?? new Set<string>();
        set.add(chars[i - 1]!);
        before.set(chars[i]!, set);
      }
    }
  }
  return Object.fromEntries([...before].sort(([a], [b]) => (a < b ? -1 : 1)).map(([char, set]) => [char, [...set].sort().join('')]));
}

/** All build-time variant tables for the indexed pages. */
export function buildVariantData(pages: readonly IndexedText[]): VariantData {
  const chars = new Set<string>();
  for (const page of pages) for (const char of page.text + page.headings.join('')) if (HAN.test(char)) chars.add(char);
  const t2s = [...traditionalMap(chars)].map(([from, to]) => from + to).join('');
  const readings = pinyinReadings(chars);
  const siteReadings = new Set(Object.values(readings).flatMap((list) => list.split(' ')));
  const sounds = encodeSounds(pinyinReadings(commonCharacters()), siteReadings);
  return { version: 2, t2s, pinyin: readings, words: lexicon(pages, intlWords()), before: predecessors(pages), sounds };
}
