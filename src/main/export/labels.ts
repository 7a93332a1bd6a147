// The writers' own fixed words; everything else in a QBR arrives translated in the model.
import * as shared from '../../shared/i18n/format';
import type { QbrLanguage } from './model';

export interface WriterLabels {
  contents: string;
  pageOf: (page: number, total: number) => string;
  generatedOn: string;
  preparedBy: string;
}

const LABELS: Record<QbrLanguage, WriterLabels> = {
  en: {
    contents: 'Contents',
    pageOf: (page, total) => `Page ${page} of ${total}`,
    generatedOn: 'Generated on',
    preparedBy: 'Prepared by',
  },
  th: {
    contents: 'สารบัญ',
    pageOf: (page, total) => `หน้า ${page} จาก ${total}`,
    generatedOn: 'จัดทำเมื่อ',
    preparedBy: 'จัดทำโดย',
  },
  tr: {
    contents: 'İçindekiler',
    pageOf: (page, total) => `Sayfa ${page} / ${total}`,
    generatedOn: 'Oluşturulma tarihi',
    preparedBy: 'Hazırlayan',
  },
};

export function writerLabels(language: QbrLanguage): WriterLabels {
  return LABELS[language];
}

// The writers' number and date formats are the shared module's (src/shared/i18n/format.ts), so a
// deck reads exactly like the screen it came from; these keep the writers' argument order.

export function formatNumber(
  value: number,
  language: QbrLanguage,
  maximumFractionDigits = 1,
): string {
  return shared.formatNumber(language, value, maximumFractionDigits);
}

/** Signed, so an effect reads as a change ("+2.5", "-1"). */
export function formatSigned(
  value: number,
  language: QbrLanguage,
  maximumFractionDigits = 2,
): string {
  return shared.formatSigned(language, value, maximumFractionDigits);
}

export function formatDate(date: string, language: QbrLanguage): string {
  return shared.formatDate(language, date);
}

/** Short axis label for weekly and monthly series. */
export function formatShortDate(date: string, language: QbrLanguage): string {
  return shared.formatShortDate(language, date);
}

/** An experiment's effect with its unit, or a dash when the data allow no estimate. */
export function formatEffect(
  result: { effect: number | null; unit: string },
  language: QbrLanguage,
): string {
  if (result.effect === null) return '–';
  return `${formatSigned(result.effect, language)} ${result.unit}`.trim();
}

export function formatInterval(
  result: { ciLow: number | null; ciHigh: number | null },
  language: QbrLanguage,
): string {
  if (result.ciLow === null || result.ciHigh === null) return '–';
  return `[${formatSigned(result.ciLow, language)}; ${formatSigned(result.ciHigh, language)}]`;
}

export function formatMoney(amount: number, currency: string, language: QbrLanguage): string {
  return shared.formatMoney(language, amount, currency);
}

/** A share (0.62) as a percentage in the document's language. */
export function formatPercent(share: number, language: QbrLanguage, signed = false): string {
  return shared.formatPercent(language, share, 0, signed);
}
