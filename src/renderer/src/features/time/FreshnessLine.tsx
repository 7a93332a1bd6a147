// One line under a screen's title: the day every figure is as of, how far usage reaches, and
// any other feed that ends more than a week before the as-of date.
import { ACTIVITY_KINDS } from '../../../../shared/domain/freshness';
import type { WorkspaceAsOf } from '../../../../shared/domain/freshness';
import { useI18n } from '../../lib/i18n';
import { coverageText } from './freshness';

const LAGGING_DAYS = 7;

export function FreshnessLine({ asOf }: { asOf: WorkspaceAsOf }) {
  const { t, date } = useI18n();
  const shown = ACTIVITY_KINDS.filter((kind) => {
    const c = asOf.coverage[kind];
    if (c.lastDate === null) return false;
    return kind === 'usage' || (c.daysBehindAsOf ?? 0) > LAGGING_DAYS;
  });
  return (
    <p className="muted freshness" data-testid="freshness">
      {[
        t('time.asOf.current', { date: date(asOf.asOf) }),
        ...shown.map((kind) => coverageText(t, date, asOf.coverage[kind])),
      ].join(' · ')}
    </p>
  );
}
