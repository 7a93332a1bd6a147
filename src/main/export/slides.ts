// One slide model for both deck writers (PPTX and PDF), so the two decks cannot drift apart.
// A slide has a fixed space, so lists are capped and long sentences clipped at a word boundary;
// the full text lives in the PDF report.
import type { ChartSize, ChartSpec } from './charts';
import { formatDate, formatEffect, formatNumber } from './labels';
import type { Metric, QbrDocument, QbrLanguage, QbrSection } from './model';
import { sectionChart } from './section-charts';

export interface SlideTable {
  headers: string[];
  rows: string[][];
  /** relative column widths, summing to 1 */
  widths: number[];
}

export interface Slide {
  cover: boolean;
  title: string;
  subtitle: string | null;
  /** set when the section has no data; the slide then shows only this */
  message: string | null;
  paragraphs: string[];
  bullets: string[];
  metrics: Metric[];
  table: SlideTable | null;
  chart: ChartSpec | null;
}

const PT_PER_INCH = 72;

/** 16:9 slide size in inches (PowerPoint's LAYOUT_16x9). */
export const SLIDE_SIZE = { width: 10, height: 5.625 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where each part of a slide goes, in inches; both deck writers place things exactly here. */
export interface SlideLayout {
  title: Box;
  subtitle: Box | null;
  metrics: Box[];
  chart: Box | null;
  paragraphs: Box | null;
  bullets: Box | null;
  table: Box | null;
  footer: Box;
}

const MARGIN = 0.45;
const BODY_BOTTOM = 5.05;
/** Height of one line of table text at SLIDE_FONT.table, and a row's padding, in inches. */
const TABLE_LINE_HEIGHT = 0.21;
const TABLE_ROW_PADDING = 0.1;
/** A generous average advance at the table's 11 pt, so estimates err towards more lines. */
const TABLE_CHAR_WIDTH = 0.1;

/**
 * The table's height with its cells wrapped: rows grow with their longest cell in both decks
 * (PowerPoint and LibreOffice wrap table cells rather than clip them), so a table sized by its
 * row count alone overlapped the bullets placed below it.
 */
export function tableHeight(table: SlideTable, width: number): number {
  const lines = (text: string, share: number) => {
    const perLine = Math.max(4, Math.floor((share * width - TABLE_ROW_PADDING) / TABLE_CHAR_WIDTH));
    return text
      .split('\n')
      .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  };
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((cell, i) => lines(cell, table.widths[i] ?? 1))) * TABLE_LINE_HEIGHT +
    TABLE_ROW_PADDING;
  return [table.headers, ...table.rows].reduce((sum, row) => sum + rowHeight(row), 0) + 0.1;
}
/** charts are drawn at this aspect ratio (width / height) */
export const CHART_ASPECT = 1.6;

function stackBoxes(
  area: Box,
  parts: Array<{ key: 'paragraphs' | 'bullets' | 'table'; h: number | null }>,
) {
  const fixed = parts.reduce((sum, p) => sum + (p.h ?? 0), 0);
  const flexible = parts.filter((p) => p.h === null).length;
  const share = flexible ? Math.max(0.5, (area.h - fixed) / flexible) : 0;
  const boxes: Partial<Record<'paragraphs' | 'bullets' | 'table', Box>> = {};
  let y = area.y;
  for (const part of parts) {
    const h = part.h ?? share;
    boxes[part.key] = { x: area.x, y, w: area.w, h };
    y += h + 0.1;
  }
  return boxes;
}

export function layoutSlide(slide: Slide): SlideLayout {
  const width = SLIDE_SIZE.width - 2 * MARGIN;
  const footer = { x: MARGIN, y: 5.2, w: width, h: 0.3 };
  if (slide.cover) {
    return {
      title: { x: MARGIN, y: 1.1, w: width, h: 0.9 },
      subtitle: { x: MARGIN, y: 2.0, w: width, h: 0.5 },
      metrics: [],
      chart: null,
      paragraphs: { x: MARGIN, y: 2.55, w: width, h: 0.75 },
      bullets: slide.bullets.length ? { x: MARGIN, y: 3.35, w: width, h: 1.7 } : null,
      table: null,
      footer,
    };
  }
  const title = { x: MARGIN, y: 0.25, w: width, h: 0.65 };
  const tileGap = 0.15;
  const tileW = slide.metrics.length
    ? (width - tileGap * (slide.metrics.length - 1)) / slide.metrics.length
    : 0;
  const metrics = slide.metrics.map((_, i) => ({
    x: MARGIN + i * (tileW + tileGap),
    y: 1.0,
    w: tileW,
    h: 0.75,
  }));
  const top = metrics.length ? 1.9 : 1.05;
  const area: Box = { x: MARGIN, y: top, w: width, h: BODY_BOTTOM - top };
  let chart: Box | null = null;
  let textArea = area;
  if (slide.chart) {
    const hasText = slide.paragraphs.length + slide.bullets.length > 0 || slide.table !== null;
    const chartW = hasText
      ? Math.min(5.4, area.h * CHART_ASPECT)
      : Math.min(width, area.h * CHART_ASPECT);
    chart = { x: MARGIN, y: top, w: chartW, h: chartW / CHART_ASPECT };
    textArea = { x: MARGIN + chartW + 0.25, y: top, w: width - chartW - 0.25, h: area.h };
  }
  const parts: Array<{ key: 'paragraphs' | 'bullets' | 'table'; h: number | null }> = [];
  if (slide.message || slide.paragraphs.length) parts.push({ key: 'paragraphs', h: null });
  if (slide.table) {
    parts.push({
      key: 'table',
      h: Math.min(textArea.h, tableHeight(slide.table, textArea.w)),
    });
  }
  if (slide.bullets.length) parts.push({ key: 'bullets', h: null });
  const boxes = stackBoxes(textArea, parts);
  return {
    title,
    subtitle: null,
    metrics,
    chart,
    paragraphs: boxes.paragraphs ?? null,
    bullets: boxes.bullets ?? null,
    table: boxes.table ?? null,
    footer,
  };
}

/** Font sizes in points, shared by both deck writers. */
export const SLIDE_FONT = {
  coverTitle: 30,
  coverSubtitle: 20,
  title: 22,
  body: 13,
  small: 11,
  table: 11,
  metricValue: 18,
  metricLabel: 10,
  footer: 9,
} as const;

const MAX_METRICS = 4;
const MAX_BULLETS = 5;
const MAX_ROWS = 6;
const MAX_PARAGRAPHS = 2;
const MAX_CHARS = 220;

/** Cuts at a word boundary (Thai has no spaces, so Intl.Segmenter decides) and marks the cut. */
export function clipText(text: string, maxChars: number, language: QbrLanguage): string {
  if (text.length <= maxChars) return text;
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > maxChars - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

function emptySlide(title: string, cover = false): Slide {
  return {
    cover,
    title,
    subtitle: null,
    message: null,
    paragraphs: [],
    bullets: [],
    metrics: [],
    table: null,
    chart: null,
  };
}

function sectionSlide(section: QbrSection, doc: QbrDocument): Slide {
  const lang = doc.meta.language;
  const clip = (text: string, max = MAX_CHARS) => clipText(text, max, lang);
  const slide = emptySlide(section.title);
  if (section.status === 'no_data') {
    slide.message = section.message;
    return slide;
  }
  slide.chart = sectionChart(section, lang);
  switch (section.kind) {
    case 'executive_summary':
      slide.metrics = section.data.highlights.slice(0, MAX_METRICS);
      slide.paragraphs = section.data.paragraphs.slice(0, MAX_PARAGRAPHS).map((p) => clip(p, 320));
      break;
    case 'goals': {
      const { columns, goals } = section.data;
      slide.table = {
        headers: [columns.goal, columns.progress, columns.status],
        rows: goals
          .slice(0, MAX_ROWS)
          .map((g) => [
            clip(g.goal, 90),
            `${formatNumber(g.progressPercent, lang, 0)}%`,
            g.statusLabel,
          ]),
        widths: [0.6, 0.15, 0.25],
      };
      break;
    }
    case 'value_delivered': {
      const { columns, results } = section.data;
      slide.table = {
        headers: [columns.kpi, columns.effect, columns.verdict],
        rows: results.slice(0, MAX_ROWS).map((r) => [r.kpi, formatEffect(r, lang), r.verdictLabel]),
        widths: [0.4, 0.3, 0.3],
      };
      slide.bullets = results.slice(0, 3).map((r) => clip(r.wording, 160));
      break;
    }
    case 'adoption':
    case 'support':
    case 'renewal':
      slide.metrics = section.data.metrics.slice(0, MAX_METRICS);
      slide.bullets = section.data.notes.slice(0, MAX_BULLETS).map((n) => clip(n));
      break;
    case 'health':
      slide.metrics = section.data.metrics.slice(0, MAX_METRICS);
      slide.bullets = section.data.changes.slice(0, MAX_BULLETS).map((c) => {
        const from = c.from === null ? '–' : formatNumber(c.from, lang, 0);
        const to = c.to === null ? '–' : formatNumber(c.to, lang, 0);
        return clip(`${c.component}: ${from} → ${to}. ${c.reason}`, 160);
      });
      break;
    case 'sentiment':
      slide.metrics = section.data.metrics.slice(0, MAX_METRICS);
      slide.bullets = section.data.verbatims
        .slice(0, 3)
        .map((v) => `“${clip(v.quote, 150)}” — ${v.author}`);
      break;
    case 'risks_next_steps': {
      const { risks, stepColumns, nextSteps } = section.data;
      slide.bullets = risks
        .slice(0, 3)
        .map((r) => clip(`${r.severityLabel}: ${r.risk} — ${r.mitigation}`, 160));
      slide.table = {
        headers: [stepColumns.task, stepColumns.owner, stepColumns.due],
        rows: nextSteps
          .slice(0, 4)
          .map((s) => [clip(s.task, 90), s.owner, s.due ? formatDate(s.due, lang) : '–']),
        widths: [0.6, 0.2, 0.2],
      };
      break;
    }
    case 'appendix':
      slide.bullets = section.data.definitions
        .slice(0, MAX_BULLETS)
        .map((d) => clip(`${d.term}: ${d.definition}`, 170));
      break;
  }
  return slide;
}

/**
 * The size in points at which the deck shows a section's chart. The report places its chart at
 * this size too, so one rendered image serves the report, the PPTX and the deck PDF.
 */
export function slideChartSize(section: QbrSection, doc: QbrDocument): ChartSize | null {
  const box = layoutSlide(sectionSlide(section, doc)).chart;
  return box ? { width: box.w * PT_PER_INCH, height: box.h * PT_PER_INCH } : null;
}

/** The title section becomes the cover; every other section gets one slide, in order. */
export function buildSlides(doc: QbrDocument): Slide[] {
  const { meta } = doc;
  const cover = emptySlide(meta.documentTitle, true);
  cover.subtitle = `${meta.accountName} · ${meta.quarter}`;
  const byLine = `${meta.companyName} · ${formatDate(meta.generatedOn, meta.language)}`;
  cover.paragraphs = [byLine];
  const titleSection = doc.sections.find((s) => s.kind === 'title');
  if (titleSection?.status === 'ok') {
    cover.paragraphs = [titleSection.data.subtitle, byLine];
    cover.bullets = titleSection.data.attendees
      .slice(0, 6)
      .map((a) => `${a.name} — ${a.role}, ${a.organisation}`);
  }
  const sections = doc.sections.filter((s) => s.kind !== 'title');
  return [cover, ...sections.map((s) => sectionSlide(s, doc))];
}
