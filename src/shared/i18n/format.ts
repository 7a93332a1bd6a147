// The one place numbers, percentages, money and dates become text, for the renderer and the
// exporters alike, so a screen and the deck made from it never disagree (tr "%92,3", th 2569).
import type { Locale } from '../ipc/contract/workspace';

/** en is British English (day before month); th follows the Buddhist era through Intl's th-TH. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', th: 'th-TH', tr: 'tr-TR' };

export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(
    value,
  );
}

/** A quantity to three significant digits ("0.153", "12.3"), whole from 100 up, for prose. */
export function formatSignificant(locale: Locale, value: number): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** Signed, so an effect reads as a change ("+2.5", "-1"). */
export function formatSigned(locale: Locale, value: number, digits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A share (0.923) as the locale writes a percentage: "92.3%", "%92,3", "92.3%". */
export function formatPercent(locale: Locale, share: number, digits = 0, signed = false): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(share);
}

/** A value already in percent points (92.3), for sources that store percentages, not shares. */
export function formatPercentPoints(locale: Locale, points: number, digits = 0): string {
  return formatPercent(locale, points / 100, digits);
}

/** Whole units of money: ARR and renewals are read in thousands, cents only add noise. */
export function formatMoney(locale: Locale, amount: number, currency: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** An ISO day ("2026-06-01") as a Date at UTC midnight, or null when it is not a day. */
function parseDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Dates are stored as ISO days; shown in the locale's own style (Thai uses the Buddhist era). */
export function formatDate(locale: Locale, iso: string): string {
  const date = parseDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Day and month only, for chart axes of weekly and monthly series. */
export function formatShortDate(locale: Locale, iso: string): string {
  const date = parseDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** A month and year ("Jun 2026", "มิ.ย. 2569"), for period pickers and monthly labels. */
export function formatMonth(locale: Locale, year: number, month: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A month's own name ("June", "มิถุนายน", "Haziran"), for a month picker's options. */
export function formatMonthName(locale: Locale, month: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, month - 1, 1)),
  );
}

/** A month with a two-digit year ("Jun 26", "มิ.ย. 69"), for chart axes with many months. */
export function formatShortMonth(locale: Locale, year: number, month: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: '2-digit',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A Gregorian year as the locale counts it, digits only: 2026 is "2569" in Thai (a picker's option). */
export function formatYear(locale: Locale, year: number): string {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(year, 6, 1)));
  return parts.find((p) => p.type === 'year')?.value ?? String(year);
}

/** The formats bound to one locale, as screens and writers pass them around. */
export interface Formats {
  number: (value: number, digits?: number) => string;
  signed: (value: number, digits?: number) => string;
  percent: (share: number, digits?: number, signed?: boolean) => string;
  money: (amount: number, currency: string) => string;
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  month: (year: number, month: number) => string;
  shortMonth: (year: number, month: number) => string;
  year: (year: number) => string;
}

export function formatsFor(locale: Locale): Formats {
  return {
    number: (value, digits) => formatNumber(locale, value, digits),
    signed: (value, digits) => formatSigned(locale, value, digits),
    percent: (share, digits, signed) => formatPercent(locale, share, digits, signed),
    money: (amount, currency) => formatMoney(locale, amount, currency),
    date: (iso) => formatDate(locale, iso),
    shortDate: (iso) => formatShortDate(locale, iso),
    month: (year, month) => formatMonth(locale, year, month),
    shortMonth: (year, month) => formatShortMonth(locale, year, month),
    year: (year) => formatYear(locale, year),
  };
}

// Typed dates. A date field shows and reads the day as the locale writes it in numbers (en
// 02/12/2026, tr 02.12.2026, th 2/12/2569 in the Buddhist era) and stores the ISO day, so a Thai
// user never has to translate 2569 into 2026 in their head. Intl prints; the parser follows the
// order Intl prints in, and the era offset is read from Intl too, never hard-coded.

const NUMERIC_DAY: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
};

/** Years a typed date may fall in (CE): beyond them a typo, not a contract date. */
const YEAR_RANGE = { min: 1900, max: 2199 };

/** An ISO day as the locale types it: "02/12/2026", "02.12.2026", "2/12/2569"; '' if not a day. */
export function formatDateInput(locale: Locale, iso: string): string {
  const date = parseDay(iso);
  return date ? new Intl.DateTimeFormat(INTL_LOCALE[locale], NUMERIC_DAY).format(date) : '';
}

/** How many years the locale's calendar counts ahead of the Gregorian one (th: 543, else 0). */
export function eraOffset(locale: Locale): number {
  return Number(formatYear(locale, 2000)) - 2000;
}

/** The order of day, month and year in the locale's typed dates, as Intl prints them. */
function fieldOrder(locale: Locale): ('day' | 'month' | 'year')[] {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], NUMERIC_DAY)
    .formatToParts(new Date(Date.UTC(2000, 0, 31)))
    .flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
}

/** The ISO day of a Gregorian year, month and day, or null when no such day exists (31/4, 29/2/2026). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A typed date back to its ISO day, or null when it is not one. Reads the locale's own order with
 * any of / . - as separators and one- or two-digit day and month; a four-digit year first is read
 * as year-month-day. The year is always in the locale's era (Thai 2569 is 2026).
 */
export function parseDateInput(locale: Locale, text: string): string | null {
  const numbers = /^\s*(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})\s*$/.exec(text);
  if (!numbers) return null;
  const values = numbers.slice(1, 4);
  const order = values[0]!.length === 4 ? (['year', 'month', 'day'] as const) : fieldOrder(locale);
  const field = (name: 'day' | 'month' | 'year') => values[order.indexOf(name)] ?? '';
  if (field('year').length !== 4) return null;
  const year = Number(field('year')) - eraOffset(locale);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return null;
  return isoDay(year, Number(field('month')), Number(field('day')));
}

/** The short weekday names, Monday first, for a calendar's header row. */
export function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'short',
    timeZone: 'UTC',
  });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2026, 0, 5 + i))));
}
