// The executive summary, as Gainsight's and GitLab's EBR guides lay it out: one headline
// sentence; a status (on track, needs attention, behind plan) in the customer's words, from the
// health band and the goals; 3-5 key figures with their change against last quarter and the
// same quarter last year; the top win and the top risk in the customer's terms; the decisions
// the CSM asks for today; and the date the data are current to. Health internals (score, band
// names, components) stay in the app: the band only chooses the wording.
import type { QbrSection, SummaryStatus } from '../../../shared/qbr/document';
import { formatDate, formatPercent, formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { quarterHealth } from './health';
import { summaryKpis } from './kpis';
import type { MeasuredKpi } from './kpis';
import { customerRisks } from './risks';
import { withData } from './section';
import { plainOutcome } from './value';
import { inPeriod } from '../context';

/** A change smaller than this (10 %) is not worth a headline as a win or a risk. */
const NOTABLE = 0.1;

function status(ctx: QbrContext): { status: SummaryStatus; text: string } {
  const band = quarterHealth(ctx)?.end.band ?? null;
  const goals = ctx.narrative.goals;
  const behind = goals.filter((g) => g.status === 'off_track').length;
  const slipping = goals.filter((g) => g.status === 'at_risk').length;
  const fine = goals.length - behind - slipping;
  const value: SummaryStatus =
    band === 'red' || (goals.length > 0 && behind / goals.length >= 0.5)
      ? 'at_risk'
      : band === 'yellow' || behind + slipping > 0
        ? 'needs_attention'
        : 'on_track';
  const parts: string[] = [];
  if (band) parts.push(ctx.t(`qbr.sum.band.${band}`));
  if (goals.length > 0) parts.push(ctx.t('qbr.sum.goals', { done: fine, total: goals.length }));
  if (parts.length === 0) parts.push(ctx.t('qbr.sum.noSignals'));
  return { status: value, text: parts.join(' ') };
}

function topWin(ctx: QbrContext, kpis: MeasuredKpi[]): string | null {
  const wins = ctx.experiments
    .flatMap((o) =>
      o.results.map((r) => ({ r, unit: r.role === 'primary' ? (o.experiment.kpiUnit ?? '') : '' })),
    )
    .filter(({ r }) => r.verdict === 'improvement')
    .sort((a, b) => Math.abs(b.r.relativeEffect ?? 0) - Math.abs(a.r.relativeEffect ?? 0));
  const best = wins[0];
  if (best) return plainOutcome(ctx, best.r, best.unit);
  const active = (ctx.data.usage ?? []).filter(
    (p) => p.metric === 'active_users' && inPeriod(p.date, ctx.period),
  );
  const first = active[0];
  const last = active.at(-1);
  if (first && last && first.value > 0 && last.value / first.value - 1 >= NOTABLE) {
    return ctx.t('qbr.sum.winAdoption', {
      change: formatPercent(last.value / first.value - 1, ctx.language),
      value: formatNumber(last.value, ctx.language, 0),
    });
  }
  const done = ctx.narrative.goals.find((g) => g.status === 'done');
  if (done) return done.goal;
  const up = kpis.filter((k) => (k.gain ?? 0) >= NOTABLE).sort((a, b) => b.gain! - a.gain!)[0];
  return up ? `${up.label}: ${up.value} (${up.vsLastQuarter})` : null;
}

function topRisk(ctx: QbrContext, kpis: MeasuredKpi[]): string | null {
  const [risk] = customerRisks(ctx);
  if (risk) return risk.mitigation ? `${risk.risk} ${risk.mitigation}` : risk.risk;
  const down = kpis.filter((k) => (k.gain ?? 0) <= -NOTABLE).sort((a, b) => a.gain! - b.gain!)[0];
  if (down?.previousValue) {
    const [year, q] = ctx.quarter.split('-Q').map(Number) as [number, number];
    const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
    return ctx.t('qbr.sum.riskKpi', {
      kpi: down.label,
      from: down.previousValue,
      to: down.value,
      quarter: previous,
    });
  }
  return null;
}

export function summarySection(ctx: QbrContext): QbrSection {
  const { t } = ctx;
  const kpis = summaryKpis(ctx);
  const { status: value, text } = status(ctx);
  const win = topWin(ctx, kpis);
  const risk = topRisk(ctx, kpis);
  const notes = ctx.narrative.summaryNotes
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return withData(ctx, 'executive_summary', {
    headline: t(`qbr.sum.headline.${value}`, {
      quarter: ctx.quarter,
      account: ctx.account.name,
    }),
    status: value,
    statusLabel: t(`qbr.sum.status.${value}`),
    statusText: text,
    kpiHeading: t('qbr.sum.kpis'),
    kpis: kpis.map(({ label, value: v, vsLastQuarter, vsLastYear, basis }) => ({
      label,
      value: v,
      vsLastQuarter,
      vsLastYear,
      basis,
    })),
    topWin: win ? { heading: t('qbr.sum.topWin'), text: win } : null,
    topRisk: risk ? { heading: t('qbr.sum.topRisk'), text: risk } : null,
    decisionsHeading: t('qbr.sum.decisions'),
    decisions: [...ctx.narrative.decisions],
    paragraphs: notes,
    dataAsOfText: t('qbr.sum.asOf', { date: formatDate(ctx.asOf, ctx.language) }),
  });
}
