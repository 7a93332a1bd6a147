// Periods relative to the rollout, for the event study and the group-means chart: weeks for
// daily or weekly data, calendar months for monthly data (weeks would then be mostly empty).
import { isoFromDayNumber, monthBounds, monthIndex } from './dates';
import type { IsoDate } from '../../domain/entities';
import type { PeriodLength } from './types';
import type { UnitSeries } from './units';

export interface Periods {
  length: PeriodLength;
  indexOf(day: number): number;
  bounds(index: number): { start: IsoDate; end: IsoDate };
}

const MONTHLY_GAP_DAYS = 25;

export function choosePeriodLength(units: readonly UnitSeries[]): PeriodLength {
  const gaps: number[] = [];
  for (const unit of units) {
    for (let i = 1; i < unit.points.length; i++) {
      const gap = (unit.points[i]?.day ?? 0) - (unit.points[i - 1]?.day ?? 0);
      if (gap > 0) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return 'week';
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
  return median >= MONTHLY_GAP_DAYS ? 'month' : 'week';
}

export function makePeriods(length: PeriodLength, rolloutDay: number): Periods {
  if (length === 'week') {
    return {
      length,
      indexOf: (day) => Math.floor((day - rolloutDay) / 7),
      bounds: (index) => ({
        start: isoFromDayNumber(rolloutDay + 7 * index),
        end: isoFromDayNumber(rolloutDay + 7 * index + 6),
      }),
    };
  }
  const rolloutMonth = monthIndex(rolloutDay);
  return {
    length,
    indexOf: (day) => monthIndex(day) - rolloutMonth,
    bounds: (index) => {
      const { start, end } = monthBounds(rolloutMonth + index);
      return { start: isoFromDayNumber(start), end: isoFromDayNumber(end) };
    },
  };
}
