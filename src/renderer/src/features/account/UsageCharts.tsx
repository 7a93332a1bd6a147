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
  number: (value: number) => string,
): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 40, right: 8, top: 8, bottom: 24 },
    // The categories are the formatted weeks, so the tooltip's heading is a date, not an ISO key;
    // values go through the locale's number format (tr 1.234), not ECharts' own commas.
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : number(v)),
    },
    xAxis: {
      type: 'category',
      data: series.points.map((p) => date(p[0])),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => number(v) } },
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
  const { t, date, number } = useI18n();
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
            <Chart
              option={usageOption(series, name, date, (v) => number(v, 1))}
              height={140}
              ariaLabel={name}
            />
          </div>
        );
      })}
    </div>
  );
}
