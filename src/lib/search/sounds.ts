/**
 * How the common characters sound, for slips.ts: written at build time
 * (build-data.ts), read in the browser. GB 2312 level 1 lists its 3,755
 * characters sorted by pinyin, and every browser can decode it, so the table
 * names no characters: it is runs of readings over that order （a2ai13an9…,
 * 2 啊阿 read a, then 13 read ai）, about 1 KB gzip where a list of characters
 * by reading is eight. A character's other readings are listed by character.
 * Only the readings of site characters are kept: a run of others is a dash
 * and its length.
 */

/** Stands for the readings no site character has. */
const NO_READING = '-';

export interface SoundTable {
  /** Readings over the common characters in order: a reading (or NO_READING) and how many characters in a row it covers. */
  runs: string;
  /** Readings besides the first, of the common characters that have them: { 还： 'huan' }. */
  more: Record<string, string>;
}

/** GB 2312 level 1: the 3,755 most common characters, decoded from their two-byte codes. */
export function commonCharacters(): string[] {
  const codes: number[] = [];
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe && !(high === 0xd7 && low > 0xf9); low++) codes.push(high, low);
  }
  return [...new TextDecoder('gb18030').decode(new Uint8Array(codes))];
}

/**
 * The table for the common characters' `readings` （{ 还： 'hai huan' }, the
 * usual reading first）, keeping the readings in `wanted`.
 */
export function encodeSounds(readings: Readonly<Record<string, string>>, wanted: ReadonlySet<string>, common: readonly string[] = commonCharacters()): SoundTable {
  const runs: [string, number][] = [];
  const more: Record<string, string> = {};
  for (const char of common) {
    const [first = '', ...others] = (readings[char] ?? '').split(' ');
    const reading = wanted.has(first) ? first : '';
    const last = runs.at(-1);
    if (last && last[0] === reading) last[1]++;
    else runs.push([reading, 1]);
    const kept = others.filter((other) => wanted.has(other));
    if (kept.length > 0) more[char] = kept.join(' ');
  }
  return { runs: runs.map(([reading, count]) => `${reading || NO_READING}${count}`).join(''), more };
}

/** Each common character with a kept reading, and its readings. Malformed input yields what it can. */
export function decodeSounds(table: unknown, common?: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!table || typeof table !== 'object') return out;
  const { runs, more } = table as Partial<SoundTable>;
  const text = typeof runs === 'string' ? runs : '';
  let chars: readonly string[] = [];
  try {
    chars = text ? (common ?? commonCharacters()) : [];
  } catch {
    // A browser without a GB 18030 decoder (none known) only loses slip correction for characters the site never uses.
  }
  let at = 0;
  for (const [, reading = NO_READING, count] of text.matchAll(/([a-z]+|-)(\d+)/g)) {
    if (reading !== NO_READING) for (const char of chars.slice(at, at + Number(count))) out.set(char, [reading]);
    at += Number(count);
  }
  for (const [char, readings] of Object.entries(more && typeof more === 'object' ? more : {})) {
    if (typeof readings === 'string') out.set(char, [...(out.get(char) ?? []), ...readings.split(' ')]);
  }
  return out;
}
