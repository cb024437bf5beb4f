/**
 * Content dates are calendar days written YYYY-MM-DD. They become UTC midnight
 * and are shown and serialised in UTC, so a build gives the same dates in any
 * time zone (a `new Date('2024/08/19')` would be local midnight: 08-18 in UTC+8).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates are shown and serialised as YYYY-MM-DD: unambiguous, and needs no CJK/digit spacing. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** UTC midnight of a real calendar day written YYYY-MM-DD, or null (2024-13-45, 2024/08/19, 2023-02-29). */
export function parseCalendarDate(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-13-45 over into 2025-02-14; a real date survives the round trip.
  return isoDate(date) === text.trim() && year >= 1000 ? date : null;
}

/**
 * The latest calendar day that is already today somewhere on Earth (UTC+14):
 * a date after it is in the future for every editor, whatever their time zone.
 */
export function latestToday(now: Date): string {
  return isoDate(new Date(now.getTime() + 14 * 3600_000));
}
