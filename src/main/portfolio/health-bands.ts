// Health band distribution over time, for the accounts in the filtered book.
import type { Database } from 'sql.js';
import type { HealthBandsAnswer, SeriesQuery } from '../../shared/ipc/contract/portfolio';
import { bandsByMonth } from './health-data';
import { loadAccounts } from './load-book';
import { resolvePeriod, seriesRange } from './metrics';
import { monthsOf } from '../../shared/analytics/portfolio';

export function healthBandsFor(db: Database, query: SeriesQuery): HealthBandsAnswer {
  const range = seriesRange(resolvePeriod(query.period), query.months);
  const ids = new Set(
    loadAccounts(db)
      .filter((a) => query.segment === undefined || a.segment === query.segment)
      .filter((a) => query.owner === undefined || a.owner === query.owner)
      .map((a) => a.id),
  );
  const counts = bandsByMonth(db, range.from, range.to, ids);
  if (counts === null) return { available: false, points: [] };
  return {
    available: true,
    points: monthsOf(range).map((m) => {
      const month = m.from.slice(0, 7);
      return { month, counts: counts.get(month) ?? {} };
    }),
  };
}
