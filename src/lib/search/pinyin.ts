/**
 * Pinyin typed without an input method (`xianyonghoufu`, `lijikaitong`) or as
 * initials (`xyhf`) turned back into Chinese words of the guide.
 *
 * The build writes two small tables (see build-data.ts): the toneless
 * readings of every Han character in the index, and the words and recurring
 * phrases of the indexed text. Only those words can come out, so a reading
 * never produces Chinese that is not on the site, and the engine still checks
 * every candidate against the page text.
 */

export interface PinyinLexicon {
  /** Readings of each character, e.g. 还 → [hai, huan]. */
  readings: ReadonlyMap<string, readonly string[]>;
  /** Lexicon words grouped by the first letter of any reading of their first character. */
  byLetter: ReadonlyMap<string, readonly string[]>;
}

export interface PinyinCandidate {
  text: string;
  /** How the letters were read: full syllables, syllables with the last one unfinished, or initials. */
  kind: 'full' | 'partial' | 'initials';
}

const MAX_WORDS = 4;
const MAX_CANDIDATES = 12;
/** A query that could be pinyin: Latin letters, optionally split by spaces. */
const PINYIN_QUERY = /^[a-z]+(?: [a-z]+)*$/;

/** Builds the lookup structures from the build-time tables. */
export function createPinyinLexicon(readings: Readonly<Record<string, string>>, words: readonly string[]): PinyinLexicon {
  const readingMap = new Map<string, string[]>();
  for (const [char, list] of Object.entries(readings)) readingMap.set(char, list.split(' ').filter(Boolean));
  const byLetter = new Map<string, string[]>();
  for (const word of words) {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const letters = new Set((readingMap.get(first) ?? []).map((reading) => reading[0]!));
    // Every character must have a reading, or the word can never be typed in pinyin.
    if (letters.size === 0 || [...word].some((char) => !readingMap.has(char))) continue;
    for (const letter of letters) {
      const list = byLetter.get(letter) ?? [];
      list.push(word);
      byLetter.set(letter, list);
    }
  }
  return { readings: readingMap, byLetter };
}

/**
 * End offsets in `letters` after spelling `word` from `from`, each with
 * whether the last syllable was left unfinished (only allowed at the very end).
 */
function spell(word: string, letters: string, from: number, lexicon: PinyinLexicon): { end: number; chars: number; partial: boolean }[] {
  let states = [{ end: from, chars: 0, partial: false }];
  const chars = [...word];
  const finished: { end: number; chars: number; partial: boolean }[] = [];
  for (const [index, char] of chars.entries()) {
    const next: typeof states = [];
    for (const state of states) {
      for (const reading of lexicon.readings.get(char) ?? []) {
        if (letters.startsWith(reading, state.end)) {
          next.push({ end: state.end + reading.length, chars: index + 1, partial: false });
        } else if (state.end < letters.length && reading.startsWith(letters.slice(state.end))) {
          // The reader is still typing this syllable: the word is cut after this character.
          finished.push({ end: letters.length, chars: index + 1, partial: true });
        }
      }
    }
    states = next.filter((state, i) => next.findIndex((other) => other.end === state.end) === i);
    if (states.length === 0) break;
  }
  return [...states.filter((state) => state.chars === chars.length), ...finished];
}

/** Lexicon words whose characters' initials spell `letters` exactly （xyhf → 先用后付）. */
function fromInitials(letters: string, lexicon: PinyinLexicon): string[] {
  const chars = [...letters];
  return (lexicon.byLetter.get(chars[0]!) ?? []).filter((word) => {
    const wordChars = [...word];
    return (
      wordChars.length === chars.length &&
      wordChars.every((char, i) => (lexicon.readings.get(char) ?? []).some((reading) => reading[0] === chars[i]))
    );
  });
}

/** Chinese strings of the guide that the pinyin `query` (already normalised) may stand for. */
export function pinyinToChinese(query: string, lexicon: PinyinLexicon): PinyinCandidate[] {
  if (!PINYIN_QUERY.test(query)) return [];
  const letters = query.replace(/ /g, '');
  if (letters.length < 2) return [];
  const found = new Map<string, PinyinCandidate>();
  const add = (text: string, kind: PinyinCandidate['kind']) => {
    if (!found.has(text)) found.set(text, { text, kind });
  };

  // Full syllables: a breadth-first walk over sequences of lexicon words,
  // so sequences of fewer (longer) words come first.
  let frontier = [{ end: 0, text: '', partial: false }];
  for (let depth = 0; depth < MAX_WORDS && frontier.length > 0 && found.size < MAX_CANDIDATES; depth++) {
    const next: typeof frontier = [];
    for (const state of frontier) {
      for (const word of lexicon.byLetter.get(letters[state.end]!) ?? []) {
        for (const spelt of spell(word, letters, state.end, lexicon)) {
          const text = state.text + [...word].slice(0, spelt.chars).join('');
          if (spelt.end === letters.length) add(text, spelt.partial ? 'partial' : 'full');
          else if (!spelt.partial) next.push({ end: spelt.end, text, partial: false });
        }
      }
    }
    // Keep the walk small: many ways to reach the same point add nothing new to check.
    frontier = next.slice(0, 200);
  }
  if (letters.length <= 8) for (const text of fromInitials(letters, lexicon)) add(text, 'initials');
  const rank = { full: 0, initials: 1, partial: 2 } as const;
  return [...found.values()].sort((a, b) => rank[a.kind] - rank[b.kind]).slice(0, MAX_CANDIDATES);
}
