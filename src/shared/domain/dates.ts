// Calendar arithmetic on ISO dates (YYYY-MM-DD) as whole UTC days, so no time zone can move a
// day. The one dates module: health, portfolio, experiments and the sample book all use it.
// ISO strings compare correctly as plain strings.
import type { IsoDate } from './entities';

const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 (UTC). */
export type DayNumber = number;

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/**
 * Days since 1970-01-01 by the proleptic Gregorian "days from civil" formula: importers hand us
 * millions of dates, and integer arithmetic is several times faster than going through Date.
 */
export function toDay(date: IsoDate): DayNumber {
  return toDayAt(date, 0);
}

/** toDay of the ISO date written at `at` in `text` (dates read back to back, one string). */
export function toDayAt(text: string, at: number): DayNumber {
  const month = digits(text, at + 5, at + 7);
  const day = digits(text, at + 8, at + 10);
  const year = digits(text, at, at + 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO date of a day number by the "civil from days" formula, toDay's inverse: a recompute
 * writes a date for every week it scores and every task it raises, and Date's toISOString was
 * most of that. Days outside years 0000-9999, or not whole, go through Date as before.
 */
export function fromDay(day: DayNumber): IsoDate {
  const shifted = day + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isInteger(day) || year < 0 || year > 9999)
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** True for a real calendar date written YYYY-MM-DD (no 31 February). */
export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromDay(toDay(value)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, clamping the day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return fromDay(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Same month and day, `years` later; 29 February falls back to the 28th. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/**
 * Length of the inclusive range [from, to] in calendar months: whole months first, the rest as a
 * fraction of the following month, so a calendar month is exactly 1 and a quarter exactly 3.
 */
export function monthsInRange(from: IsoDate, to: IsoDate): number {
  const endExclusive = addDays(to, 1);
  const [y1, m1] = from.split('-').map(Number) as [number, number];
  const [y2, m2] = endExclusive.split('-').map(Number) as [number, number];
  let whole = (y2 - y1) * 12 + (m2 - m1);
  while (whole > 0 && addMonths(from, whole) > endExclusive) whole -= 1;
  const anchor = addMonths(from, whole);
  const rest = daysBetween(anchor, endExclusive);
  return whole + rest / daysBetween(anchor, addMonths(anchor, 1));
}

/** Months since year 0 of a day number, so consecutive calendar months differ by one. */
export function monthIndex(day: DayNumber): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** First and last day numbers of a month index. */
export function monthBounds(index: number): { start: DayNumber; end: DayNumber } {
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  return {
    start: Date.UTC(year, month, 1) / MS_PER_DAY,
    end: Date.UTC(year, month + 1, 1) / MS_PER_DAY - 1,
  };
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday on or after the given day. */
export function mondayOnOrAfter(day: DayNumber): DayNumber {
  const weekday = weekdayOf(day);
  return weekday === 0 ? day : day + 7 - weekday;
}

/** Every Monday from `from` to `to` (both inclusive). */
export function mondaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const last = toDay(to);
  const mondays: IsoDate[] = [];
  for (let day = mondayOnOrAfter(toDay(from)); day <= last; day += 7) mondays.push(fromDay(day));
  return mondays;
}

export function mondayOnOrBefore(date: IsoDate): IsoDate {
  const day = toDay(date);
  return fromDay(day - weekdayOf(day));
}

/** People do not hold meetings at weekends: Saturday and Sunday move to the next Monday. */
export function nextWorkday(date: IsoDate): IsoDate {
  const weekday = weekdayOf(toDay(date));
  return weekday < 5 ? date : addDays(date, 7 - weekday);
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

/** Midnight UTC of the date. */
export function toUtcDate(date: IsoDate): Date {
  return new Date(toDay(date) * MS_PER_DAY);
}
