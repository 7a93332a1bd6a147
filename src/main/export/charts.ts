// Charts are drawn once as SVG by ECharts' server-side renderer and rasterised by resvg with only
// the bundled fonts, so a chart looks the same on every machine and Thai never depends on system
// fonts. PDFs and PPTX both embed the PNG: drawing the SVG in pdfmake means drawing every glyph
// outline through svg-to-pdfkit, which cost more than the rest of the report together (see
// tests/bench/qbr.bench.ts); the outlined SVG remains for the builder's preview.
import * as echarts from 'echarts';
import type { EChartsOption, SeriesOption } from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { estimateTextWidth } from './chart-text-width';
import { FONT_FAMILY, fontFiles } from './fonts';
import { encodeOpaquePng } from './png-rgb';

echarts.setPlatformAPI({ measureText: (text, font) => ({ width: estimateTextWidth(text, font) }) });

export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  color?: string;
  dashed?: boolean;
}

export interface ChartBand {
  from: number;
  to: number;
  color: string;
  label: string;
}

export interface LineChartSpec {
  kind: 'line';
  title: string;
  categories: string[];
  series: ChartSeries[];
  bands?: ChartBand[];
  yMin?: number;
  yMax?: number;
  /** counts: ticks at whole numbers only */
  integer?: boolean;
}

export interface BarChartSpec {
  kind: 'bar';
  title: string;
  categories: string[];
  series: ChartSeries[];
  horizontal?: boolean;
  /** counts: ticks at whole numbers only */
  integer?: boolean;
}

export type ChartSpec = LineChartSpec | BarChartSpec;

export interface ChartSize {
  width: number;
  height: number;
}

export const PALETTE = ['#2f5fb3', '#e08a1e', '#3a9a5b', '#b23a48', '#6b4fa0'];
const TEXT_COLOR = '#333333';

function lineSeries(spec: LineChartSpec): SeriesOption[] {
  return spec.series.map((series, index) => ({
    type: 'line',
    name: series.name,
    data: series.values,
    connectNulls: false,
    symbolSize: 4,
    lineStyle: { width: 2, type: series.dashed ? 'dashed' : 'solid' },
    itemStyle: { color: series.color ?? PALETTE[index % PALETTE.length] },
    markArea:
      index === 0 && spec.bands && spec.bands.length > 0
        ? {
            silent: true,
            label: { show: true, position: 'insideRight', color: '#666666', fontSize: 10 },
            data: spec.bands.map((band) => [
              { yAxis: band.from, name: band.label, itemStyle: { color: band.color } },
              { yAxis: band.to },
            ]),
          }
        : undefined,
  }));
}

function barSeries(spec: BarChartSpec): SeriesOption[] {
  return spec.series.map((series, index) => ({
    type: 'bar',
    name: series.name,
    data: series.values,
    barMaxWidth: 36,
    itemStyle: { color: series.color ?? PALETTE[index % PALETTE.length] },
    label: {
      show: true,
      position: spec.horizontal ? 'right' : 'top',
      color: TEXT_COLOR,
      fontSize: 10,
    },
  }));
}

export function chartOption(spec: ChartSpec): EChartsOption {
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: { color: TEXT_COLOR, fontSize: 10, hideOverlap: true },
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { color: TEXT_COLOR, fontSize: 10 },
    min: spec.kind === 'line' ? spec.yMin : undefined,
    max: spec.kind === 'line' ? spec.yMax : undefined,
    // a count of tickets or answers has no 2.5
    minInterval: spec.integer ? 1 : undefined,
  };
  const horizontal = spec.kind === 'bar' && spec.horizontal === true;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 13, fontWeight: 'bold' } },
    legend: {
      show: spec.series.length > 1,
      bottom: 0,
      itemWidth: 18,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
    },
    grid: {
      left: 8,
      right: horizontal ? 44 : 16,
      top: 44,
      bottom: spec.series.length > 1 ? 30 : 8,
      containLabel: true,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.kind === 'line' ? lineSeries(spec) : barSeries(spec),
  };
}

/** The chart as SVG with real <text> elements in the bundled font family. */
export function renderChartSvg(spec: ChartSpec, size: ChartSize): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function resvgOptions(extra: Partial<ResvgRenderOptions> = {}): ResvgRenderOptions {
  const files = fontFiles();
  return {
    ...extra,
    font: {
      fontFiles: [files.normal, files.bold, files.italics, files.bolditalics],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  };
}

/**
 * The SVG with every <text> turned into outlines. pdfmake's SVG renderer (svg-to-pdfkit) drops
 * zero-width combining marks, which are most Thai vowels and tone marks; resvg shapes text
 * properly, so outlined charts keep Thai intact.
 */
export function outlineSvgText(svg: string): string {
  return roundCoordinates(new Resvg(decomposeSaraAm(svg), resvgOptions()).toString());
}

/**
 * resvg's shaper leaves SARA AM (U+0E33) with the advance of its nikhahit part only, so the
 * "า" lands on the next letter ("คำตอบ" reads "คตอบ" with a blot). Writing it as the sequence
 * that Thai shapers produce, NIKHAHIT before any tone mark then SARA AA, renders correctly and
 * looks identical.
 */
export function decomposeSaraAm(text: string): string {
  return text.replace(/([\u0E48-\u0E4B]?)\u0E33/g, '\u0E4D$1\u0E32');
}

/** resvg writes glyph outlines with 7 decimals; 2 are plenty at print size and parse faster. */
function roundCoordinates(svg: string): string {
  return svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(
    decomposeSaraAm(svg),
    resvgOptions({ fitTo: { mode: 'width', value: Math.round(width) } }),
  );
  return resvg.render().asPng();
}

/** As svgToPng, but RGB without alpha: what pdfkit can embed without re-encoding. */
export function svgToOpaquePng(svg: string, width: number): Buffer {
  const image = new Resvg(
    decomposeSaraAm(svg),
    resvgOptions({ fitTo: { mode: 'width', value: Math.round(width) } }),
  ).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** Chart pixels per inch of page or slide: sharp in print and on a projector, small files. */
export const CHART_DPI = 200;
const PT_PER_INCH = 72;
const MEMO_SIZE = 24;
const pngMemo = new Map<string, Buffer>();

/**
 * The chart at `size` (in points, so its text has the page's type sizes) as a PNG at `dpi`.
 * Remembered for a few calls: the PPTX and the deck PDF place the same chart at the same size.
 */
export function chartPng(spec: ChartSpec, size: ChartSize, dpi = CHART_DPI): Buffer {
  const key = JSON.stringify([spec, size, dpi]);
  const known = pngMemo.get(key);
  if (known) {
    pngMemo.delete(key);
    pngMemo.set(key, known);
    return known;
  }
  const png = svgToOpaquePng(renderChartSvg(spec, size), (size.width / PT_PER_INCH) * dpi);
  pngMemo.set(key, png);
  if (pngMemo.size > MEMO_SIZE) pngMemo.delete(pngMemo.keys().next().value!);
  return png;
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
