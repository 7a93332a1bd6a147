// The executive summary: health band and trend, ARR and renewal, the top value result (or,
// honestly, that there is none yet), then the CSM's own notes; with the headline figures.
import type { Metric, QbrSection } from '../../../shared/qbr/document';
import { daysBetween } from '../../../shared/analytics/portfolio/dates';
import { formatDate, formatMoney, formatNumber, formatSigned } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { quarterHealth } from './health';
import { arrAt } from './renewal';
import { npsCounts, npsOf } from './sentiment';
import { withData } from './section';

/** Within this many points a quarter's change reads as steady. */
const STEADY_POINTS = 2;

function healthSentence(ctx: QbrContext): string {
  const health = quarterHealth(ctx);
  if (!health || health.end.score === null) return ctx.t('qbr.summary.healthNone');
  const band = health.end.band ? ctx.healthLabel(`health.band.${health.end.band}`) : '–';
  const score = formatNumber(health.end.score, ctx.language, 0);
  if (health.delta === null) return ctx.t('qbr.summary.healthNoTrend', { band, score });
  const trend =
    health.delta > STEADY_POINTS ? 'up' : health.delta < -STEADY_POINTS ? 'down' : 'flat';
  return ctx.t('qbr.summary.health', {
    band,
    score,
    trend: ctx.t(`qbr.trend.${trend}`),
    delta: formatSigned(health.delta, ctx.language, 0),
  });
}

function commercialSentences(ctx: QbrContext): string[] {
  const sentences: string[] = [];
  const arr = arrAt(ctx);
  if (arr)
    sentences.push(
      ctx.t('qbr.summary.arr', { arr: formatMoney(arr.amount, arr.currency, ctx.language) }),
    );
  const renewal = ctx.account.renewalDate;
  if (renewal) {
    const days = daysBetween(ctx.period.to, renewal);
    const date = formatDate(renewal, ctx.language);
    sentences.push(
      days >= 0
        ? ctx.t('qbr.summary.renewal', { date, days: formatNumber(days, ctx.language, 0) })
        : ctx.t('qbr.summary.renewalPast', { date }),
    );
  }
  return sentences;
}

function valueSentence(ctx: QbrContext): string | null {
  const results = ctx.experiments.flatMap((o) => o.results);
  if (results.length === 0) return null;
  const best = results
    .filter((r) => r.verdict === 'improvement')
    .sort((a, b) => Math.abs(b.relativeEffect ?? 0) - Math.abs(a.relativeEffect ?? 0))[0];
  if (best)
    return ctx.t('qbr.summary.topValue', { headline: ctx.experimentText(best.wording.headline) });
  return ctx.t('qbr.summary.noImprovement', { count: results.length });
}

function highlights(ctx: QbrContext): Metric[] {
  const { t, language } = ctx;
  const metrics: Metric[] = [];
  const health = quarterHealth(ctx);
  if (health?.end.score !== null && health?.end.score !== undefined) {
    metrics.push({
      label: t('qbr.metric.health'),
      value: formatNumber(health.end.score, language, 0),
    });
  }
  const arr = arrAt(ctx);
  if (arr)
    metrics.push({
      label: t('qbr.metric.arr'),
      value: formatMoney(arr.amount, arr.currency, language),
    });
  if (ctx.account.renewalDate) {
    metrics.push({
      label: t('qbr.metric.renewal'),
      value: formatDate(ctx.account.renewalDate, language),
    });
  }
  const active = (ctx.data.usage ?? [])
    .filter((p) => p.metric === 'active_users' && inPeriod(p.date, ctx.period))
    .at(-1);
  if (active)
    metrics.push({
      label: t('qbr.metric.activeUsers'),
      value: formatNumber(active.value, language, 0),
    });
  const nps = npsOf(
    npsCounts((ctx.data.surveys ?? []).filter((a) => inPeriod(a.date, ctx.period))),
  );
  if (nps !== null)
    metrics.push({ label: t('qbr.metric.nps'), value: formatNumber(nps, language, 0) });
  return metrics;
}

export function summarySection(ctx: QbrContext): QbrSection {
  const facts = [healthSentence(ctx), ...commercialSentences(ctx)].join(' ');
  const value = valueSentence(ctx);
  const notes = ctx.narrative.summaryNotes
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return withData(ctx, 'executive_summary', {
    paragraphs: [facts, ...(value ? [value] : []), ...notes],
    highlights: highlights(ctx),
  });
}
