import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { SnapshotSeries } from '../../../../shared/ipc/contract';
import { Chart } from '../../components/Chart';
import { useI18n } from '../../lib/i18n';
import { BAND_COLOURS } from './format';

interface Props {
  series: SnapshotSeries;
  selected: string | null;
  onSelect: (date: string) => void;
}

/** Weekly scores as bars over the red, yellow and green bands; a bar click picks the week. */
export function HealthTrend({ series, selected, onSelect }: Props) {
  const { t, date, number } = useI18n();
  const option = useMemo<EChartsCoreOption>(() => {
    const { redBelow, yellowBelow } = series.bands;
    const band = (from: number, to: number, colour: string) => [
      { yAxis: from, itemStyle: { color: colour, opacity: 0.08 } },
      { yAxis: to },
    ];
    return {
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      // Categories are the formatted weeks (the tooltip's heading shows them as they are); a
      // click still finds its week by index. Scores read in the locale's decimals (tr 72,5).
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '—' : number(v, 1)),
      },
      xAxis: {
        type: 'category',
        data: series.points.map((p) => date(p.date)),
        axisLabel: { hideOverlap: true },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { formatter: (v: number) => number(v) },
      },
      dataZoom: [{ type: 'inside' }],
      series: [
        {
          name: t('health.score'),
          type: 'bar',
          barCategoryGap: '15%',
          data: series.points.map((p) => ({
            value: p.score === null ? null : Math.round(p.score * 10) / 10,
            itemStyle: {
              color: p.band ? BAND_COLOURS[p.band] : '#9aa1b1',
              opacity: selected === null || selected === p.date ? 0.95 : 0.55,
            },
          })),
          markArea: {
            silent: true,
            data: [
              band(0, redBelow, BAND_COLOURS.red),
              band(redBelow, yellowBelow, BAND_COLOURS.yellow),
              band(yellowBelow, 100, BAND_COLOURS.green),
            ],
          },
        },
      ],
    };
  }, [series, selected, t, date, number]);
  const points = series.points;
  return (
    <div data-testid="health-trend">
      <Chart
        option={option}
        height={260}
        ariaLabel={t('account.healthTrend')}
        onClick={({ dataIndex }) => {
          const point = points[dataIndex];
          if (point) onSelect(point.date);
        }}
      />
    </div>
  );
}
