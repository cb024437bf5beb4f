/**
 * What 「朗读」 says, cut into utterances: one per sentence, because Chrome stops an utterance after
 * about 15 s and Chrome Android fires no word `boundary` events, so the UI can only highlight a
 * whole utterance (NOTES.md, "Care mode and speech").
 */

/** Longest utterance in characters: about 13 s of Mandarin at the normal rate. */
export const MAX_UTTERANCE_CHARS = 60;

/** `[start, end)` in UTF-16 code units of a block's text, as DOM ranges count. */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem';

/** One block of a page region, in reading order, with its text as the DOM gives it. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

/** One utterance of the plan: what to say, and where it sits for highlighting. */
export interface PlannedSentence extends Span {
  /** Index of the block in the list given to planUtterances. */
  block: number;
  /** The words to speak, whitespace collapsed. */
  text: string;
}

const FULL_STOP = /[。！？；]/;
const ANY_STOP = /[。！？；!?;]/;
/** ASCII forms end a sentence only before space or the end: `1;2` and `a?b` in a URL do not. */
const ASCII_STOP = /[!?;]/;
/** Closing quotes and brackets stay with the sentence they close: 「点击「确定」。」 */
const CLOSER = /[」』）”’】》)\]"']/;
/** Where a sentence too long for one utterance may be cut. */
const SOFT_BREAK = /[，、：]/;
const SPACE = /\s/;
/** A piece with no letter or digit (a stray 「。」 or 「……」) is not worth an utterance. */
const SPEAKABLE = /[\p{L}\p{N}]/u;

const at = (text: string, i: number) => text.charAt(i);

/** The span without its leading and trailing whitespace, or null when nothing speakable is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && SPACE.test(at(text, start))) start++;
  while (end > start && SPACE.test(at(text, end - 1))) end--;
  return SPEAKABLE.test(text.slice(start, end)) ? { start, end } : null;
}

/** Cuts a span with no soft break either at its last space within the limit, or at the limit. */
function hardCut(text: string, span: Span): Span[] {
  const spans: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_UTTERANCE_CHARS) {
    let cut = start + MAX_UTTERANCE_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > start) cut = space;
    // Never split a surrogate pair (a rare Han character outside the BMP).
    else if (/[\uD800-\uDBFF]/.test(at(text, cut - 1))) cut--;
    spans.push({ start, end: cut });
    start = cut;
  }
  spans.push({ start, end: span.end });
  return spans;
}

/** A sentence over the limit: cut after ，、： into pieces as long as fit, so the voice pauses where a reader would. */
function splitLong(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!SOFT_BREAK.test(at(text, i))) continue;
    pieces.push({ start: from, end: i + 1 });
    from = i + 1;
  }
  if (from < span.end) pieces.push({ start: from, end: span.end });
  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece.end - last.start <= MAX_UTTERANCE_CHARS) last.end = piece.end;
    else merged.push(piece);
  }
  const spans: Span[] = [];
  for (const piece of merged) {
    for (const cut of hardCut(text, piece)) {
      const span = trimmed(text, cut.start, cut.end);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/** Where each sentence of `text` sits in it: the offsets behind splitSentences. */
export function sentenceSpans(text: string): Span[] {
  const sentences: Span[] = [];
  const add = (start: number, end: number) => {
    const span = trimmed(text, start, end);
    if (!span) return;
    if (span.end - span.start > MAX_UTTERANCE_CHARS) sentences.push(...splitLong(text, span));
    else sentences.push(span);
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = at(text, i);
    const full = FULL_STOP.test(char);
    if (!full && !ASCII_STOP.test(char)) continue;
    // 「真的吗？！」: the whole run of stops and closers ends the sentence.
    let end = i + 1;
    while (end < text.length && (ANY_STOP.test(at(text, end)) || CLOSER.test(at(text, end)))) end++;
    if (!full && end < text.length && !SPACE.test(at(text, end))) continue;
    add(start, end);
    start = end;
    i = end - 1;
  }
  add(start, text.length);
  return sentences;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Chinese text as sentences, one utterance each; none longer than MAX_UTTERANCE_CHARS. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => collapse(text.slice(span.start, span.end)));
}

/**
 * The utterances for a page region. A heading or list item is read whole, as its own utterance
 * (「第 3 步：点击「信用服务」」), unless it is too long for one; paragraphs are read sentence by sentence.
 * No utterance spans two blocks, so the UI can wrap each one inside its block.
 */
export function planUtterances(blocks: readonly TextBlock[]): PlannedSentence[] {
  const plan: PlannedSentence[] = [];
  blocks.forEach((block, index) => {
    const whole = block.kind !== 'paragraph' ? trimmed(block.text, 0, block.text.length) : null;
    const spans = whole && whole.end - whole.start <= MAX_UTTERANCE_CHARS ? [whole] : sentenceSpans(block.text);
    for (const span of spans) {
      plan.push({ block: index, start: span.start, end: span.end, text: collapse(block.text.slice(span.start, span.end)) });
    }
  });
  return plan;
}
