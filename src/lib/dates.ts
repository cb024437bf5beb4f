/** Dates are shown and serialised as YYYY-MM-DD: unambiguous, and needs no CJK/digit spacing. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
