// The same deck as the PPTX, as a PDF: one landscape 16:9 page per slide, every part placed at
// the box the shared slide model gives it, at the type size it was measured for. Charts are
// drawn as images here (the PPTX has them as native charts with the same data and colours).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPng, pngDataUrl } from './charts';
import { FONT_FAMILY } from './fonts';
import { writerLabels } from './labels';
import type { QbrDocument } from './model';
import { renderPdf } from './pdf-engine';
import { CELL_PAD, SLIDE_FONT, SLIDE_SIZE, buildSlides, footerText } from './slides';
import type { Box, PlacedBlock, Slide } from './slides';
import { LINE_HEIGHT } from './text-fit';
import { wrapText } from './thai-wrap';

const PT_PER_INCH = 72;
const ACCENT = '#2f5fb3';
const MUTED = '#666666';
const TILE_FILL = '#f1f4fa';
const TEXT = '#333333';

const pt = (inches: number) => inches * PT_PER_INCH;

function text(value: string, style: Record<string, unknown> = {}): Content {
  return { text: wrapText(value), ...style } as Content;
}

/** A block fixed at a box: the one-column wrapper pins the width so text wraps inside it. */
function placed_(box: Box, content: Content): Content {
  return {
    columns: [{ width: pt(box.w), stack: [content] }],
    absolutePosition: { x: pt(box.x), y: pt(box.y) },
  } as Content;
}

function block(placed: PlacedBlock): Content {
  const { block: b, box, fontSize } = placed;
  switch (b.kind) {
    case 'heading':
      return placed_(box, text(b.text, { fontSize, bold: true, color: ACCENT }));
    case 'paragraph':
      return placed_(
        box,
        text(b.text, {
          fontSize,
          bold: b.tone === 'lead',
          italics: b.tone === 'muted',
          color: b.tone === 'muted' ? MUTED : TEXT,
        }),
      );
    case 'bullet':
      return placed_(box, { ul: [text(b.text)], fontSize, color: TEXT } as Content);
    case 'table': {
      const { headers, rows } = b.table;
      const pad = { x: pt(CELL_PAD.x), y: pt(CELL_PAD.y) };
      return placed_(box, {
        table: {
          headerRows: 1,
          // pdfmake adds the cell padding to the given widths, so take it off here
          widths: placed.colW.map((w) => pt(w) - 2 * pad.x - 0.5),
          body: [
            headers.map((h) => ({
              ...(text(h, { bold: true, color: MUTED }) as object),
              fillColor: TILE_FILL,
            })),
            ...rows.map((row) => row.map((value) => text(value, { color: TEXT }))),
          ],
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => '#cccccc',
          vLineColor: () => '#cccccc',
          paddingLeft: () => pad.x,
          paddingRight: () => pad.x,
          paddingTop: () => pad.y,
          paddingBottom: () => pad.y,
        },
        fontSize,
      } as Content);
    }
  }
}

function slideContent(slide: Slide, doc: QbrDocument, pageLabel: string): Content[] {
  const { layout } = slide;
  const parts: Content[] = [];
  parts.push(
    placed_(
      layout.title,
      text(slide.title, {
        fontSize: slide.kind === 'section' ? SLIDE_FONT.title : SLIDE_FONT.coverTitle,
        bold: true,
        color: ACCENT,
      }),
    ),
  );
  const logo = doc.meta.presenter.logo;
  if (layout.logo && logo) {
    const scale = Math.min(layout.logo.w / logo.widthPx, layout.logo.h / logo.heightPx);
    const w = logo.widthPx * scale;
    parts.push({
      image: `data:image/png;base64,${logo.data}`,
      width: pt(w),
      absolutePosition: { x: pt(layout.logo.x + layout.logo.w - w), y: pt(layout.logo.y) },
    });
  }
  slide.metrics.forEach((metric, i) => {
    const box = layout.metrics[i];
    if (!box) return;
    parts.push(
      placed_(box, {
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
                  text(metric.label, { fontSize: SLIDE_FONT.metricLabel, color: TEXT }),
                  ...(metric.note
                    ? [text(metric.note, { fontSize: SLIDE_FONT.metricNote, color: MUTED })]
                    : []),
                ],
                fillColor: TILE_FILL,
                margin: [4, 3, 4, 3],
              },
            ],
          ],
        },
        layout: 'noBorders',
      }),
    );
  });
  if (layout.chart && slide.chart) {
    // the deck PDF keeps its rendered chart (the PPTX has the same data as a native chart)
    const size = { width: pt(layout.chart.w), height: pt(layout.chart.h) };
    parts.push({
      image: pngDataUrl(chartPng(slide.chart, size)),
      width: pt(layout.chart.w),
      absolutePosition: { x: pt(layout.chart.x), y: pt(layout.chart.y) },
    });
  }
  for (const placed of slide.blocks) parts.push(block(placed));
  parts.push(
    placed_(layout.footer, {
      columns: [
        text(slide.kind === 'cover' ? '' : footerText(doc)),
        text(pageLabel, { alignment: 'right' }),
      ],
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
  const sideBar = new Set(slides.flatMap((s, i) => (s.kind === 'section' ? [] : [i + 1])));
  return {
    pageSize: { width: pt(SLIDE_SIZE.width), height: pt(SLIDE_SIZE.height) },
    pageOrientation: 'landscape',
    pageMargins: 0,
    info: {
      title: `${meta.documentTitle} — ${meta.accountName} — ${meta.quarter}`,
      author: meta.presenter.name || meta.companyName || 'QBR Studio',
      subject: meta.quarter,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: SLIDE_FONT.body, lineHeight: LINE_HEIGHT / 1.2 },
    // The accent bar the PPTX draws as a shape: down the side of the cover, across the top elsewhere.
    background: (page) => ({
      canvas: [
        sideBar.has(page)
          ? { type: 'rect', x: 0, y: 0, w: pt(0.18), h: pt(SLIDE_SIZE.height), color: ACCENT }
          : { type: 'rect', x: 0, y: 0, w: pt(SLIDE_SIZE.width), h: pt(0.08), color: ACCENT },
      ],
    }),
    content: slides.map((slide, i) => ({
      stack: slideContent(slide, doc, labels.pageOf(i + 1, slides.length)),
      pageBreak: i === 0 ? undefined : 'before',
    })) as Content[],
  };
}

export function renderDeckPdf(doc: QbrDocument): Promise<Buffer> {
  return renderPdf(deckDefinition(doc));
}
