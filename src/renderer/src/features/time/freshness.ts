// "Usage data to 28 Sep 2026 (9 weeks old)": how far a source reaches, said the same way on
// every screen.
import type { CoverageKind, SourceCoverage } from '../../../../shared/domain/freshness';
import type { MessageKey } from '../../../../shared/i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A data age in days as words: up to date, N days old, or N weeks old from two weeks on. */
export function ageText(t: T, days: number): string {
  if (days <= 0) return t('time.age.current');
  if (days < 14) return t('time.age.days', { count: days });
  return t('time.age.weeks', { count: Math.floor(days / 7) });
}

export function kindLabel(t: T, kind: CoverageKind): string {
  return t(`time.kind.${kind}`);
}

export function coverageText(t: T, date: (iso: string) => string, coverage: SourceCoverage) {
  const source = kindLabel(t, coverage.kind);
  if (coverage.lastDate === null || coverage.dataAgeDays === null)
    return t('time.coverage.none', { source });
  return t('time.coverage.to', {
    source,
    date: date(coverage.lastDate),
    age: ageText(t, coverage.dataAgeDays),
  });
}
