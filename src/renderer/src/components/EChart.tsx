import { useEffect, useRef } from 'react';
import { BarChart, LineChart, ScatterChart, CustomChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { cssVar, useTheme } from '../features/theme/theme';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomComponent,
  SVGRenderer,
]);

/**
 * The ECharts theme for the colours the app shows now: text, axes, grid lines, legend and tooltip
 * come from the same CSS variables as the rest of the screen, so a chart follows light/dark.
 * Series colours stay those each chart sets (they are chosen to read on both backgrounds).
 */
function chartTheme(): object {
  const ink = cssVar('--ink', '#1d2433');
  const muted = cssVar('--muted', '#6b7385');
  const line = cssVar('--line', '#e3e6ec');
  const panel = cssVar('--panel', '#ffffff');
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { lineStyle: { color: line } },
    axisLabel: { color: muted },
    splitLine: { lineStyle: { color: [line] } },
    nameTextStyle: { color: muted },
  };
  return {
    backgroundColor: 'transparent',
    textStyle: { color: ink },
    title: { textStyle: { color: ink }, subtextStyle: { color: muted } },
    legend: { textStyle: { color: ink } },
    tooltip: { backgroundColor: panel, borderColor: line, textStyle: { color: ink } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
  };
}

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** Called with the clicked point's data index and series index. */
  onClick?: (point: { dataIndex: number; seriesIndex: number; name: string }) => void;
  ariaLabel: string;
}

/** One ECharts instance per mounted chart, SVG-rendered, resized with its box, disposed on unmount. */
export default function EChart({ option, height = 260, onClick, ariaLabel }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const theme = useTheme((s) => s.resolved);
  const latest = useRef(option);
  // Declared before the init effect, so a re-init after a theme switch gets the current option.
  useEffect(() => {
    latest.current = option;
  }, [option]);

  // A theme is fixed at init, so a light/dark switch makes a new instance (with the same option).
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, chartTheme(), { renderer: 'svg' });
    instance.setOption(latest.current, true);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (p: { dataIndex: number; seriesIndex?: number; name: string }) =>
      onClick({ dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0, name: p.name });
    instance.on('click', handler as never);
    return () => {
      instance.off('click', handler as never);
    };
  }, [onClick, theme]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={ariaLabel}
      data-theme={theme}
      style={{ width: '100%', height }}
    />
  );
}
