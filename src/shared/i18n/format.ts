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
    year: (year) => formatYear(locale, year),
  };
}
