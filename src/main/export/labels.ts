// The writers' own fixed words; everything else in a QBR arrives translated in the model.
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

const LOCALES: Record<QbrLanguage, string> = { en: 'en-GB', th: 'th-TH', tr: 'tr-TR' };

export function writerLabels(language: QbrLanguage): WriterLabels {
  return LABELS[language];
}

export function formatNumber(
  value: number,
  language: QbrLanguage,
  maximumFractionDigits = 1,
): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/** Signed, so an effect reads as a change ("+2.5", "-1"). */
export function formatSigned(
  value: number,
  language: QbrLanguage,
  maximumFractionDigits = 2,
): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatDate(date: string, language: QbrLanguage): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(parsed);
}

/** Short axis label for weekly and monthly series. */
export function formatShortDate(date: string, language: QbrLanguage): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(parsed);
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
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A share (0.62) as a percentage in the document's language. */
export function formatPercent(share: number, language: QbrLanguage, signed = false): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(share);
}
