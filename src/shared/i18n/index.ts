import type { Locale } from '../ipc/contract/workspace';
import type { Catalogue, MessageKey } from './en';
import { en } from './en';
import { th } from './th';
import { tr } from './tr';

export type { MessageKey } from './en';

export const CATALOGUES: Record<Locale, Catalogue> = { en, th, tr };

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

// Formatting lives in one module shared by screens and exporters; re-exported for old imports.
export {
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  formatShortDate,
  formatSigned,
  formatYear,
  INTL_LOCALE,
} from './format';
