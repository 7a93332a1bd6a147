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
