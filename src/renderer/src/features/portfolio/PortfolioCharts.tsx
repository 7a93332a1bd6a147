import { useMemo } from 'react';
import { mrrWaterfall, type PortfolioMetrics } from '../../../../shared/analytics/portfolio';
import type {
  HealthBandsAnswer,
  RenewalsAnswer,
  SeriesAnswer,
} from '../../../../shared/ipc/contract';
import { Chart } from '../../components/Chart';
import { useI18n } from '../../lib/i18n';
import {
  bandsOption,
  reasonsOption,
  renewalsOption,
  retentionOption,
  waterfallOption,
} from './chartOptions';
import { bandKey, reasonKey, teamLabel } from './labels';

interface Props {
  metrics: PortfolioMetrics;
  series: SeriesAnswer | null;
  renewals: RenewalsAnswer | null;
  bands: HealthBandsAnswer | null;
}

export function PortfolioCharts({ metrics, series, renewals, bands }: Props) {
  const { t, money, percent, shortMonth, locale } = useI18n();
  const cash = (n: number) => money(n, metrics.currency);
  // Months arrive as "2026-06"; Thai axes count them in the Buddhist era like every other date.
  const month = (m: string) => shortMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)));
  const bandLabel = (b: string) => t(bandKey(b));
  // An answer without figures is waiting for exchange rates, not still loading.
  const pendingText = (answer: { missingRates: string[] } | null) =>
    answer && answer.missingRates.length > 0 ? t('portfolio.fx.needed') : t('common.loading');

  const waterfall = useMemo(
    () => waterfallOption(mrrWaterfall(metrics.mrr), (k) => t(`portfolio.step.${k}`), cash),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [metrics, locale],
  );
  const retention = useMemo(
    () =>
      series?.points
        ? retentionOption(
            series.points,
            {
              retention: t('portfolio.metric.retention'),
              grr: t('portfolio.metric.grr'),
              nrr: t('portfolio.metric.nrr'),
              logoChurn: t('portfolio.metric.logoChurn'),
            },
            month,
            (points) => percent(points / 100, 1),
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, locale],
  );
  const reasons = useMemo(
    () =>
      reasonsOption(
        metrics.churnByReason,
        (r) => {
          const teams = r.owners.map((team) => teamLabel(team, t)).join(', ');
          return teams ? `${t(reasonKey(r.reason))} (${teams})` : t(reasonKey(r.reason));
        },
        (r) => t('portfolio.reasons.tooltip', { count: r.count, mrr: cash(r.mrrLost) }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [metrics, locale],
  );
  const renewalsChart = useMemo(
    () =>
      renewals?.windows
        ? renewalsOption(
            renewals,
            (days) => t('portfolio.renewals.window', { days }),
            bandLabel,
            (n) => money(n, renewals.currency),
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [renewals, locale],
  );
  const bandsChart = useMemo(
    () => (bands?.available ? bandsOption(bands.points, bandLabel, month) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bands, locale],
  );

  return (
    <div className="pf-charts">
      <figure className="pf-chart">
        <figcaption>{t('portfolio.chart.waterfall')}</figcaption>
        <Chart option={waterfall} ariaLabel={t('portfolio.chart.waterfall')} height={240} />
      </figure>
      <figure className="pf-chart">
        <figcaption>{t('portfolio.chart.retention')}</figcaption>
        {retention ? (
          <Chart option={retention} ariaLabel={t('portfolio.chart.retention')} height={240} />
        ) : (
          <p className="muted">{pendingText(series)}</p>
        )}
      </figure>
      <figure className="pf-chart">
        <figcaption>{t('portfolio.chart.reasons')}</figcaption>
        <Chart option={reasons} ariaLabel={t('portfolio.chart.reasons')} height={240} />
      </figure>
      <figure className="pf-chart">
        <figcaption>{t('portfolio.chart.renewals')}</figcaption>
        {renewalsChart ? (
          <Chart option={renewalsChart} ariaLabel={t('portfolio.chart.renewals')} height={240} />
        ) : (
          <p className="muted">{pendingText(renewals)}</p>
        )}
      </figure>
      <figure className="pf-chart wide">
        <figcaption>{t('portfolio.chart.bands')}</figcaption>
        {bandsChart ? (
          <Chart option={bandsChart} ariaLabel={t('portfolio.chart.bands')} height={220} />
        ) : (
          <p className="muted">{t('portfolio.chart.noHealth')}</p>
        )}
      </figure>
    </div>
  );
}
