/**
 * Where a line of Chinese may break. Browsers break between any two Han
 * characters, so phone-width headings split words （芝麻信用「先用 / 后付」）.
 * Under `word-break: keep-all` they break only where we say, with `<wbr>`:
 * between phrases found by BudouX (Google's phrase segmenter, Simplified-Chinese
 * model), never inside a word that Intl.Segmenter sees as one （BudouX cuts
 * 注意事项 as 注意 / 事 / 项）, inside a short 「label」， or inside a word the site
 * keeps together (src/config.ts). `<wbr>` adds no text: copying, search indexing
 * and screen readers read the words unchanged.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { siteConfig } from '../config';
import { escapeHtml } from './html';

const parser = loadDefaultSimplifiedChineseParser();
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
/** A quoted app label short enough to keep on one line （「立即开通」， 「先用后付」）. */
const QUOTED_LABEL = /「[^」]{1,8}」/g;

/** Offsets where the text may be cut by BudouX: the ends of its phrases. */
function phraseEnds(text: string): number[] {
  const ends: number[] = [];
  let offset = 0;
  for (const phrase of parser.parse(text)) ends.push((offset += phrase.length));
  return ends.slice(0, -1);
}

/** Spans [start, end) that must stay on one line. */
function unbreakableSpans(text: string, keepTogether: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const segment of words.segment(text)) spans.push([segment.index, segment.index + segment.segment.length]);
  for (const match of text.matchAll(QUOTED_LABEL)) spans.push([match.index, match.index + match[0].length]);
  for (const word of keepTogether) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) spans.push([at, at + word.length]);
  }
  return spans;
}

/**
 * Offsets (UTF-16) where a `<wbr>` lets the line break between phrases. None
 * beside a space (already a break) and none where neither side is Han.
 */
export function breakOpportunities(text: string, keepTogether: readonly string[] = siteConfig.keepTogether): number[] {
  if (!HAN.test(text)) return [];
  if (keepTogether !== siteConfig.keepTogether) return findOpportunities(text, keepTogether);
  // Every page repeats the navigation's and the footer's labels: each text is segmented once per build.
  let found = siteOpportunities.get(text);
  if (!found) siteOpportunities.set(text, (found = findOpportunities(text, keepTogether)));
  return [...found];
}

const siteOpportunities = new Map<string, number[]>();

function findOpportunities(text: string, keepTogether: readonly string[]): number[] {
  const spans = unbreakableSpans(text, keepTogether);
  return phraseEnds(text).filter((at) => {
    const before = text[at - 1]!;
    const after = text[at]!;
    if (/\s/.test(before) || /\s/.test(after)) return false;
    if (!HAN.test(before) && !HAN.test(after) && !/[「」，。：；！？（）、]/.test(before + after)) return false;
    return !spans.some(([start, end]) => start < at && at < end);
  });
}

/** The text cut into pieces at its break opportunities (joined back, they are the text). */
export function phrases(text: string, keepTogether?: readonly string[]): string[] {
  const cuts = [0, ...breakOpportunities(text, keepTogether), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
}

/** Escaped HTML of the text with `<wbr>` at each break opportunity. */
export function withWordBreaks(text: string): string {
  return phrases(text).map(escapeHtml).join('<wbr>');
}
