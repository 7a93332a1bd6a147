// Adoption: active users against licensed seats through the quarter, and each other usage
// metric's quarter total against the quarter before.
import { indexAccountData, licensedSeats, toDay } from '../../../shared/analytics/health';
import type { UsagePoint } from '../../../shared/domain/entities';
import type { Metric, QbrSection, UsagePointRow } from '../../../shared/qbr/document';
import { formatNumber, formatPercent } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { noData, withData } from './section';

const ACTIVE_USERS = 'active_users';
const NEAR_LIMIT = 0.9;
const LOW_USE = 0.5;

function totalsByMetric(points: readonly UsagePoint[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.metric, (totals.get(p.metric) ?? 0) + p.value);
  return totals;
}

export function adoptionSection(ctx: QbrContext): QbrSection {
  const usage = ctx.data.usage ?? [];
  const inQuarter = usage.filter((p) => inPeriod(p.date, ctx.period));
  if (inQuarter.length === 0) return noData(ctx, 'adoption');
  const { t, language } = ctx;
  // The workspace's own name for active users, when it has one, in every phrase that names them.
  const activeUsers = ctx.ownMetricNames[ACTIVE_USERS] ?? t('qbr.adoption.activeUsers');
  const index = indexAccountData(ctx.data);
  const seatsOn = (date: string) => licensedSeats(index, toDay(date));
  const points: UsagePointRow[] = inQuarter
    .filter((p) => p.metric === ACTIVE_USERS)
    .map((p) => ({ date: p.date, activeUsers: p.value, licensedSeats: seatsOn(p.date) }));
  const seatsAtEnd = seatsOn(ctx.period.to);
  const metrics: Metric[] = [];
  const notes: string[] = [];
  const first = points[0];
  const last = points.at(-1);
  if (first && last && last.activeUsers !== null) {
    metrics.push({
      label: t('qbr.adoption.latest', { metric: activeUsers }),
      value: formatNumber(last.activeUsers, language, 0),
    });
    if (seatsAtEnd !== null) {
      const share = last.activeUsers / seatsAtEnd;
      metrics.push(
        { label: t('qbr.adoption.seats'), value: formatNumber(seatsAtEnd, language, 0) },
        { label: t('qbr.adoption.utilisation'), value: formatPercent(share, language) },
      );
      if (share >= NEAR_LIMIT)
        notes.push(
          t('qbr.adoption.nearLimit', {
            metric: activeUsers,
            percent: formatPercent(share, language),
          }),
        );
      else if (share < LOW_USE)
        notes.push(t('qbr.adoption.low', { percent: formatPercent(share, language) }));
    } else {
      notes.push(t('qbr.adoption.noSeats'));
    }
    if (first.activeUsers !== null && first.activeUsers > 0) {
      metrics.push({
        label: t('qbr.adoption.change'),
        value: formatPercent(last.activeUsers / first.activeUsers - 1, language, true),
      });
    }
  } else {
    notes.push(t('qbr.adoption.noActiveUsers', { metric: activeUsers }));
  }
  const current = totalsByMetric(inQuarter);
  const before = totalsByMetric(usage.filter((p) => inPeriod(p.date, ctx.previous)));
  for (const [metric, total] of [...current].sort(([a], [b]) => a.localeCompare(b))) {
    if (metric === ACTIVE_USERS) continue;
    const previous = before.get(metric);
    const value = formatNumber(total, language, 0);
    notes.push(
      previous !== undefined && previous > 0
        ? t('qbr.adoption.metric', {
            metric: ctx.metricName(metric),
            value,
            change: formatPercent(total / previous - 1, language, true),
          })
        : t('qbr.adoption.metricNoPrevious', { metric: ctx.metricName(metric), value }),
    );
  }
  return withData(ctx, 'adoption', {
    metrics,
    chartTitle: t('qbr.adoption.chart', { metric: activeUsers }),
    seriesLabels: {
      activeUsers,
      licensedSeats: t('qbr.adoption.seats'),
    },
    points,
    notes,
  });
}
