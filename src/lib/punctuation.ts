/**
 * Chinese text takes full-width punctuation (，：；！？（）): an ASCII `,` or `(`
 * beside a Han character is a mistake a Chinese reader sees at once. Finds those
 * in plain text, and in MDX source once code, link targets and markup are masked.
 */

const HAN = /\p{Script=Han}/u;
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

export interface PunctuationMistake {
  /** 1-based line and column in the text checked. */
  line: number;
  column: number;
  found: string;
  fix: string;
  /** The text around the mistake, for the message. */
  context: string;
}

/** Any of the characters above: most lines of Chinese text hold none, and are skipped whole. */
const ASCII_PUNCTUATION = new RegExp(`[${Object.keys(FULL_WIDTH).join('')}]`);

const isHan = (char: string | undefined) => char !== undefined && HAN.test(char);

/** Index of the bracket matching the one at `index` on the same line, or -1. */
function matchingBracket(line: string, index: number): number {
  const [open, close, step] = line[index] === '(' ? ['(', ')', 1] : [')', '(', -1];
  let depth = 0;
  for (let i = index; i >= 0 && i < line.length; i += step) {
    if (line[i] === open) depth++;
    else if (line[i] === close && --depth === 0) return i;
  }
  return -1;
}

/** ASCII `, : ; ! ? ( )` next to a Han character; a bracket also counts when its partner does. */
export function findAsciiPunctuation(text: string): PunctuationMistake[] {
  const mistakes: PunctuationMistake[] = [];
  text.split('\n').forEach((line, lineIndex) => {
    if (!ASCII_PUNCTUATION.test(line)) return;
    const chars = [...line];
    const besideHan = (i: number) => isHan(chars[i - 1]) || isHan(chars[i + 1]);
    chars.forEach((char, i) => {
      if (!(char in FULL_WIDTH)) return;
      let wrong = besideHan(i);
      if (!wrong && (char === '(' || char === ')')) {
        const partner = matchingBracket(chars.join(''), i);
        wrong = partner >= 0 && besideHan(partner);
      }
      if (!wrong) return;
      mistakes.push({
        line: lineIndex + 1,
        column: i + 1,
        found: char,
        fix: FULL_WIDTH[char]!,
        context: chars.slice(Math.max(0, i - 8), i + 9).join('').trim(),
      });
    });
  });
  return mistakes;
}

/** Replaces a match with spaces of the same length, keeping line breaks, so positions stay true. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * MDX source with everything that is not reader-visible prose blanked out:
 * frontmatter keys, import/export lines, fenced and inline code, link targets,
 * heading ids, HTML/JSX tags and comments. Text, titles and descriptions remain.
 */
export function maskMdxSource(source: string): string {
  return source
    .replace(/^(---\n)([\s\S]*?)(\n---)/, (_all, open: string, yaml: string, close: string) =>
      open + yaml.replace(/^[\w-]+:/gm, blank) + close,
    )
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/^(?:import|export)\s[^\n]*$/gm, blank)
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/\]\([^)\n]*\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/\{\s*#[\w-]+\s*\}/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank);
}

/** One line per mistake: `file:line:column`, what is wrong, and the character to write instead. */
export function describeMistakes(file: string, mistakes: readonly PunctuationMistake[]): string[] {
  return mistakes.map(
    (m) => `${file}:${m.line}:${m.column}: ASCII "${m.found}" next to Chinese text in "${m.context}"; write the full-width "${m.fix}" instead.`,
  );
}
