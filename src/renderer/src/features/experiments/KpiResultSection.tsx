import { useMemo } from 'react';
import type { KpiResultView } from '../../../../shared/ipc/contract';
import { Chart } from '../../components/Chart';
import { useI18n } from '../../lib/i18n';
import { eventStudyOption, groupMeansOption, unitChangesOption } from './chart-options';
import type { ChartLabels } from './chart-options';
import { formatP, formatShare, formatStat } from './format';
import { VerdictBadge } from './VerdictBadge';
import './experiments.css';

function EffectCard({ result, unit }: { result: KpiResultView; unit: string | null }) {
  const { t, number, percent } = useI18n();
  const stat = (value: number | null) => formatStat(number, value);
  const level = Math.round((1 - result.alpha) * 100);
  return (
    <div className={`exp-effect verdict-edge-${result.verdict}`} data-testid="effect-card">
      <div className="exp-effect-label">{t('experiment.card.effect')}</div>
      <div className="exp-effect-value">
        {result.effect !== null && result.effect > 0 ? '+' : ''}
        {stat(result.effect)} <small>{unit ?? ''}</small>
      </div>
      <div className="muted">
        {t('experiment.card.interval', { level })}: {stat(result.ciLow)} … {stat(result.ciHigh)}
      </div>
      <dl className="exp-facts">
        <dt>{t('experiment.card.p')}</dt>
        <dd>{formatP(number, result.pValue)}</dd>
        <dt>{t('experiment.card.permutationP')}</dt>
        <dd>{formatP(number, result.permutationP)}</dd>
        {result.holmP !== null && (
          <>
            <dt>{t('experiment.card.holm')}</dt>
            <dd>{formatP(number, result.holmP)}</dd>
          </>
        )}
        <dt>{t('experiment.card.relative')}</dt>
        <dd>
          {result.relativeEffect === null
            ? '—'
            : `${result.relativeEffect > 0 ? '+' : ''}${formatShare(percent, result.relativeEffect)}`}
        </dd>
        <dt>{t('experiment.card.probability')}</dt>
        <dd>{formatShare(percent, result.probImprovement)}</dd>
        <dt>{t('experiment.card.units')}</dt>
        <dd>
          {t('experiment.card.unitsValue', { target: result.nTarget, control: result.nControl })}
        </dd>
        <dt>{t('experiment.card.mde')}</dt>
        <dd>{stat(result.mde)}</dd>
      </dl>
    </div>
  );
}

function Wording({ result }: { result: KpiResultView }) {
  const { t } = useI18n();
  const { text } = result;
  return (
    <div className="exp-wording">
      <p className="exp-headline" data-testid="headline">
        {text.headline}
      </p>
      {text.details.length > 0 && (
        <ul className="exp-list">
          {text.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {text.cautions.length > 0 && (
        <div className="exp-note warn">
          <strong>{t('experiment.cautions')}</strong>
          <ul>
            {text.cautions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {text.nextSteps.length > 0 && (
        <div className="exp-next">
          <strong>
            {t(
              result.verdict === 'improvement'
                ? 'experiment.nextSteps'
                : 'experiment.improvementArea',
            )}
          </strong>
          <ol>
            {text.nextSteps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

function Diagnostics({ result }: { result: KpiResultView }) {
  const { t, date, number } = useI18n();
  const stat = (value: number | null) => formatStat(number, value);
  const { placebo, balance, leaveOneOut } = result.diagnostics;
  return (
    <details className="exp-diagnostics">
      <summary>{t('experiment.diagnostics')}</summary>
      <ul className="exp-list">
        {placebo && (
          <li>
            {t('experiment.diag.placebo', {
              date: date(placebo.fakeRolloutDate),
              effect: stat(placebo.effect),
              p: formatP(number, placebo.pValue),
              status: t(
                placebo.failed ? 'experiment.diag.placeboFailed' : 'experiment.diag.placeboPassed',
              ),
            })}
          </li>
        )}
        {balance?.standardizedDifference != null && (
          <li>
            {t('experiment.diag.balance', { value: number(balance.standardizedDifference, 2) })}
          </li>
        )}
        {leaveOneOut && (
          <li>
            {t('experiment.diag.leaveOneOut', {
              low: stat(leaveOneOut.low),
              high: stat(leaveOneOut.high),
            })}
          </li>
        )}
        {result.df !== null && <li>{t('experiment.diag.df', { df: number(result.df, 1) })}</li>}
        {result.droppedUnits.length > 0 && (
          <li>
            {t('experiment.diag.dropped', {
              units: result.droppedUnits.map((u) => u.unitId).join(', '),
            })}
          </li>
        )}
      </ul>
    </details>
  );
}

/** One KPI's result: the effect card, the honest wording, the three charts and the diagnostics. */
export function KpiResultSection({ result, unit }: { result: KpiResultView; unit: string | null }) {
  const { t, date, number } = useI18n();
  const labels: ChartLabels = useMemo(
    () => ({
      target: t('experiment.series.target'),
      control: t('experiment.series.control'),
      counterfactual: t('experiment.series.counterfactual'),
      rollout: t('experiment.series.rollout'),
      effect: t('experiment.series.effect'),
      interval: t('experiment.series.interval'),
      mean: t('experiment.series.mean'),
      date,
      number: (value: number) => formatStat(number, value),
    }),
    // date and number change with the locale, as t does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );
  const means = useMemo(() => groupMeansOption(result, labels), [result, labels]);
  const events = useMemo(() => eventStudyOption(result, labels), [result, labels]);
  const units = useMemo(() => unitChangesOption(result, labels), [result, labels]);
  return (
    <section className="exp-kpi" aria-label={result.kpi} data-testid={`kpi-${result.role}`}>
      <header className="exp-kpi-head">
        <h3>{result.kpi}</h3>
        <span className="muted">
          {t(result.role === 'primary' ? 'experiment.role.primary' : 'experiment.role.secondary')}
        </span>
        <VerdictBadge verdict={result.verdict} testId="verdict" />
      </header>
      <div className="exp-kpi-body">
        <EffectCard result={result} unit={unit} />
        <Wording result={result} />
      </div>
      <div className="exp-charts">
        <figure className="exp-chart wide">
          <figcaption>{t('experiment.chart.means')}</figcaption>
          <Chart option={means} height={280} ariaLabel={t('experiment.chart.means')} />
        </figure>
        <figure className="exp-chart">
          <figcaption>{t('experiment.chart.eventStudy')}</figcaption>
          <Chart option={events} height={250} ariaLabel={t('experiment.chart.eventStudy')} />
        </figure>
        <figure className="exp-chart">
          <figcaption>{t('experiment.chart.units')}</figcaption>
          <Chart option={units} height={250} ariaLabel={t('experiment.chart.units')} />
        </figure>
      </div>
      <Diagnostics result={result} />
    </section>
  );
}
