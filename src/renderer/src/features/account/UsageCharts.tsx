import type { EChartsCoreOption } from 'echarts/core';
import type { UsageSeries } from '../../../../shared/ipc/contract';
import { Chart } from '../../components/Chart';
import { useI18n } from '../../lib/i18n';
import { useMetricLabel } from '../metrics/useMetricLabel';

const MAX_CHARTS = 12;

function usageOption(
  series: UsageSeries,
  name: string,
  date: (iso: string) => string,
): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 40, right: 8, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: series.points.map((p) => p[0]),
      axisLabel: { formatter: (v: string) => date(v), hideOverlap: true },
    },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'line',
        name,
        showSymbol: false,
        data: series.points.map((p) => p[1]),
        lineStyle: { width: 1.5 },
      },
    ],
  };
}

export function UsageCharts({ usage }: { usage: UsageSeries[] }) {
  const { t, date } = useI18n();
  const metricName = useMetricLabel();
  if (usage.length === 0) return <p className="muted">{t('account.none')}</p>;
  return (
    <div className="usage-grid">
      {usage.slice(0, MAX_CHARTS).map((series) => {
        // The workspace's name for the metric, else its name in the reader's language; never
        // the raw key (#18 point 5).
        const name = metricName(series.metric);
        return (
          <div key={series.metric} data-testid="usage-chart">
            <h3 title={series.metric}>{name}</h3>
            <Chart option={usageOption(series, name, date)} height={140} ariaLabel={name} />
          </div>
        );
      })}
    </div>
  );
}
