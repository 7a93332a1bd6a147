// Rows dated by day to Monday-Sunday weekly values: sums (usage, ticket counts), means (CSAT,
// CES), medians (resolution hours) and NPS (promoters minus detractors, in points).
import { addDays, mondayOnOrBefore } from '../../domain/dates';
import type { WeekValue } from './types';

export interface Dated {
  date: string;
  value: number;
}

function byWeek(rows: readonly Dated[]): Map<string, number[]> {
  const weeks = new Map<string, number[]>();
  for (const row of rows) {
    const week = mondayOnOrBefore(row.date);
    const list = weeks.get(week);
    if (list) list.push(row.value);
    else weeks.set(week, [row.value]);
  }
  return weeks;
}

function reduce(rows: readonly Dated[], fn: (values: number[]) => number): WeekValue[] {
  return [...byWeek(rows)]
    .map(([week, values]) => ({ week, value: fn(values) }))
    .sort((a, b) => (a.week < b.week ? -1 : 1));
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
export const mean = (values: readonly number[]): number => sum(values) / values.length;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** NPS of 0-10 scores: % promoters (9-10) minus % detractors (0-6). */
export function nps(scores: readonly number[]): number {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}

export const weeklySum = (rows: readonly Dated[]): WeekValue[] => reduce(rows, sum);
export const weeklyMean = (rows: readonly Dated[]): WeekValue[] => reduce(rows, mean);
export const weeklyMedian = (rows: readonly Dated[]): WeekValue[] => reduce(rows, median);
export const weeklyNps = (rows: readonly Dated[]): WeekValue[] => reduce(rows, nps);

/**
 * Counts per week from `from` to `to` (both Mondays' weeks), zero where nothing happened: a
 * week without tickets is a week with none, as long as the source covers it.
 */
export function weeklyCounts(dates: readonly string[], from: string, to: string): WeekValue[] {
  const counts = new Map<string, number>();
  for (const d of dates) {
    const week = mondayOnOrBefore(d);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const out: WeekValue[] = [];
  for (let week = mondayOnOrBefore(from); week <= to; week = addDays(week, 7))
    out.push({ week, value: counts.get(week) ?? 0 });
  return out;
}
