/**
 * Input-method slips: a reader picks the wrong candidate with the same
 * pinyin （先用后副 for 先用后付， 立既开通 for 立即开通， 个人中新 for 个人中心）.
 * A stretch of the query that is not on the site is corrected to a word of
 * the site's vocabulary that sounds the same, changing only the characters
 * that do not fit. The tables come from the build (build-data.ts): readings
 * of the site's characters and, for each of those readings, the common
 * characters that share it.
 */
import { isHan } from './normalise.ts';

export interface SlipTables {
  /** Toneless readings of each site character. */
  readings: ReadonlyMap<string, readonly string[]>;
  /** Toneless readings of common characters that sound like a site character. */
  sounds: ReadonlyMap<string, readonly string[]>;
  /** For each Han character, the characters written before it on the site: the site's character pairs. */
  before: ReadonlyMap<string, string>;
}

/** True when `a` then `b` are written next to each other somewhere on the site. */
export function isSitePair(a: string, b: string, before: ReadonlyMap<string, string>): boolean {
  return (before.get(b) ?? '').includes(a);
}

/**
 * False when two Han characters of `text` stand next to each other nowhere on
 * the site: then no page holds it, and it needs no lookup. True without tables
 * (`before` empty), when nothing can be ruled out.
 */
export function pairsOnSite(text: string, before: ReadonlyMap<string, string>): boolean {
  if (before.size === 0) return true;
  const chars = [...text];
  return chars.every((char, i) => i === 0 || !isHan(char) || !isHan(chars[i - 1]!) || isSitePair(chars[i - 1]!, char, before));
}

const paired = new WeakMap<ReadonlyMap<string, string>, Set<string>>();

/**
 * False when a Han character of `text` that stands next to another in it is
 * part of no character pair on the site （副 in 先用后副）: then no page holds
 * `text` even with other punctuation between its characters. True without tables.
 */
export function charactersOnSite(text: string, before: ReadonlyMap<string, string>): boolean {
  if (before.size === 0) return true;
  let chars = paired.get(before);
  if (!chars) {
    chars = new Set([...before.keys(), ...[...before.values()].flatMap((preceding) => [...preceding])]);
    paired.set(before, chars);
  }
  const all = [...text];
  return all.every((char, i) => !isHan(char) || !(isHan(all[i - 1] ?? '') || isHan(all[i + 1] ?? '')) || chars.has(char));
}

/** Site characters by reading: what the input method could have offered instead. */
function siteCharsByReading(tables: SlipTables): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [char, readings] of tables.readings) for (const reading of readings) out.set(reading, [...(out.get(reading) ?? []), char]);
  return out;
}

const cache = new WeakMap<SlipTables, Map<string, string[]>>();

/** Whether the character at `i` fits neither Han neighbour (and has one): only such a character may be a slip. */
function isSuspect(chars: readonly string[], i: number, before: ReadonlyMap<string, string>): boolean {
  const [left, char, right] = [chars[i - 1], chars[i]!, chars[i + 1]];
  const hanLeft = left !== undefined && isHan(left);
  const hanRight = right !== undefined && isHan(right);
  if (!isHan(char) || !(hanLeft || hanRight)) return false;
  return !(hanLeft && isSitePair(left, char, before)) && !(hanRight && isSitePair(char, right, before));
}

/**
 * True when `text` has a suspect character the site never uses: only how the
 * common characters sound (fetched on demand, engine.ts) can correct it.
 */
export function needsSounds(text: string, tables: Pick<SlipTables, 'readings' | 'before'>, kept: ReadonlySet<string> = new Set()): boolean {
  if (tables.before.size === 0) return false;
  const chars = [...text];
  return chars.some((char, i) => !kept.has(char) && isSuspect(chars, i, tables.before) && !tables.readings.has(char));
}

/**
 * The query with its slips corrected (normalised text in, normalised text
 * out); the same string when nothing needed correcting. A character is a slip
 * when it sits next to none of its neighbours anywhere on the site, and
 * exactly one site character that sounds the same does, on every side
 * （个人中新： 中新 is on no page, 中心 is）. Characters in `kept` are never
 * slips (the query layer keeps the words readers type on purpose: 意思， 咋整).
 */
export function correctSlips(text: string, tables: SlipTables, kept: ReadonlySet<string> = new Set()): string {
  const chars = [...text];
  let byReading: Map<string, string[]> | undefined;
  const pair = (a: string | undefined, b: string | undefined) => !a || !b || !isHan(a) || !isHan(b) || isSitePair(a, b, tables.before);
  for (let i = 0; i < chars.length; i++) {
    if (kept.has(chars[i]!) || !isSuspect(chars, i, tables.before)) continue;
    const [left, char, right] = [chars[i - 1], chars[i]!, chars[i + 1]];
    if (!byReading) {
      byReading = cache.get(tables) ?? siteCharsByReading(tables);
      cache.set(tables, byReading);
    }
    const heard = tables.readings.get(char) ?? tables.sounds.get(char) ?? [];
    const fits = new Set<string>();
    for (const reading of heard) {
      for (const candidate of byReading.get(reading) ?? []) {
        if (candidate !== char && pair(left, candidate) && pair(candidate, right)) fits.add(candidate);
      }
    }
    if (fits.size === 1) chars[i] = [...fits][0]!;
  }
  return chars.join('');
}
