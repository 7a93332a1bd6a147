import { useCallback } from 'react';
import { formatDate, formatMoney, formatNumber, translate } from '../../../shared/i18n';
import type { MessageKey } from '../../../shared/i18n';
import { useApp } from '../stores/app';

/** The current locale's translate and format functions; re-renders when the language changes. */
export function useI18n() {
  const locale = useApp((s) => s.locale);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
  return {
    locale,
    t,
    money: (amount: number, currency: string) => formatMoney(locale, amount, currency),
    number: (value: number, digits?: number) => formatNumber(locale, value, digits),
    date: (iso: string) => formatDate(locale, iso),
  };
}
