/**
 * Step progress, kept in localStorage under PROGRESS_KEY as the done step
 * numbers in ascending order, one digit each ("125" = steps 1, 2 and 5). The
 * inline head script (src/scripts/theme-init.ts) reads the same format before
 * first paint, so the progress line and 「继续第 N 步」 appear without a shift.
 */
export const PROGRESS_KEY = 'steps-done';

/** The stored form of a set of done steps; steps outside 1–9 cannot be stored and are dropped. */
export function serialiseProgress(done: Iterable<number>): string {
  return [...new Set(done)].filter((step) => Number.isInteger(step) && step >= 1 && step <= 9).sort((a, b) => a - b).join('');
}

/** The done steps from storage; anything unreadable counts as no progress. */
export function parseProgress(stored: string | null): number[] {
  if (!stored || !/^[1-9]+$/.test(stored)) return [];
  return [...new Set([...stored].map(Number))].sort((a, b) => a - b);
}

/** Marks or unmarks one step. */
export function toggleStep(done: readonly number[], step: number, isDone: boolean): number[] {
  const next = new Set(done);
  if (isDone) next.add(step);
  else next.delete(step);
  return parseProgress(serialiseProgress(next));
}

/** The step to continue with: the one after the furthest done; null with no progress or when all are done. */
export function nextStep(done: readonly number[], total: number): number | null {
  if (done.length === 0) return null;
  const furthest = Math.max(...done);
  return furthest < total ? furthest + 1 : null;
}
