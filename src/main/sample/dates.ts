// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so no time zone can move a day.
import type { IsoDate } from '../../shared/domain/entities';

const DAY_MS = 86_400_000;

function toEpochDay(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Same month and day, `years` later; 29 February falls back to the 28th. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Monday ... 6 = Sunday. */
function weekdayIndex(date: IsoDate): number {
  return (new Date(toEpochDay(date) * DAY_MS).getUTCDay() + 6) % 7;
}

export function mondayOnOrBefore(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/** People do not hold meetings at weekends: Saturday and Sunday move to the next Monday. */
export function nextWorkday(date: IsoDate): IsoDate {
  const weekday = weekdayIndex(date);
  return weekday < 5 ? date : addDays(date, 7 - weekday);
}

/** Every Monday from `first` to `last`, both included; `first` must be a Monday. */
export function mondaysBetween(first: IsoDate, last: IsoDate): IsoDate[] {
  const mondays: IsoDate[] = [];
  for (let date = first; date <= last; date = addWeeks(date, 1)) mondays.push(date);
  return mondays;
}

/** Date `fraction` of the way from `from` to `to`, rounded to a day. */
export function dateBetween(from: IsoDate, to: IsoDate, fraction: number): IsoDate {
  return addDays(from, Math.round(daysBetween(from, to) * fraction));
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Midnight UTC, which exceljs turns into a whole-day Excel serial. */
export function toUtcDate(date: IsoDate): Date {
  return new Date(toEpochDay(date) * DAY_MS);
}
