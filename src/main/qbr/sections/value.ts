// Value delivered: every KPI of every experiment measured by the quarter's end, with the
// analysis' own honest wording in the document's language. Inconclusive and bad results are
// listed as improvement areas, never dropped.
import type { KpiResult } from '../../../shared/analytics/experiments';
import type { ExperimentResult, QbrSection, Verdict } from '../../../shared/qbr/document';
import { formatNumber } from '../../export/labels';
import type { ExperimentOutcome, QbrContext } from '../context';
import { noData, withData } from './section';

const VERDICTS: Record<KpiResult['verdict'], Verdict> = {
  improvement: 'improvement',
  deterioration: 'deterioration',
  inconclusive: 'inconclusive',
  insufficient: 'insufficient_data',
};

/** The result in an executive's words: what changed, by how much, and how sure we are. */
export function plainOutcome(ctx: QbrContext, r: KpiResult, unit: string): string {
  // an empty unit leaves a double space or a space before punctuation
  return rawOutcome(ctx, r, unit)
    .replace(/ {2,}/g, ' ')
    .replace(/\s+([;.,)])/g, '$1');
}

function rawOutcome(ctx: QbrContext, r: KpiResult, unit: string): string {
  const n = (v: number) => formatNumber(v, ctx.language, 1);
  const level = Math.round((1 - r.alpha) * 100);
  const kpi = r.kpi;
  if (r.effect === null || r.ciLow === null || r.ciHigh === null || r.verdict === 'insufficient')
    return ctx.t('qbr.value.outcome.tooFew', { kpi });
  if (r.verdict === 'improvement') {
    const up = r.direction === 'higher_is_better';
    const [low, high] = up ? [r.ciLow, r.ciHigh] : [-r.ciHigh, -r.ciLow];
    return ctx.t(up ? 'qbr.value.outcome.higher' : 'qbr.value.outcome.lower', {
      kpi,
      effect: n(Math.abs(r.effect)),
      unit,
      level,
      low: n(low),
      high: n(high),
    });
  }
  if (r.verdict === 'deterioration')
    return ctx.t('qbr.value.outcome.worse', {
      kpi,
      effect: (r.effect > 0 ? '+' : '') + n(r.effect),
      unit,
    });
  return ctx.t('qbr.value.outcome.unclear', { kpi, low: n(r.ciLow), high: n(r.ciHigh), unit });
}

export function experimentResults(ctx: QbrContext, outcome: ExperimentOutcome): ExperimentResult[] {
  const { experiment } = outcome;
  return outcome.results.map((r) => {
    const render = ctx.experimentText;
    const verdict = VERDICTS[r.verdict];
    const cautions = r.wording.cautions.map(render);
    // the plan's unit belongs to its primary KPI; secondary KPIs carry none
    const unit = r.role === 'primary' ? (experiment.kpiUnit ?? '') : '';
    if (outcome.changedPlanVersion !== null) {
      cautions.push(
        ctx.t('qbr.value.planChanged', {
          experiment: experiment.name,
          version: outcome.changedPlanVersion,
        }),
      );
    }
    return {
      name: experiment.name,
      kpi: r.kpi,
      unit,
      effect: r.effect,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      confidenceLevel: 1 - r.alpha,
      relativeEffectPercent: r.relativeEffect === null ? null : r.relativeEffect * 100,
      verdict,
      verdictLabel: ctx.t(`qbr.verdict.${verdict}`),
      outcome: plainOutcome(ctx, r, unit),
      wording: [
        render(r.wording.headline),
        ...r.wording.details.map(render),
        ...r.wording.nextSteps.map(render),
      ].join(' '),
      caution: cautions.length ? cautions.join(' ') : null,
    };
  });
}

export function valueSection(ctx: QbrContext): QbrSection {
  const results = ctx.experiments.flatMap((o) => experimentResults(ctx, o));
  if (results.length === 0) return noData(ctx, 'value_delivered');
  const level = Math.round((results[0]?.confidenceLevel ?? 0.95) * 100);
  return withData(ctx, 'value_delivered', {
    intro: ctx.t('qbr.value.intro'),
    columns: {
      experiment: ctx.t('qbr.col.experiment'),
      kpi: ctx.t('qbr.col.kpi'),
      effect: ctx.t('qbr.col.effect'),
      interval: ctx.t('qbr.col.interval', { level }),
      verdict: ctx.t('qbr.col.verdict'),
    },
    chartTitle: ctx.t('qbr.value.chart'),
    results,
  });
}
