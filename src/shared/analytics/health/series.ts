// A dated numeric series sorted once, so a window is found with two binary searches. A window's
// sum adds its own points in order (windows hold a few points a week), never a difference of
// running totals: the result then depends only on the points in the window, so scores computed
// from the recent part of a history (an incremental recompute) equal those from all of it.
import { countAtMost } from './days';
import type { DayNumber } from './days';

export interface Series {
  readonly days: readonly DayNumber[];
  readonly values: readonly number[];
}

function isAscending(days: readonly DayNumber[]): boolean {
  for (let i = 1; i < days.length; i++)
    if ((days[i] as number) < (days[i - 1] as number)) return false;
  return true;
}

/** A series from parallel arrays of days and values; imported rows usually arrive in date order. */
export function buildSeries(days: DayNumber[], values: number[]): Series {
  let sortedDays = days;
  let sortedValues = values;
  if (!isAscending(days)) {
    const order = days.map((_, i) => i).sort((a, b) => (days[a] as number) - (days[b] as number));
    sortedDays = order.map((i) => days[i] as number);
    sortedValues = order.map((i) => values[i] as number);
  }
  return { days: sortedDays, values: sortedValues };
}

/** Sum of the points [lo, hi), added in order. */
function sumOf(series: Series, lo: number, hi: number): number {
  let sum = 0;
  for (let i = lo; i < hi; i++) sum += series.values[i] as number;
  return sum;
}

/**
 * Sum of the points in (after, upTo]. A number, not a count-and-sum object: a recompute takes a
 * few per account and week, and those objects were a tenth of what it allocated.
 */
export function windowSum(series: Series, after: DayNumber, upTo: DayNumber): number {
  return sumOf(series, countAtMost(series.days, after), countAtMost(series.days, upTo));
}

/** Largest value in (after, upTo], or null when the window is empty. */
export function windowMax(series: Series, after: DayNumber, upTo: DayNumber): number | null {
  const lo = countAtMost(series.days, after);
  const hi = countAtMost(series.days, upTo);
  let max: number | null = null;
  for (let i = lo; i < hi; i++) {
    const value = series.values[i] as number;
    if (max === null || value > max) max = value;
  }
  return max;
}

export function windowMean(series: Series, after: DayNumber, upTo: DayNumber): number | null {
  const lo = countAtMost(series.days, after);
  const hi = countAtMost(series.days, upTo);
  return hi === lo ? null : sumOf(series, lo, hi) / (hi - lo);
}
