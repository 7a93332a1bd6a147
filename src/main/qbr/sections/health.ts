// Health: the weekly scores of the quarter and what moved the score between the last snapshot
// before the quarter and the last one in it, component by component.
import { explainChange, snapshotOnOrBefore } from '../../../shared/analytics/health';
import type { ComponentChange, HealthSnapshot } from '../../../shared/analytics/health';
import { addDays } from '../../../shared/analytics/portfolio/dates';
import type { HealthChange, Metric, QbrSection } from '../../../shared/qbr/document';
import { formatNumber, formatSigned } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { noData, withData } from './section';

const MAX_CHANGES = 6;
/** Points below which a component's change is rounding, not a reason. */
const MIN_IMPACT = 0.05;

export interface QuarterHealth {
  start: HealthSnapshot | null;
  end: HealthSnapshot;
  delta: number | null;
}

/** The scored snapshot closing the quarter and the one it is compared with; null if unscored. */
export function quarterHealth(ctx: QbrContext): QuarterHealth | null {
  const scored = ctx.snapshots.filter((s) => s.score !== null);
  const end = snapshotOnOrBefore(scored, ctx.period.to);
  if (!end || !inPeriod(end.date, ctx.period)) return null;
  const start =
    snapshotOnOrBefore(scored, addDays(ctx.period.from, -1)) ??
    scored.find((s) => inPeriod(s.date, ctx.period)) ??
    null;
  const delta =
    start && start !== end && start.score !== null && end.score !== null
      ? end.score - start.score
      : null;
  return { start: start === end ? null : start, end, delta };
}

function reason(ctx: QbrContext, change: ComponentChange): string {
  if (change.missingChange) return ctx.healthLabel(`health.change.${change.missingChange}`);
  const points = formatNumber(Math.abs(change.impact), ctx.language, 1);
  return ctx.t(change.impact > 0 ? 'qbr.health.reason.up' : 'qbr.health.reason.down', { points });
}

export function healthSection(ctx: QbrContext): QbrSection {
  const health = quarterHealth(ctx);
  if (!health) return noData(ctx, 'health');
  const { t, language } = ctx;
  const { end, start, delta } = health;
  const metrics: Metric[] = [
    { label: t('qbr.health.scoreEnd'), value: formatNumber(end.score ?? 0, language, 0) },
    {
      label: t('qbr.health.band'),
      value: end.band ? ctx.healthLabel(`health.band.${end.band}`) : '–',
    },
  ];
  if (delta !== null)
    metrics.push({ label: t('qbr.health.change'), value: formatSigned(delta, language, 0) });
  const changes: HealthChange[] = start
    ? explainChange(start, end)
        // a value that moved without moving the score is not news for the customer
        .components.filter((c) => c.missingChange !== null || Math.abs(c.impact) >= MIN_IMPACT)
        .slice(0, MAX_CHANGES)
        .map((c) => ({
          component: ctx.healthLabel(c.labelKey),
          from: c.previousSubScore,
          to: c.currentSubScore,
          reason: reason(ctx, c),
        }))
    : [];
  return withData(ctx, 'health', {
    metrics,
    chartTitle: t('qbr.health.chart'),
    scoreLabel: ctx.healthLabel('health.score'),
    bands: ctx.bands,
    bandLabels: {
      red: ctx.healthLabel('health.band.red'),
      yellow: ctx.healthLabel('health.band.yellow'),
      green: ctx.healthLabel('health.band.green'),
    },
    weeks: ctx.snapshots
      .filter((s) => inPeriod(s.date, ctx.period))
      .map((s) => ({
        weekStart: s.date,
        score: s.score === null ? null : Math.round(s.score * 10) / 10,
      })),
    changesHeading: t('qbr.health.changes'),
    changeColumns: {
      component: t('qbr.health.col.component'),
      from: t('qbr.health.col.from'),
      to: t('qbr.health.col.to'),
      reason: t('qbr.health.col.reason'),
    },
    changes,
  });
}
