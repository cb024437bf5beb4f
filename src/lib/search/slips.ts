/**
 * Input-method slips: a reader picks the wrong candidate with the same
 * pinyin (先用后副 for 先用后付, 立既开通 for 立即开通, 个人中新 for 个人中心).
 * A stretch of the query that is not on the site is corrected to a word of
 * the site's vocabulary that sounds the same, changing only the characters
 * that do not fit. The tables come from the build (build-data.ts): readings
 * of the site's characters and, for each of those readings, the common
 * characters that share it.
 */
import { isHan } from './normalise.ts';

export interface SlipTables {
  /** Words and recurring phrases of the site, by length in characters. */
  wordsByLength: ReadonlyMap<number, readonly string[]>;
  /** Toneless readings of each site character. */
  readings: ReadonlyMap<string, readonly string[]>;
  /** Toneless readings of common characters that sound like a site character. */
  sounds: ReadonlyMap<string, readonly string[]>;
  /** For each Han character, the characters written before it on the site: the site's character pairs. */
  before: ReadonlyMap<string, string>;
}

const LONGEST = 8;

/** True when `a` then `b` are written next to each other somewhere on the site. */
export function isSitePair(a: string, b: string, before: ReadonlyMap<string, string>): boolean {
  return (before.get(b) ?? '').includes(a);
}

function soundsLike(typed: string, site: string, tables: SlipTables): boolean {
  const heard = tables.readings.get(typed) ?? tables.sounds.get(typed) ?? [];
  const wanted = tables.readings.get(site) ?? [];
  return heard.some((reading) => wanted.includes(reading));
}

/** The site word that `chars` was meant to be, changing only characters in `suspect`, or null. */
function meantWord(chars: readonly string[], suspect: readonly boolean[], tables: SlipTables): string | null {
  let best: { word: string; changes: number } | null = null;
  const allowed = Math.max(1, Math.floor(chars.length / 3));
  for (const word of tables.wordsByLength.get(chars.length) ?? []) {
    const wordChars = [...word];
    let changes = 0;
    let fits = true;
    for (let i = 0; i < chars.length && fits; i++) {
      if (wordChars[i] === chars[i]) continue;
      changes++;
      fits = changes <= allowed && suspect[i]! && soundsLike(chars[i]!, wordChars[i]!, tables);
    }
    if (fits && changes > 0 && (!best || changes < best.changes)) best = { word, changes };
  }
  return best?.word ?? null;
}

/**
 * The query with its slips corrected (normalised text in, normalised text
 * out); the same string when nothing needed correcting.
 */
export function correctSlips(text: string, tables: SlipTables): string {
  const chars = [...text];
  // A character is suspect when it does not sit next to its neighbour anywhere on the site.
  const suspect = chars.map(() => false);
  for (let i = 0; i + 1 < chars.length; i++) {
    if (isHan(chars[i]!) && isHan(chars[i + 1]!) && !isSitePair(chars[i]!, chars[i + 1]!, tables.before)) {
      suspect[i] = suspect[i + 1] = true;
    }
  }
  if (!suspect.includes(true)) return text;
  for (let length = Math.min(LONGEST, chars.length); length >= 2; length--) {
    for (let start = 0; start + length <= chars.length; start++) {
      const window = chars.slice(start, start + length);
      if (!window.every(isHan) || !suspect.slice(start, start + length).includes(true)) continue;
      const word = meantWord(window, suspect.slice(start, start + length), tables);
      if (!word) continue;
      [...word].forEach((char, i) => {
        chars[start + i] = char;
        suspect[start + i] = false;
      });
    }
  }
  return chars.join('');
}
