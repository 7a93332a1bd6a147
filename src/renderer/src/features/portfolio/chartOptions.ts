// ECharts options for the Portfolio charts, built from the answers main sends.
import type { EChartsCoreOption } from 'echarts/core';
import type { ChurnReasonRow, WaterfallStep } from '../../../../shared/analytics/portfolio';
import type {
  HealthBandsPoint,
  RenewalsAnswer,
  SeriesPoint,
} from '../../../../shared/ipc/contract';
import { BAND_COLOURS } from './labels';

const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const COLOURS = { start: '#2f5bea', gain: '#1f9d55', loss: '#d64545' };

export function waterfallOption(
  steps: readonly WaterfallStep[],
  label: (key: WaterfallStep['key']) => string,
  money: (n: number) => string,
): EChartsCoreOption {
  const colour = (s: WaterfallStep) =>
    s.key === 'start' || s.key === 'end'
      ? COLOURS.start
      : s.amount < 0
        ? COLOURS.loss
        : COLOURS.gain;
  return {
    grid: GRID,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const step = steps[items[0]?.dataIndex ?? 0];
        return step ? `${label(step.key)}: ${money(step.amount)}` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((s) => label(s.key)),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
    series: [
      {
        type: 'bar',
        stack: 'w',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: steps.map((s) => s.low),
      },
      {
        type: 'bar',
        stack: 'w',
        data: steps.map((s) => ({ value: s.high - s.low, itemStyle: { color: colour(s) } })),
        label: {
          show: true,
          position: 'top',
          fontSize: 10,
          // Zero movements get no label: they would only crowd their neighbours.
          formatter: (p: { dataIndex: number }) => {
            const amount = steps[p.dataIndex]?.amount ?? 0;
            return amount === 0 ? '' : money(amount);
          },
        },
      },
    ],
  };
}

export function retentionOption(
  points: readonly SeriesPoint[],
  names: { retention: string; grr: string; nrr: string; logoChurn: string },
  month: (m: string) => string,
  /** Percent points (92.3) as the locale writes a percentage (tr "%92,3"). */
  percent: (points: number) => string,
): EChartsCoreOption {
  const line = (name: string, data: (number | null)[]) => ({
    name,
    type: 'line',
    connectNulls: false,
    data: data.map((v) => (v === null ? null : Math.round(v * 10) / 10)),
  });
  return {
    grid: { ...GRID, top: 40 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : percent(v)),
    },
    xAxis: { type: 'category', data: points.map((p) => month(p.month)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => percent(v) }, scale: true },
    series: [
      line(
        names.retention,
        points.map((p) => p.customerRetentionPercent),
      ),
      line(
        names.grr,
        points.map((p) => p.grossRevenueRetentionPercent),
      ),
      line(
        names.nrr,
        points.map((p) => p.netRevenueRetentionPercent),
      ),
      line(
        names.logoChurn,
        points.map((p) => p.logoChurnPercent),
      ),
    ],
  };
}

export function reasonsOption(
  rows: readonly ChurnReasonRow[],
  label: (row: ChurnReasonRow) => string,
  tooltip: (row: ChurnReasonRow) => string,
): EChartsCoreOption {
  const shown = [...rows].reverse();
  return {
    grid: { ...GRID, top: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const row = shown[p.dataIndex];
        return row ? tooltip(row) : '';
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map(label),
      axisLabel: { width: 260, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: shown.map((r) => r.count), itemStyle: { color: '#c77700' } }],
  };
}

export function renewalsOption(
  answer: RenewalsAnswer,
  windowLabel: (days: number) => string,
  bandLabel: (band: string) => string,
  money: (n: number) => string,
): EChartsCoreOption {
  const windows = answer.windows ?? [];
  const bands = [...new Set(windows.flatMap((w) => w.byBand.map((b) => b.band)))].sort(
    (a, b) => Object.keys(BAND_COLOURS).indexOf(a) - Object.keys(BAND_COLOURS).indexOf(b),
  );
  return {
    grid: { ...GRID, top: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: windows.map((w) => windowLabel(w.days)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: bands.map((band) => ({
      name: bandLabel(band),
      type: 'bar',
      stack: 'renewals',
      itemStyle: { color: BAND_COLOURS[band] ?? BAND_COLOURS.unscored },
      data: windows.map((w) => {
        const group = w.byBand.find((b) => b.band === band);
        return { value: group?.count ?? 0, arr: group?.arr ?? 0 };
      }),
      label: {
        show: true,
        formatter: (p: { data: { value: number; arr: number } }) =>
          p.data.value > 0 ? `${p.data.value} · ${money(p.data.arr)}` : '',
      },
    })),
  };
}

export function bandsOption(
  points: readonly HealthBandsPoint[],
  bandLabel: (band: string) => string,
  month: (m: string) => string,
): EChartsCoreOption {
  const bands = ['red', 'yellow', 'green'];
  return {
    grid: { ...GRID, top: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: points.map((p) => month(p.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: bands.map((band) => ({
      name: bandLabel(band),
      type: 'bar',
      stack: 'bands',
      itemStyle: { color: BAND_COLOURS[band] },
      data: points.map((p) => p.counts[band] ?? 0),
    })),
  };
}
