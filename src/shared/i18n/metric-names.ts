// A usage metric's name as a person reads it: a known metric in the reader's language, any other
// key humanised ("seats_in_use" -> "Seats in use"), so a raw key never reaches the screen.
import type { MetricNames } from '../ipc/contract/metrics';
import type { Locale } from '../ipc/contract/workspace';

const KNOWN: Record<string, Record<Locale, string>> = {
  active_users: { en: 'Active users', th: 'ผู้ใช้งานที่ใช้งานอยู่', tr: 'Aktif kullanıcılar' },
  logins: { en: 'Logins', th: 'การเข้าสู่ระบบ', tr: 'Oturum açmalar' },
  reports_created: { en: 'Reports created', th: 'รายงานที่สร้าง', tr: 'Oluşturulan raporlar' },
  api_calls: { en: 'API calls', th: 'การเรียก API', tr: 'API çağrıları' },
  features_used: { en: 'Features used', th: 'ฟีเจอร์ที่ใช้', tr: 'Kullanılan özellikler' },
  seats_used: { en: 'Seats used', th: 'สิทธิ์ผู้ใช้ที่ใช้', tr: 'Kullanılan lisanslar' },
};

/** "active_users" / "activeUsers" / "active-users" -> "Active users". */
export function humaniseKey(key: string, locale: Locale = 'en'): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .toLocaleLowerCase(locale === 'tr' ? 'tr-TR' : 'en-GB');
  if (words === '') return key;
  return words.charAt(0).toLocaleUpperCase(locale === 'tr' ? 'tr-TR' : 'en-GB') + words.slice(1);
}

/** The name shown for a metric: the workspace's own name if it has one, else known, else humanised. */
export function metricLabel(
  locale: Locale,
  key: string,
  names: Readonly<Record<string, string>> = {},
): string {
  const own = names[key]?.trim();
  if (own) return own;
  return KNOWN[key]?.[locale] ?? humaniseKey(key, locale);
}

/** A metric's default name in each language: what shows until the workspace names it. */
export function defaultMetricNames(key: string): Record<Locale, string> {
  return { en: metricLabel('en', key), th: metricLabel('th', key), tr: metricLabel('tr', key) };
}

/**
 * The workspace's names for one language, ready for metricLabel: a language's own name first,
 * then the name for every language; metrics with neither are left out and show their default.
 */
export function metricNamesFor(locale: Locale, names: MetricNames): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, name] of Object.entries(names)) {
    const own = name[locale]?.trim() || name.all?.trim();
    if (own) flat[key] = own;
  }
  return flat;
}
