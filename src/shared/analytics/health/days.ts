// Scoring works on whole days since the Unix epoch (UTC), from the shared dates module: integer
// arithmetic and binary search on numbers is what keeps weekly snapshots for thousands of
// accounts fast. The searches over sorted day lists live here.
export { fromDay, mondayOnOrAfter, toDay } from '../../domain/dates';
export type { DayNumber } from '../../domain/dates';

/** Number of items <= value in an ascending array. */
export function countAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of items in the half-open window (after, upTo] of an ascending array. */
export function countInWindow(sorted: readonly number[], after: number, upTo: number): number {
  return countAtMost(sorted, upTo) - countAtMost(sorted, after);
}
