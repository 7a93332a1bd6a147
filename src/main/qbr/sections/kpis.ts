// The executive summary's headline figures, each measured for the review quarter, the quarter
// before and the same quarter a year earlier, so a figure carries its change where the earlier
// quarter has data. Survey figures carry their number of answers, and one from too few answers
// is never a headline (src/shared/domain/sample-size.ts).
import type { Period } from '../../../shared/analytics/portfolio/periods';
import { surveySample } from '../../../shared/domain/sample-size';
import type { Kpi } from '../../../shared/qbr/document';
import { formatNumber, formatPercent, formatSigned } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { npsCounts, npsOf } from './sentiment';
import { median } from './support';

type Change = 'relative' | 'difference' | 'share';

interface KpiDef {
  label: string;
  digits: number;
  change: Change;
  /** the figure for a period, with its number of answers for survey figures */
  measure: (period: Period) => { value: number; answers?: number } | null;
  format?: (value: number) => string;
  /** lower values are better (tickets, resolution hours): for the top risk's direction */
  lowerIsBetter?: boolean;
}

export interface MeasuredKpi extends Kpi {
  /** relative or absolute change against last quarter, signed so that > 0 is better */
  gain: number | null;
  previousValue: string | null;
}

function defs(ctx: QbrContext): KpiDef[] {
  const { t, language } = ctx;
  const usage = ctx.data.usage ?? [];
  const active = usage.filter((p) => p.metric === 'active_users');
  const lastActive = (period: Period) => active.filter((p) => inPeriod(p.date, period)).at(-1);
  const surveys = ctx.data.surveys ?? [];
  const answers = (kind: 'nps' | 'csat' | 'ces', period: Period) =>
    surveys.filter((a) => a.kind === kind && inPeriod(a.date, period));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const tickets = ctx.data.tickets ?? [];
  const seats = ctx.account.seats;
  return [
    {
      // The pack's own words for active users unless the workspace renamed the metric.
      label: ctx.ownMetricNames.active_users ?? t('qbr.metric.activeUsers'),
      digits: 0,
      change: 'relative',
      measure: (period) => {
        const p = lastActive(period);
        return p ? { value: p.value } : null;
      },
    },
    {
      label: t('qbr.adoption.utilisation'),
      digits: 0,
      change: 'share',
      measure: (period) => {
        const p = lastActive(period);
        return p && seats !== null && seats > 0 ? { value: p.value / seats } : null;
      },
      format: (v) => formatPercent(v, language),
    },
    {
      label: t('qbr.metric.nps'),
      digits: 0,
      change: 'difference',
      measure: (period) => {
        const list = answers('nps', period);
        const nps = npsOf(npsCounts(list));
        return nps === null ? null : { value: nps, answers: list.length };
      },
    },
    {
      label: t('qbr.kpi.csat'),
      digits: 1,
      change: 'difference',
      measure: (period) => {
        const list = answers('csat', period);
        return list.length ? { value: mean(list.map((a) => a.score)), answers: list.length } : null;
      },
    },
    {
      label: t('qbr.kpi.tickets'),
      digits: 0,
      change: 'relative',
      lowerIsBetter: true,
      measure: (period) =>
        tickets.length === 0
          ? null
          : { value: tickets.filter((x) => inPeriod(x.openedDate, period)).length },
    },
    {
      label: t('qbr.kpi.resolution'),
      digits: 1,
      change: 'relative',
      lowerIsBetter: true,
      measure: (period) => {
        const hours = median(
          tickets
            .filter((x) => inPeriod(x.openedDate, period) && x.resolutionHours !== null)
            .map((x) => x.resolutionHours as number),
        );
        return hours === null ? null : { value: hours };
      },
    },
  ];
}

const MAX_KPIS = 5;

/** Signed change of `now` against `then` in the KPI's own terms, or null when not meaningful. */
function change(def: KpiDef, now: number, then: number, ctx: QbrContext): string | null {
  const { language } = ctx;
  if (def.change === 'relative') {
    if (then === 0) return null;
    return formatPercent(now / then - 1, language, true);
  }
  if (def.change === 'share')
    return ctx.t('qbr.kpi.points', { value: formatSigned((now - then) * 100, language, 0) });
  return formatSigned(now - then, language, def.digits);
}

export function summaryKpis(ctx: QbrContext): MeasuredKpi[] {
  const { t, language } = ctx;
  const quarterName = (offset: number) => {
    const [year, q] = ctx.quarter.split('-Q').map(Number) as [number, number];
    const index = year * 4 + q - 1 + offset;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  };
  const out: MeasuredKpi[] = [];
  for (const def of defs(ctx)) {
    const now = def.measure(ctx.period);
    if (!now) continue;
    // a survey figure from too few answers is not a headline
    if (now.answers !== undefined && surveySample(now.answers).tooFew) continue;
    const prev = def.measure(ctx.previous);
    const year = def.measure(ctx.yearAgo);
    const usable = (m: { value: number; answers?: number } | null) =>
      m !== null && (m.answers === undefined || !surveySample(m.answers).tooFew);
    const fmt = def.format ?? ((v: number) => formatNumber(v, language, def.digits));
    const vs = (m: { value: number } | null, offset: number) => {
      if (!m || !usable(m)) return null;
      const c = change(def, now.value, m.value, ctx);
      return c === null ? null : t('qbr.sum.vs', { change: c, quarter: quarterName(offset) });
    };
    const raw = prev && usable(prev) ? now.value - prev.value : null;
    const scaled =
      raw === null || !prev
        ? null
        : def.change === 'relative'
          ? prev.value === 0
            ? null
            : raw / prev.value
          : raw;
    out.push({
      label: def.label,
      value: fmt(now.value),
      vsLastQuarter: vs(prev, -1),
      vsLastYear: vs(year, -4),
      basis:
        now.answers === undefined
          ? null
          : t('qbr.sample.answers', { count: formatNumber(now.answers, language, 0) }),
      gain: scaled === null ? null : def.lowerIsBetter ? -scaled : scaled,
      previousValue: prev && usable(prev) ? fmt(prev.value) : null,
    });
    if (out.length === MAX_KPIS) break;
  }
  return out;
}
