/**
 * Stage 1 of the search pipeline: what the reader asked.
 *
 * - slips of the input method are corrected (slips.ts), and the correction is
 *   reported so the UI can say so;
 * - the exact tier gets the query's variants (variants.ts);
 * - the word tier gets the query's words: the browser's word segments, merged
 *   into the site's own words and phrases (the build-time vocabulary), with
 *   question and filler words dropped （怎么， 吗， 什么 …） and each word's
 *   wording on the site added from the reader-synonym table (synonyms.ts).
 */
import { isHan, normalise } from './normalise.ts';
import { correctSlips, isSitePair, type SlipTables } from './slips.ts';
import { conceptWords } from './concepts.ts';
import { chineseNumbers, MY_TAB, MY_TAB_CONTEXT, NUMBER_RULES, siteWordsFor } from './synonyms.ts';
import type { Segment } from './terms.ts';
import { expandQuery, toSimplified, type QueryTables, type QueryVariant } from './variants.ts';

/**
 * Words that make a question a question. Dropped from the word tier unless
 * nothing else is left; a phrase that includes them （先用后付是什么） is still
 * found whole by the exact tier.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    '怎么 怎么样 怎样 如何 咋 咋样 为什么 为啥 啥 什么 什么样 哪 哪个 哪些 哪种 多少 几 吗 呢 吧 啊 呀 嘛 啦 么 ' +
    '能 能不能 可以 可不可以 能否 会 会不会 是不是 是否 有没有 需要 需不需要 要 得 该 应该 才 才能 就 请问 请 ' +
    '我 我们 你 自己 的 了 是 有 在 和 与 及 还是 或者 一下 一个 这个 那个 这 那 时候 时 办 怎么办 如果 不够 够 不 没 没有 到底 具体 ' +
    '叫 回事 怎么回事 一回事 里 上 一共 必须 用 ' +
    // Spoken filler and politeness: voice input wraps a question in them, and they say nothing about it.
    '嗯 哎 唉 哦 喔 呃 诶 哈 呗 麻烦 麻烦你 请问一下 问一下 问下 问问 想问 想问问 我想 想知道 知道 了解 了解一下 帮我 帮忙 告诉我 你好 您好 ' +
    '就是 就是说 那么 然后呢 其实 反正 还有 比较 大概 一些 些 这样 那样 的话 啥的 之类 好像 现在 刚刚 刚才'
  ).split(' '),
);

export interface QueryTerm {
  /** The word as the reader wrote it (normalised). */
  text: string;
  /** What to look for on the pages: the word itself and the guide's words for it. */
  forms: string[];
  /** A question word pointing at a kind of answer: helps ranking, never required. */
  hint: boolean;
  /** A hint that never changes what the question is about: a lone character, or asking what something is. */
  weak?: true;
}

export interface AnalysedQuery {
  /** The normalised, simplified query. */
  text: string;
  /** The query with input-method slips corrected, or null when there were none. */
  corrected: string | null;
  /** Exact-tier variants of the (corrected) query. */
  variants: QueryVariant[];
  /** Word-tier terms, in query order. */
  terms: QueryTerm[];
  /** Filler words dropped from the word tier. */
  dropped: string[];
  /** Every word of the (corrected) query in order, filler included. */
  words: string[];
}

const LONGEST_WORD = 8;

/** Splits a run of Han characters into the site's words: browser segments, merged where the site has the longer word. */
export function siteWords(run: string, segment: Segment, vocabulary: ReadonlySet<string>): string[] {
  const pieces = segment(run);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let end = i + 1;
    let joined = pieces[i]!;
    for (let j = i + 1, text = joined; j < pieces.length && [...text].length < LONGEST_WORD; j++) {
      text += pieces[j]!;
      const known = vocabulary.has(text) && !pieces.slice(i, j + 1).some((piece) => FILLER_WORDS.has(piece));
      if (known || siteWordsFor(text)) [joined, end] = [text, j + 1];
    }
    out.push(joined);
    i = end;
  }
  return out;
}

function applyRules(text: string): string {
  let out = chineseNumbers(text);
  for (const [pattern, replacement] of NUMBER_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** 我的 as the reader's "my" （我的信用分够不够）, not the app's tab （我的在哪）: followed by a word that is not about the tab. */
function isMy(word: string, next: string | undefined): boolean {
  return word === MY_TAB && next !== undefined && !MY_TAB_CONTEXT.has(next) && !FILLER_WORDS.has(next) && !siteWordsFor(next)?.hint;
}

/** The words of a normalised query in order, filler included: the site's words, step numbers, Latin runs. */
export function queryWords(text: string, segment: Segment, vocabulary: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const [run] of applyRules(normalise(text, { breaks: true })).matchAll(/第\d+步|\p{Script=Han}+|[\p{N}\p{Script=Latin}]+/gu)) {
    if (/^第\d+步$/.test(run)) words.push(run);
    else if (isHan(String.fromCodePoint(run.codePointAt(0)!))) words.push(...siteWords(run, segment, vocabulary));
    else words.push(run);
  }
  return words;
}

/**
 * A word with the filler around it taken off, when what is left is a word of its own （要注意 → 注意，
 * 到底是 → 是， 我有 → 有）: what the reader asks about. A filler word itself stays whole （能不能 is not 不能）,
 * and a word of the guide loses only filler in front of another （我的 stays）.
 */
function withoutFiller(word: string, vocabulary: ReadonlySet<string>): string {
  if (FILLER_WORDS.has(word) || siteWordsFor(word)) return word;
  const known = vocabulary.has(word);
  const length = word.length;
  for (let cut = Math.min(3, length - 1); cut >= 1; cut--) {
    const rest = word.slice(cut);
    if (!FILLER_WORDS.has(word.slice(0, cut))) continue;
    if (rest.length >= 2 && vocabulary.has(rest)) return rest;
    if (!known && FILLER_WORDS.has(rest)) return rest;
  }
  for (let cut = Math.min(3, length - 1); cut >= 1 && !known; cut--) {
    const rest = word.slice(0, length - cut);
    if (FILLER_WORDS.has(word.slice(length - cut)) && ((rest.length >= 2 && vocabulary.has(rest)) || FILLER_WORDS.has(rest))) return rest;
  }
  return word;
}

/**
 * Lone characters in a row that the site never writes as words of their own, nor next to each other, are one
 * word it does not know （解约， 免息期， 京东白条: the segmenter split them because it did not know them either）.
 */
function joinUnknown(words: readonly string[], vocabulary: ReadonlySet<string>, before: ReadonlyMap<string, string>): string[] {
  const leftover = (word: string) => [...word].length === 1 && isHan(word) && !vocabulary.has(word) && !FILLER_WORDS.has(word) && !siteWordsFor(word);
  const out: string[] = [];
  let run = false;
  for (const word of words) {
    const last = out.at(-1);
    const joins: boolean = before.size > 0 && last !== undefined && leftover(word) && (run || leftover(last)) && !isSitePair(last.slice(-1), word, before);
    if (joins) out[out.length - 1] = last + word;
    else out.push(word);
    run = joins || leftover(word);
  }
  return out;
}

/** Either half of an A-not-A question （要 不要， 好 不好， 有 没有）: it only asks whether. */
function isAskingWhether(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  const negated = (text: string | undefined, of: string) => text === `不${of}` || text === `没${of}`;
  return negated(words[index + 1], word) || (/^[不没]/.test(word) && words[index - 1] === word.slice(1));
}

/** Word-tier terms of a query's words; with the site's character pairs, unknown words split into characters are joined again. */
export function queryTerms(
  segmentedWords: readonly string[],
  vocabulary: ReadonlySet<string>,
  before: ReadonlyMap<string, string> = new Map(),
): { terms: QueryTerm[]; dropped: string[] } {
  const words = joinUnknown(segmentedWords, vocabulary, before);
  const terms: QueryTerm[] = [];
  const dropped: string[] = [];
  for (const [index, segmented] of words.entries()) {
    if (isMy(segmented, words[index + 1]) || isAskingWhether(words, index)) {
      dropped.push(segmented);
      continue;
    }
    const word = withoutFiller(segmented, vocabulary);
    const synonyms = siteWordsFor(word);
    if (synonyms?.hint) terms.push({ text: word, forms: [...synonyms.words], hint: true });
    else if (FILLER_WORDS.has(word)) dropped.push(word);
    // A one-character reader word （开， 还） stands for the guide's word; as itself it would match everywhere.
    else if (synonyms && [...word].length === 1) terms.push({ text: word, forms: [...synonyms.words], hint: false });
    // A word the guide never uses stands for the sections whose ideas it is like （黑名单 → 逾期）.
    else if (!synonyms && !vocabulary.has(word)) terms.push({ text: word, forms: [word, ...conceptWords(word, vocabulary)], hint: false });
    else terms.push({ text: word, forms: [...new Set([word, ...(synonyms?.words ?? [])])], hint: false });
  }
  // Beside a word of two characters or more, a lone character （个， 给， 太） is what the segmenter left over, and only nudges.
  const plainCharacter = (term: QueryTerm) => !term.hint && [...term.text].length === 1 && term.forms.length === 1 && term.forms[0] === term.text;
  if (terms.some((term) => !term.hint && !plainCharacter(term))) {
    for (const term of terms) if (plainCharacter(term)) Object.assign(term, { hint: true, weak: true });
  }
  // Asking what something is （先用后付是个啥， …是干嘛的）: 是 with nothing after it but question words and leftovers.
  const last = words.lastIndexOf('是');
  const asked = words.slice(last + 1);
  if (last > 0 && asked.some((word) => !FILLER_WORDS.has(word)) && asked.every((word) => FILLER_WORDS.has(word) || [...word].length === 1)) {
    terms.push({ text: '是什么', forms: [...(siteWordsFor('什么是')?.words ?? [])], hint: true, weak: true });
  }
  // Nothing but question words: they are the content after all.
  if (!terms.some((term) => !term.hint) && dropped.length > 0) {
    return { terms: [...terms, ...dropped.map((word) => ({ text: word, forms: [word], hint: false }))], dropped: [] };
  }
  const seen = new Set<string>();
  return { terms: terms.filter((term) => !seen.has(term.text) && seen.add(term.text)), dropped };
}

/** The one word a question comes down to when the rest only nudges （先用后付是个啥）, or null. */
export function onlyWord(terms: readonly QueryTerm[]): QueryTerm | null {
  const required = terms.filter((term) => !term.hint);
  return required.length === 1 && terms.every((term) => !term.hint || term.weak) ? required[0]! : null;
}

/** True when a leftover character is one the site never writes （花 of 花呗）: something the guide does not cover. */
export function hasUnknownCharacter(terms: readonly QueryTerm[], siteReadings: ReadonlyMap<string, unknown> | undefined): boolean {
  return terms.some((term) => term.weak && [...term.text].length === 1 && !siteReadings?.has(term.text));
}

/** True for a word the guide uses, or a reader word the synonym table maps to one (question words aside). */
export function isGuideWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  return vocabulary.has(word) || siteWordsFor(word)?.hint === false;
}

/** Slip-correction tables prepared from the query tables. */
export function slipTables(tables: QueryTables): SlipTables {
  return { readings: tables.pinyin?.readings ?? new Map(), sounds: tables.sounds, before: tables.before };
}

/**
 * The characters of a query's question, filler and synonym words of two characters or more （意思， 咋整）: readers
 * type those on purpose, so they are never taken for slips (and never make a search fetch the sound table). A
 * lone character （点） may still be one: 应用商点.
 */
export function readerWordChars(words: readonly string[]): Set<string> {
  return new Set(words.filter((word) => [...word].length > 1 && (FILLER_WORDS.has(word) || siteWordsFor(word))).flatMap((word) => [...word]));
}

/** Analyses a query; with `slips`, input-method slips are corrected first. */
export function analyseQuery(query: string, tables: QueryTables, segment: Segment, slips: SlipTables | null = null): AnalysedQuery {
  const text = toSimplified(normalise(query), tables.t2s);
  const fixed = slips ? correctSlips(text, slips, readerWordChars(queryWords(text, segment, tables.vocabulary))) : text;
  const corrected = fixed !== text ? fixed : null;
  const effective = corrected ?? query;
  const words = queryWords(toSimplified(effective, tables.t2s), segment, tables.vocabulary);
  const { terms, dropped } = queryTerms(words, tables.vocabulary, tables.before);
  return { text, corrected, variants: expandQuery(effective, tables), terms, dropped, words };
}
