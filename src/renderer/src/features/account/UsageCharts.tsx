import type { EChartsCoreOption } from 'echarts/core';
import type { UsageSeries } from '../../../../shared/ipc/contract';
import { Chart } from '../../components/Chart';
import { useI18n } from '../../lib/i18n';

const MAX_CHARTS = 12;

function usageOption(series: UsageSeries, date: (iso: string) => string): EChartsCoreOption {
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
        name: series.metric,
        showSymbol: false,
        data: series.points.map((p) => p[1]),
        lineStyle: { width: 1.5 },
      },
    ],
  };
}

export function UsageCharts({ usage }: { usage: UsageSeries[] }) {
  const { t, date } = useI18n();
  if (usage.length === 0) return <p className="muted">{t('account.none')}</p>;
  return (
    <div className="usage-grid">
      {usage.slice(0, MAX_CHARTS).map((series) => (
        <div key={series.metric}>
          <h3>{series.metric}</h3>
          <Chart option={usageOption(series, date)} height={140} ariaLabel={series.metric} />
        </div>
      ))}
    </div>
  );
}
