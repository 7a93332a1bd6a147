// The 16:9 deck as PPTX. Charts are PNG (PowerPoint cannot show our SVG text reliably), drawn
// with the bundled fonts; slide text names the bundled font family.
import PptxGenJS from 'pptxgenjs';
import { SLIDE_FONT, buildSlides, layoutSlide } from './slides';
import type { Box, Slide } from './slides';
import { chartPng } from './charts';
import { FONT_FAMILY } from './fonts';
import { writerLabels } from './labels';
import type { QbrDocument } from './model';

const ACCENT = '2F5FB3';
const MUTED = '666666';
const TILE_FILL = 'F1F4FA';

function at(box: Box) {
  return { x: box.x, y: box.y, w: box.w, h: box.h };
}

function addSlideContent(
  pptx: PptxGenJS,
  slide: Slide,
  footerText: string,
  pageLabel: string,
): void {
  const page = pptx.addSlide();
  const layout = layoutSlide(slide);
  const font = { fontFace: FONT_FAMILY };
  if (slide.cover) {
    page.addShape('rect', {
      x: 0,
      y: 0,
      w: 0.18,
      h: 5.625,
      fill: { color: ACCENT },
      line: { color: ACCENT },
    });
  } else {
    page.addShape('rect', {
      x: 0,
      y: 0,
      w: 10,
      h: 0.08,
      fill: { color: ACCENT },
      line: { color: ACCENT },
    });
  }
  page.addText(slide.title, {
    ...at(layout.title),
    ...font,
    fontSize: slide.cover ? SLIDE_FONT.coverTitle : SLIDE_FONT.title,
    bold: true,
    color: ACCENT,
    valign: 'middle',
    fit: 'shrink',
  });
  if (layout.subtitle && slide.subtitle) {
    page.addText(slide.subtitle, {
      ...at(layout.subtitle),
      ...font,
      fontSize: SLIDE_FONT.coverSubtitle,
      bold: true,
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
        { text: metric.label, options: { fontSize: SLIDE_FONT.metricLabel, color: MUTED } },
      ],
      { ...at(box), ...font, fill: { color: TILE_FILL }, valign: 'middle', margin: 6 },
    );
  });
  if (layout.chart && slide.chart) {
    // laid out at its size in points (as in the deck PDF), then rasterised at CHART_DPI
    const size = { width: layout.chart.w * 72, height: layout.chart.h * 72 };
    const png = chartPng(slide.chart, size);
    page.addImage({ data: `image/png;base64,${png.toString('base64')}`, ...at(layout.chart) });
  }
  if (layout.paragraphs) {
    const lines = slide.message ? [slide.message] : slide.paragraphs;
    page.addText(
      lines.map((line) => ({ text: line, options: { breakLine: true, paraSpaceAfter: 6 } })),
      {
        ...at(layout.paragraphs),
        ...font,
        fontSize: slide.cover ? SLIDE_FONT.coverSubtitle - 6 : SLIDE_FONT.body,
        italic: slide.message !== null,
        color: slide.message ? MUTED : '333333',
        valign: 'top',
        fit: 'shrink',
      },
    );
  }
  if (layout.table && slide.table) {
    const { headers, rows, widths } = slide.table;
    const tableBox = layout.table;
    page.addTable(
      [
        headers.map((h) => ({
          text: h,
          options: { bold: true, color: MUTED, fill: { color: TILE_FILL } },
        })),
        ...rows.map((row) => row.map((value) => ({ text: value }))),
      ],
      {
        ...at(tableBox),
        colW: widths.map((w) => w * tableBox.w),
        ...font,
        fontSize: SLIDE_FONT.table,
        border: { type: 'solid', pt: 0.5, color: 'CCCCCC' },
        valign: 'middle',
      },
    );
  }
  if (layout.bullets) {
    page.addText(
      slide.bullets.map((b) => ({
        text: b,
        options: { bullet: true, breakLine: true, paraSpaceAfter: 4 },
      })),
      { ...at(layout.bullets), ...font, fontSize: SLIDE_FONT.small, valign: 'top', fit: 'shrink' },
    );
  }
  page.addText(footerText, {
    ...at(layout.footer),
    ...font,
    fontSize: SLIDE_FONT.footer,
    color: MUTED,
  });
  page.addText(pageLabel, {
    ...at(layout.footer),
    ...font,
    fontSize: SLIDE_FONT.footer,
    color: MUTED,
    align: 'right',
  });
}

export async function renderDeckPptx(doc: QbrDocument): Promise<Buffer> {
  const { meta } = doc;
  const labels = writerLabels(meta.language);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = `${meta.documentTitle} — ${meta.accountName} — ${meta.quarter}`;
  pptx.company = meta.companyName;
  pptx.author = meta.companyName;
  pptx.theme = { headFontFace: FONT_FAMILY, bodyFontFace: FONT_FAMILY };
  const slides = buildSlides(doc);
  const footer = `${meta.accountName} · ${meta.companyName}`;
  slides.forEach((slide, i) =>
    addSlideContent(pptx, slide, footer, labels.pageOf(i + 1, slides.length)),
  );
  const out = await pptx.write({ outputType: 'nodebuffer' });
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a Buffer');
  return out;
}
