// The same deck as the PPTX, as a PDF: one landscape 16:9 page per slide, every part placed at
// the box the shared slide layout gives it. Charts are the same PNGs as in the PPTX.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPng, pngDataUrl } from './charts';
import { FONT_FAMILY } from './fonts';
import { writerLabels } from './labels';
import type { QbrDocument } from './model';
import { renderPdf } from './pdf-engine';
import { SLIDE_FONT, SLIDE_SIZE, buildSlides, layoutSlide } from './slides';
import type { Box, Slide } from './slides';
import { wrapText } from './thai-wrap';

const PT_PER_INCH = 72;
const ACCENT = '#2f5fb3';
const MUTED = '#666666';
const TILE_FILL = '#f1f4fa';

const pt = (inches: number) => inches * PT_PER_INCH;

function text(value: string, style: Record<string, unknown> = {}): Content {
  return { text: wrapText(value), ...style } as Content;
}

/** A block fixed at a box: the one-column wrapper pins the width so text wraps inside it. */
function placed(box: Box, content: Content): Content {
  return {
    columns: [{ width: pt(box.w), stack: [content] }],
    absolutePosition: { x: pt(box.x), y: pt(box.y) },
  } as Content;
}

function slideContent(slide: Slide, footerText: string, pageLabel: string): Content[] {
  const layout = layoutSlide(slide);
  const parts: Content[] = [];
  parts.push(
    placed(
      layout.title,
      text(slide.title, {
        fontSize: slide.cover ? SLIDE_FONT.coverTitle : SLIDE_FONT.title,
        bold: true,
        color: ACCENT,
      }),
    ),
  );
  if (layout.subtitle && slide.subtitle) {
    parts.push(
      placed(
        layout.subtitle,
        text(slide.subtitle, { fontSize: SLIDE_FONT.coverSubtitle, bold: true }),
      ),
    );
  }
  slide.metrics.forEach((metric, i) => {
    const box = layout.metrics[i];
    if (!box) return;
    parts.push(
      placed(box, {
        table: {
          widths: ['*'],
          heights: [pt(box.h) - 2],
          body: [
            [
              {
                stack: [
                  text(metric.value, {
                    fontSize: SLIDE_FONT.metricValue,
                    bold: true,
                    color: ACCENT,
                  }),
                  text(metric.label, { fontSize: SLIDE_FONT.metricLabel, color: MUTED }),
                ],
                fillColor: TILE_FILL,
                margin: [6, 4, 6, 4],
              },
            ],
          ],
        },
        layout: 'noBorders',
      }),
    );
  });
  if (layout.chart && slide.chart) {
    // the very PNG the PPTX embeds (same size in points, same resolution)
    const size = { width: pt(layout.chart.w), height: pt(layout.chart.h) };
    parts.push({
      image: pngDataUrl(chartPng(slide.chart, size)),
      width: pt(layout.chart.w),
      absolutePosition: { x: pt(layout.chart.x), y: pt(layout.chart.y) },
    });
  }
  if (layout.paragraphs) {
    const lines = slide.message ? [slide.message] : slide.paragraphs;
    parts.push(
      placed(layout.paragraphs, {
        stack: lines.map((line) =>
          text(line, {
            fontSize: slide.cover ? SLIDE_FONT.coverSubtitle - 6 : SLIDE_FONT.body,
            italics: slide.message !== null,
            color: slide.message ? MUTED : '#333333',
            margin: [0, 0, 0, 6],
          }),
        ),
      }),
    );
  }
  if (layout.table && slide.table) {
    const { headers, rows, widths } = slide.table;
    const tableWidth = pt(layout.table.w);
    parts.push(
      placed(layout.table, {
        table: {
          headerRows: 1,
          // pdfmake adds cell padding to the given widths, so take it off here
          widths: widths.map((w) => w * tableWidth - 8.5),
          body: [
            headers.map((h) => ({
              ...(text(h, { bold: true, color: MUTED }) as object),
              fillColor: TILE_FILL,
            })),
            ...rows.map((row) => row.map((value) => text(value))),
          ],
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#cccccc',
          vLineColor: () => '#cccccc',
        },
        fontSize: SLIDE_FONT.table,
      } as Content),
    );
  }
  if (layout.bullets) {
    parts.push(
      placed(layout.bullets, {
        ul: slide.bullets.map((b) => text(b, { margin: [0, 0, 0, 4] })),
        fontSize: SLIDE_FONT.small,
      } as Content),
    );
  }
  parts.push(
    placed(layout.footer, {
      columns: [text(footerText), text(pageLabel, { alignment: 'right' })],
      fontSize: SLIDE_FONT.footer,
      color: MUTED,
    } as Content),
  );
  return parts;
}

export function deckDefinition(doc: QbrDocument): TDocumentDefinitions {
  const { meta } = doc;
  const labels = writerLabels(meta.language);
  const slides = buildSlides(doc);
  const footer = `${meta.accountName} · ${meta.companyName}`;
  const coverIndexes = new Set(slides.flatMap((s, i) => (s.cover ? [i + 1] : [])));
  return {
    pageSize: { width: pt(SLIDE_SIZE.width), height: pt(SLIDE_SIZE.height) },
    pageOrientation: 'landscape',
    pageMargins: 0,
    info: {
      title: `${meta.documentTitle} — ${meta.accountName} — ${meta.quarter}`,
      author: meta.companyName,
      subject: meta.quarter,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: SLIDE_FONT.body, lineHeight: 1.15 },
    // The accent bar the PPTX draws as a shape: down the side of the cover, across the top elsewhere.
    background: (page) => ({
      canvas: [
        coverIndexes.has(page)
          ? { type: 'rect', x: 0, y: 0, w: pt(0.18), h: pt(SLIDE_SIZE.height), color: ACCENT }
          : { type: 'rect', x: 0, y: 0, w: pt(SLIDE_SIZE.width), h: pt(0.08), color: ACCENT },
      ],
    }),
    content: slides.map((slide, i) => ({
      stack: slideContent(slide, footer, labels.pageOf(i + 1, slides.length)),
      pageBreak: i === 0 ? undefined : 'before',
    })) as Content[],
  };
}

export function renderDeckPdf(doc: QbrDocument): Promise<Buffer> {
  return renderPdf(deckDefinition(doc));
}
