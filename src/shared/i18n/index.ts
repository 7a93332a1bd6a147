import type { Locale } from '../ipc/contract/workspace';
import type { Catalogue, MessageKey } from './en';
import { en } from './en';
import { fill } from './fill';
import { th } from './th';
import { tr } from './tr';

export type { MessageKey } from './en';

export const CATALOGUES: Record<Locale, Catalogue> = { en, th, tr };

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(CATALOGUES[locale][key] ?? en[key], params);
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
