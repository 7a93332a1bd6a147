// Calendar arithmetic on ISO dates as whole UTC days, so windows and periods ignore time zones.
import type { IsoDate } from '../../domain/entities';

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Months since year 0, so consecutive calendar months differ by one. */
export function monthIndex(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthBounds(index: number): { start: number; end: number } {
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  return {
    start: Date.UTC(year, month, 1) / MS_PER_DAY,
    end: Date.UTC(year, month + 1, 1) / MS_PER_DAY - 1,
  };
}
