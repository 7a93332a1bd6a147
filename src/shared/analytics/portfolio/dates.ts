// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so a date never shifts with the
// machine's time zone. ISO strings compare correctly as plain strings.
import type { IsoDate } from '../../domain/entities';

const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
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
  return fromUtcMs(Date.UTC(year, month - 1, day));
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
