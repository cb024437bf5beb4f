/**
 * Text normalisation shared by the query and the page text, so that what a
 * reader types matches what the page says regardless of width, case, spacing
 * and punctuation:
 *
 * - NFKC folds full-width letters and digits (ＡＰＰ, １８) and the ideographic
 *   space into their ordinary forms;
 * - case is folded;
 * - whitespace, brackets, quotes, dashes and symbols are dropped （「我的」
 *   matches 我的， and 年满18周岁 matches 年满 18 周岁）, except that one space is
 *   kept between two runs of letters or digits, so `app 18` never matches `app18`;
 * - sentence punctuation (。，、；：！？ and their ASCII forms) becomes one
 *   break mark, so a query never runs across the end of a clause （作选 is not
 *   in 工作。选择）; an ASCII full stop followed by a space, which is how
 *   Pagefind ends a heading or other block in its text, becomes a paragraph
 *   mark that no typed punctuation matches;
 * - invisible format characters (zero-width space, joiners) are ignored.
 *
 * The page side keeps a map from every normalised UTF-16 unit back to the
 * original text, so a match can be highlighted and placed under its heading.
 */

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the source where its character starts. */
  start: number[];
  /** For each UTF-16 unit of `text`, the offset in the source just after its character. */
  end: number[];
}

/** What sentence punctuation (after NFKC) becomes in normalised text. */
export const BREAK = '。';
/** What `. ` (the end of a block in Pagefind's text) becomes; never produced by a typed query alone. */
export const PARAGRAPH = '\u2029';
const HARD_BREAK = /^[。｡.,、;:!?…‥·・]$/u;
const SEPARATOR = /^[\s\p{P}\p{S}]$/u;
const INVISIBLE = /^\p{Cf}$/u;
const HAN = /^\p{Script=Han}$/u;
/** Letters and digits of scripts that separate words with spaces (not Han or kana). */
const WORD_CHAR = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;

/** True for a single Han ideograph (simplified or traditional). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** True for a letter or digit of a space-separated script (Latin, digits, …). */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

/**
 * Normalises `source` and maps each normalised unit back to its source offsets.
 * With `breaks`, every run of dropped separators becomes one space instead, so
 * the caller still knows where the text was split (see terms.ts).
 */
export function normaliseWithMap(source: string, options: { breaks?: boolean } = {}): NormalisedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let gap = false;
  let previous = '';
  for (let offset = 0; offset < source.length; ) {
    const char = String.fromCodePoint(source.codePointAt(offset)!);
    const next = offset + char.length;
    // One source character can fold into several (NFKC of ㎡ is m2, of ① is 1).
    for (const folded of char.normalize('NFKC').toLowerCase()) {
      if (INVISIBLE.test(folded)) continue;
      if (HARD_BREAK.test(folded) && !options.breaks) {
        const mark = folded === '.' && /\s/.test(source[next] ?? '') ? PARAGRAPH : BREAK;
        if (previous === BREAK || previous === PARAGRAPH) {
          // Runs of punctuation are one mark; a paragraph end wins over a plain break.
          if (mark === PARAGRAPH && previous === BREAK) text = `${text.slice(0, -1)}${PARAGRAPH}`;
        } else {
          text += mark;
          start.push(offset);
          end.push(next);
        }
        previous = text[text.length - 1]!;
        gap = false;
        continue;
      }
      if (SEPARATOR.test(folded)) {
        gap = true;
        continue;
      }
      if (gap && isWordChar(previous) && isWordChar(folded)) {
        text += ' ';
        start.push(offset);
        end.push(offset);
      } else if (gap && options.breaks && previous) {
        text += ' ';
        start.push(offset);
        end.push(offset);
      }
      gap = false;
      previous = folded;
      text += folded;
      for (let unit = 0; unit < folded.length; unit++) {
        start.push(offset);
        end.push(next);
      }
    }
    offset = next;
  }
  return { text, start, end };
}

/** The normalised form of a query or any other text, without the offset map. */
export function normalise(source: string, options: { breaks?: boolean } = {}): string {
  return normaliseWithMap(source, options).text;
}
