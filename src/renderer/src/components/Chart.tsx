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

interface Props {
  option: EChartsCoreOption;
  height?: number;
  /** Called with the clicked point's data index and series index. */
  onClick?: (point: { dataIndex: number; seriesIndex: number; name: string }) => void;
  ariaLabel: string;
}

/** One ECharts instance per mounted chart, SVG-rendered, resized with its box, disposed on unmount. */
export function Chart({ option, height = 260, onClick, ariaLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

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
  }, [onClick]);

  return <div ref={box} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
