// ECharts options for the experiment charts: pure functions of a KPI result and the labels, so
// the same pictures could be drawn for the QBR export.
import type { EChartsCoreOption } from 'echarts/core';
import type { KpiResult } from '../../../../shared/analytics/experiments';

export interface ChartLabels {
  target: string;
  control: string;
  counterfactual: string;
  rollout: string;
  effect: string;
  interval: string;
  mean: string;
  date: (iso: string) => string;
  number: (value: number) => string;
}

const COLORS = {
  target: '#2f5bea',
  control: '#8a93a6',
  counterfactual: '#2f5bea',
  zero: '#b9bfcc',
};
const GRID = { left: 56, right: 24, top: 40, bottom: 36, containLabel: true };
const TEXT = { fontSize: 12, color: '#1d2433' };
// Unit names are imported text: tooltips are drawn as chart text, never parsed as HTML.
const TOOLTIP = { renderMode: 'richText' } as const;

/** Target and control means per period, the rollout line, and the target's dashed counterfactual. */
export function groupMeansOption(result: KpiResult, labels: ChartLabels): EChartsCoreOption {
  const points = result.series.points;
  const categories = points.map((p) => labels.date(p.start));
  const rolloutIndex = points.findIndex((p) => p.period === 0);
  return {
    textStyle: TEXT,
    grid: GRID,
    legend: { top: 0, textStyle: TEXT },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      valueFormatter: (v: unknown) => formatMaybe(v, labels),
    },
    xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: labels.number } },
    series: [
      {
        name: labels.target,
        type: 'line',
        data: points.map((p) => p.target),
        color: COLORS.target,
        symbolSize: 5,
        lineStyle: { width: 2.5 },
        markLine:
          rolloutIndex < 0
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                label: { formatter: labels.rollout, position: 'insideEndTop' },
                lineStyle: { color: '#c77700', type: 'solid', width: 1.5 },
                data: [{ xAxis: rolloutIndex }],
              },
      },
      {
        name: labels.control,
        type: 'line',
        data: points.map((p) => p.control),
        color: COLORS.control,
        symbolSize: 5,
        lineStyle: { width: 2 },
      },
      {
        name: labels.counterfactual,
        type: 'line',
        data: points.map((p) => p.counterfactual),
        color: COLORS.counterfactual,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2, opacity: 0.7 },
      },
    ],
  };
}

/** The per-period gap between the groups, relative to the pre window, as points with intervals. */
export function eventStudyOption(result: KpiResult, labels: ChartLabels): EChartsCoreOption {
  const points = result.diagnostics.eventStudy;
  const categories = points.map((p) => labels.date(p.start));
  const rolloutIndex = points.findIndex((p) => p.period === 0);
  const low = points.map((p) => p.ciLow);
  // Drawn as a stacked band: an invisible base at the low end plus the interval's width. ECharts
  // stacks only values of the same sign by default, so a negative low end under a positive width
  // would start the band at 0; stacking 'all' starts it at the low end whatever the signs.
  const width = points.map((p) =>
    p.ciLow === null || p.ciHigh === null ? null : p.ciHigh - p.ciLow,
  );
  return {
    textStyle: TEXT,
    grid: GRID,
    legend: { top: 0, textStyle: TEXT, data: [labels.effect, labels.interval] },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      formatter: (items: { dataIndex: number }[]) => {
        const point = points[items[0]?.dataIndex ?? 0];
        if (!point || point.effect === null) return '';
        return `${labels.date(point.start)}\n${labels.effect}: ${labels.number(point.effect)}\n${labels.interval}: ${formatMaybe(point.ciLow, labels)} – ${formatMaybe(point.ciHigh, labels)}`;
      },
    },
    xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: labels.number } },
    series: [
      {
        name: 'base',
        type: 'line',
        stack: 'interval',
        stackStrategy: 'all',
        data: low,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
        tooltip: { show: false },
      },
      {
        name: labels.interval,
        type: 'line',
        stack: 'interval',
        stackStrategy: 'all',
        data: width,
        symbol: 'none',
        color: '#9fb3f5',
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(47, 91, 234, 0.18)' },
        silent: true,
      },
      {
        name: labels.effect,
        type: 'line',
        data: points.map((p) => p.effect),
        color: COLORS.target,
        symbolSize: 6,
        showAllSymbol: true,
        lineStyle: { width: 2 },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          data: [
            { yAxis: 0, lineStyle: { color: COLORS.zero, type: 'solid' } },
            ...(rolloutIndex < 0
              ? []
              : [{ xAxis: rolloutIndex, lineStyle: { color: '#c77700', type: 'solid' } }]),
          ],
        },
      },
    ],
  };
}

/** A small fixed spread so units with similar changes do not hide each other. */
function jitter(index: number, count: number): number {
  return count <= 1 ? 0 : (index / (count - 1) - 0.5) * 0.36;
}

/** Each unit's change as a dot in its group's column, with the group mean as a bar. */
export function unitChangesOption(result: KpiResult, labels: ChartLabels): EChartsCoreOption {
  const groups = [
    { name: labels.target, units: result.unitChanges.target, color: COLORS.target, x: 0 },
    { name: labels.control, units: result.unitChanges.control, color: COLORS.control, x: 1 },
  ];
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    textStyle: TEXT,
    grid: GRID,
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (item: { data: [number, number, string] }) =>
        `${item.data[2]}: ${labels.number(item.data[1])}`,
    },
    xAxis: {
      type: 'value',
      min: -0.5,
      max: 1.5,
      axisLine: { onZero: false },
      axisTick: { customValues: [0, 1] },
      axisLabel: {
        customValues: [0, 1],
        fontSize: 12,
        formatter: (v: number) => (v === 0 ? labels.target : labels.control),
      },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLine: { onZero: false },
      axisLabel: { formatter: labels.number },
    },
    series: [
      ...groups.map((group) => ({
        name: group.name,
        type: 'scatter',
        color: group.color,
        symbolSize: 10,
        itemStyle: { opacity: 0.8 },
        data: [...group.units]
          .sort((a, b) => a.change - b.change)
          .map((unit, index, all) => [
            group.x + jitter(index, all.length),
            unit.change,
            unit.unitId,
          ]),
      })),
      {
        name: labels.mean,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [70, 3],
        color: '#1d2433',
        silent: true,
        data: groups.flatMap((group) => {
          const value = mean(group.units.map((u) => u.change));
          return value === null ? [] : [[group.x, value, labels.mean]];
        }),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: COLORS.zero, type: 'solid' },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
}

function formatMaybe(value: unknown, labels: ChartLabels): string {
  return typeof value === 'number' ? labels.number(value) : '–';
}
