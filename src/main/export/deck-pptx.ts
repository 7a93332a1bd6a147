// The 16:9 deck as PPTX: every part at the box the shared slide model gives it, charts as
// native PowerPoint charts (editable in PowerPoint and Impress, same data and colours as the
// PDF's), speaker notes on every slide, and fonts the customer's machine has (deck-fonts.ts).
import PptxGenJS from 'pptxgenjs';
import { SLIDE_FONT, CELL_PAD, buildSlides, footerText } from './slides';
import type { Box, PlacedBlock, Slide } from './slides';
import type { ChartSpec } from './charts';
import { PALETTE } from './charts';
import { deckFonts, patchDeckFonts } from './deck-fonts';
import type { DeckFonts } from './deck-fonts';
import { writerLabels } from './labels';
import type { QbrDocument } from './model';

const ACCENT = '2F5FB3';
const MUTED = '666666';
const TEXT = '333333';
const TILE_FILL = 'F1F4FA';

function at(box: Box) {
  return { x: box.x, y: box.y, w: box.w, h: box.h };
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/** Counts get whole-number steps: at most about five gridlines, never a half ticket. */
function integerStep(spec: ChartSpec): number | undefined {
  if (!spec.integer) return undefined;
  const max = Math.max(1, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  return Math.max(1, Math.ceil(max / 5));
}

function addChart(
  pptx: PptxGenJS,
  page: PptxGenJS.Slide,
  spec: ChartSpec,
  box: Box,
  fonts: DeckFonts,
) {
  const colors = spec.series.map((s, i) => hex(s.color ?? PALETTE[i % PALETTE.length]!));
  const data = spec.series.map((s) => ({
    name: s.name,
    labels: spec.categories,
    values: s.values as number[],
  }));
  const common: PptxGenJS.IChartOpts = {
    ...at(box),
    showTitle: true,
    title: spec.title,
    titleFontSize: 12,
    titleFontFace: fonts.latin,
    titleColor: TEXT,
    showLegend: spec.series.length > 1,
    legendPos: 'b',
    legendFontSize: 9,
    legendFontFace: fonts.latin,
    catAxisLabelFontSize: 9,
    catAxisLabelFontFace: fonts.latin,
    valAxisLabelFontSize: 9,
    valAxisLabelFontFace: fonts.latin,
    catAxisLabelColor: TEXT,
    valAxisLabelColor: TEXT,
    valGridLine: { color: 'E0E0E0', size: 0.5 },
    chartColors: colors,
  };
  const step = integerStep(spec);
  if (step !== undefined) {
    common.valAxisMajorUnit = step;
    common.valAxisLabelFormatCode = '0';
  }
  if (spec.kind === 'bar') {
    const barOpts: PptxGenJS.IChartOpts = {
      ...common,
      barDir: spec.horizontal ? 'bar' : 'col',
      showValue: true,
      dataLabelFontSize: 9,
      dataLabelFontFace: fonts.latin,
      dataLabelColor: TEXT,
      dataLabelPosition: 'outEnd',
    };
    // a horizontal bar chart lists its first category at the bottom: reverse to read top down
    const bars = spec.horizontal
      ? data.map((d) => ({
          ...d,
          labels: [...d.labels].reverse(),
          values: [...d.values].reverse(),
        }))
      : data;
    page.addChart(pptx.ChartType.bar, bars, barOpts);
    return;
  }
  const lineOpts = {
    ...common,
    lineSize: 2,
    lineDataSymbol: 'circle' as const,
    lineDataSymbolSize: 4,
    ...(spec.yMin !== undefined ? { valAxisMinVal: spec.yMin } : {}),
    ...(spec.yMax !== undefined ? { valAxisMaxVal: spec.yMax } : {}),
  };
  if (spec.bands && spec.bands.length > 0) {
    // the score bands as stacked areas behind the line, as the PDF shades them
    const bands = spec.bands.map((b) => ({
      name: b.label,
      labels: spec.categories,
      values: spec.categories.map(() => b.to - b.from),
    }));
    const bandColors = spec.bands.map((b) => bandHex(b.color));
    // pptxgenjs takes a combination chart as (types, options); its typing lists (type, data, options)
    (
      page.addChart as unknown as (
        types: PptxGenJS.IChartMulti[],
        opts: PptxGenJS.IChartOpts,
      ) => void
    )(
      [
        {
          type: pptx.ChartType.area,
          data: bands,
          options: { barGrouping: 'stacked', chartColors: bandColors, chartColorsOpacity: 25 },
        },
        {
          type: pptx.ChartType.line,
          data,
          options: {
            chartColors: colors,
            lineSize: 2,
            lineDataSymbol: 'circle',
            lineDataSymbolSize: 4,
          },
        },
      ],
      { ...lineOpts, showLegend: true },
    );
    return;
  }
  page.addChart(pptx.ChartType.line, data, lineOpts);
}

/** 'rgba(214, 69, 65, 0.12)' -> 'D64541' (the opacity is set on the series). */
function bandHex(color: string): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!m) return hex(color);
  return [m[1], m[2], m[3]]
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function addBlock(page: PptxGenJS.Slide, placed: PlacedBlock, fonts: DeckFonts) {
  const { block, box, fontSize } = placed;
  const base = {
    ...at(box),
    fontFace: fonts.body,
    lang: fonts.lang,
    margin: 0,
    valign: 'top' as const,
    fit: 'none' as const,
  };
  switch (block.kind) {
    case 'heading':
      page.addText(block.text, { ...base, fontSize, bold: true, color: ACCENT });
      return;
    case 'paragraph':
      page.addText(block.text, {
        ...base,
        fontSize,
        color: block.tone === 'muted' ? MUTED : TEXT,
        bold: block.tone === 'lead',
        italic: block.tone === 'muted',
      });
      return;
    case 'bullet':
      page.addText([{ text: block.text, options: { bullet: { indent: 14 } } }], {
        ...base,
        fontSize,
        color: TEXT,
      });
      return;
    case 'table': {
      const { headers, rows } = block.table;
      const cell = {
        margin: [CELL_PAD.y, CELL_PAD.x, CELL_PAD.y, CELL_PAD.x] as [
          number,
          number,
          number,
          number,
        ],
      };
      page.addTable(
        [
          headers.map((h) => ({
            text: h,
            options: { ...cell, bold: true, color: MUTED, fill: { color: TILE_FILL } },
          })),
          ...rows.map((row) =>
            row.map((value) => ({ text: value, options: { ...cell, color: TEXT } })),
          ),
        ],
        {
          x: box.x,
          y: box.y,
          w: box.w,
          colW: placed.colW,
          fontFace: fonts.body,
          fontSize,
          border: { type: 'solid', pt: 0.5, color: 'CCCCCC' },
          valign: 'top',
          autoPage: false,
        },
      );
    }
  }
}

function addSlide(
  pptx: PptxGenJS,
  slide: Slide,
  doc: QbrDocument,
  pageLabel: string,
  fonts: DeckFonts,
): void {
  const page = pptx.addSlide();
  const { layout } = slide;
  const bar =
    slide.kind === 'section' ? { x: 0, y: 0, w: 10, h: 0.08 } : { x: 0, y: 0, w: 0.18, h: 5.625 };
  page.addShape('rect', { ...bar, fill: { color: ACCENT }, line: { color: ACCENT } });
  page.addText(slide.title, {
    ...at(layout.title),
    fontFace: fonts.head,
    lang: fonts.lang,
    fontSize: slide.kind === 'section' ? SLIDE_FONT.title : SLIDE_FONT.coverTitle,
    bold: true,
    color: ACCENT,
    valign: slide.kind === 'section' ? 'middle' : 'bottom',
    margin: 0,
    fit: 'none',
  });
  const logo = doc.meta.presenter.logo;
  if (layout.logo && logo) {
    const scale = Math.min(layout.logo.w / logo.widthPx, layout.logo.h / logo.heightPx);
    const w = logo.widthPx * scale;
    const h = logo.heightPx * scale;
    page.addImage({
      data: `image/png;base64,${logo.data}`,
      x: layout.logo.x + layout.logo.w - w,
      y: layout.logo.y,
      w,
      h,
    });
  }
  slide.metrics.forEach((metric, i) => {
    const box = layout.metrics[i];
    if (!box) return;
    page.addText(
      [
        {
          text: metric.value,
          options: { fontSize: SLIDE_FONT.metricValue, bold: true, color: ACCENT, breakLine: true },
        },
        {
          text: metric.label,
          options: {
            fontSize: SLIDE_FONT.metricLabel,
            color: TEXT,
            breakLine: metric.note !== undefined,
          },
        },
        ...(metric.note
          ? [{ text: metric.note, options: { fontSize: SLIDE_FONT.metricNote, color: MUTED } }]
          : []),
      ],
      {
        ...at(box),
        fontFace: fonts.body,
        lang: fonts.lang,
        fill: { color: TILE_FILL },
        valign: 'top',
        margin: 5,
        fit: 'none',
      },
    );
  });
  if (layout.chart && slide.chart) addChart(pptx, page, slide.chart, layout.chart, fonts);
  for (const placed of slide.blocks) addBlock(page, placed, fonts);
  if (slide.kind !== 'cover') {
    page.addText(footerText(doc), {
      ...at(layout.footer),
      fontFace: fonts.body,
      lang: fonts.lang,
      fontSize: SLIDE_FONT.footer,
      color: MUTED,
      margin: 0,
    });
  }
  page.addText(pageLabel, {
    ...at(layout.footer),
    fontFace: fonts.body,
    lang: fonts.lang,
    fontSize: SLIDE_FONT.footer,
    color: MUTED,
    align: 'right',
    margin: 0,
  });
  page.addNotes(slide.notes);
}

export async function renderDeckPptx(doc: QbrDocument): Promise<Buffer> {
  const { meta } = doc;
  const labels = writerLabels(meta.language);
  const fonts = deckFonts(meta.language);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = `${meta.documentTitle} — ${meta.accountName} — ${meta.quarter}`;
  if (meta.companyName) {
    pptx.company = meta.companyName;
  }
  pptx.author = meta.presenter.name || meta.companyName || 'QBR Studio';
  pptx.theme = { headFontFace: fonts.head, bodyFontFace: fonts.body };
  const slides = buildSlides(doc);
  slides.forEach((slide, i) =>
    addSlide(pptx, slide, doc, labels.pageOf(i + 1, slides.length), fonts),
  );
  const out = await pptx.write({ outputType: 'nodebuffer' });
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a Buffer');
  return patchDeckFonts(out, fonts);
}
