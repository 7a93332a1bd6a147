import type { Locale } from '../ipc/contract/workspace';
import type { Catalogue, MessageKey } from './en';
import { en } from './en';
import { th } from './th';
import { tr } from './tr';

export type { MessageKey } from './en';

export const CATALOGUES: Record<Locale, Catalogue> = { en, th, tr };

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', th: 'th-TH', tr: 'tr-TR' };

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = CATALOGUES[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function formatMoney(locale: Locale, amount: number, currency: string): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(
    value,
  );
}

/** Dates are stored as ISO days; shown in the locale's own style (Thai uses the Buddhist era). */
export function formatDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}
