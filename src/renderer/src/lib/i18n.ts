import { useCallback, useMemo } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { formatsFor } from '../../../shared/i18n/format';
import { useApp } from '../stores/app';
import { translateIn } from './catalogues';

/**
 * The current locale's translate and format functions; re-renders when the language changes.
 * Every format comes from src/shared/i18n/format.ts, the module the exporters use too.
 */
export function useI18n() {
  const locale = useApp((s) => s.locale);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translateIn(locale, key, params),
    [locale],
  );
  const fmt = useMemo(() => formatsFor(locale), [locale]);
  return { locale, t, fmt, ...fmt };
}
