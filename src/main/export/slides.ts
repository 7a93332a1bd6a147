// One slide model for both deck writers (PPTX and PDF), so the two decks cannot drift apart.
// Nothing is cut: every block of text is measured (text-fit.ts) and set smaller down to a
// floor, and what still does not fit continues on a next slide under the same title. Every
// slide carries speaker notes in full sentences, with the figures' definitions and sources.
import { translate } from '../../shared/i18n';
import type { ChartSize, ChartSpec } from './charts';
import { formatDate, formatEffect, formatNumber, formatPercent } from './labels';
import type {
  DataSource,
  Metric,
  QbrDocument,
  QbrLanguage,
  QbrSection,
  SectionKind,
  SourceKey,
} from './model';
import { sectionChart } from './section-charts';
import { lineCount, linesHeight, longestWord, sentences } from './text-fit';

export interface SlideTable {
  headers: string[];
  rows: string[][];
  /** relative column widths, summing to 1 */
  widths: number[];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'muted' }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; table: SlideTable };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block at its place and type size; tables carry their column widths in inches. */
export interface PlacedBlock {
  block: Block;
  box: Box;
  fontSize: number;
  colW: number[];
}

export interface SlideLayout {
  title: Box;
  metrics: Box[];
  chart: Box | null;
  logo: Box | null;
  footer: Box;
}

export interface Slide {
  kind: 'cover' | 'section' | 'closing';
  section: SectionKind | null;
  title: string;
  metrics: Metric[];
  chart: ChartSpec | null;
  blocks: PlacedBlock[];
  notes: string;
  layout: SlideLayout;
}

const PT_PER_INCH = 72;

/** 16:9 slide size in inches (PowerPoint's LAYOUT_16x9). */
export const SLIDE_SIZE = { width: 10, height: 5.625 } as const;

/** Font sizes in points, shared by both deck writers. */
export const SLIDE_FONT = {
  coverTitle: 30,
  title: 22,
  lead: 15,
  body: 13,
  heading: 13,
  small: 12,
  table: 11,
  metricValue: 18,
  metricLabel: 10,
  metricNote: 8,
  footer: 9,
} as const;

/** Body text is set at most this much smaller before it continues on another slide. */
const SCALES = [1, 0.92, 0.85, 0.77] as const;
const MARGIN = 0.45;
const WIDTH = SLIDE_SIZE.width - 2 * MARGIN;
const BODY_BOTTOM = 5.05;
const BULLET_INDENT = 0.28;
/** cell margins in inches, as both writers set them */
export const CELL_PAD = { x: 0.06, y: 0.04 } as const;
const MAX_METRICS = 5;
const MAX_CONTINUATIONS = 6;
/** charts are drawn at this aspect ratio (width / height) */
export const CHART_ASPECT = 1.6;

function baseSize(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return SLIDE_FONT.heading;
    case 'paragraph':
      return block.tone === 'lead' ? SLIDE_FONT.lead : SLIDE_FONT.body;
    case 'bullet':
      return SLIDE_FONT.small;
    case 'table':
      return SLIDE_FONT.table;
  }
}

const GAP: Record<Block['kind'], number> = {
  heading: 0.04,
  paragraph: 0.1,
  bullet: 0.06,
  table: 0.12,
};

/** Column widths in inches with every column at least as wide as its longest word, or null. */
export function tableColumns(
  table: SlideTable,
  width: number,
  size: number,
  language: QbrLanguage,
): number[] | null {
  const mins = table.widths.map(
    (_, i) =>
      Math.max(
        longestWord(table.headers[i] ?? '', size, language, true),
        ...table.rows.map((row) => longestWord(row[i] ?? '', size, language)),
      ) +
      2 * CELL_PAD.x +
      0.02,
  );
  const total = mins.reduce((a, b) => a + b, 0);
  if (total > width) return null;
  const cols = table.widths.map((share, i) => Math.max(share * width, mins[i]!));
  // take what the widened columns need from the others, in proportion to what they can spare
  let excess = cols.reduce((a, b) => a + b, 0) - width;
  while (excess > 1e-6) {
    const spare = cols.map((c, i) => Math.max(0, c - mins[i]!));
    const spareTotal = spare.reduce((a, b) => a + b, 0);
    if (spareTotal <= 1e-6) break;
    const take = Math.min(excess, spareTotal);
    cols.forEach((_, i) => (cols[i] = cols[i]! - (take * spare[i]!) / spareTotal));
    excess -= take;
  }
  return cols;
}

function rowHeight(
  cells: string[],
  colW: number[],
  size: number,
  language: QbrLanguage,
  bold: boolean,
) {
  const lines = Math.max(
    1,
    ...cells.map((cell, i) =>
      lineCount(cell, (colW[i] ?? 1) - 2 * CELL_PAD.x, size, language, bold),
    ),
  );
  return linesHeight(lines, size) + 2 * CELL_PAD.y + 0.02;
}

interface Measured {
  h: number;
  size: number;
  colW: number[];
}

function measure(block: Block, width: number, scale: number, language: QbrLanguage): Measured {
  const size = Math.round(baseSize(block) * scale * 2) / 2;
  switch (block.kind) {
    case 'table': {
      const colW = tableColumns(block.table, width, size, language);
      if (!colW) return { h: Number.POSITIVE_INFINITY, size, colW: [] };
      const h =
        rowHeight(block.table.headers, colW, size, language, true) +
        block.table.rows.reduce((sum, row) => sum + rowHeight(row, colW, size, language, false), 0);
      return { h, size, colW };
    }
    case 'bullet':
      return {
        h: linesHeight(lineCount(block.text, width - BULLET_INDENT, size, language), size) + 0.04,
        size,
        colW: [],
      };
    case 'heading':
      return {
        h: linesHeight(lineCount(block.text, width, size, language, true), size) + 0.02,
        size,
        colW: [],
      };
    case 'paragraph':
      return {
        h: linesHeight(lineCount(block.text, width, size, language), size) + 0.04,
        size,
        colW: [],
      };
  }
}

type Measure = (block: Block, scale: number) => Measured;

/** measure() remembered per block and scale for one fitting: each is asked for many times. */
function measurer(width: number, language: QbrLanguage): Measure {
  const memo = new Map<Block, Map<number, Measured>>();
  return (block, scale) => {
    let byScale = memo.get(block);
    if (!byScale) memo.set(block, (byScale = new Map()));
    let m = byScale.get(scale);
    if (!m) byScale.set(scale, (m = measure(block, width, scale, language)));
    return m;
  };
}

function place(blocks: Block[], area: Box, scale: number, m: Measure) {
  const placed: PlacedBlock[] = [];
  let y = area.y;
  for (const block of blocks) {
    const size = m(block, scale);
    placed.push({
      block,
      box: { x: area.x, y, w: area.w, h: size.h },
      fontSize: size.size,
      colW: size.colW,
    });
    y += size.h + GAP[block.kind];
  }
  return { placed, bottom: y - (blocks.length ? GAP[blocks.at(-1)!.kind] : 0) };
}

/** Splits a block that does not fit so that its head fits in `room` inches. */
function splitBlock(
  block: Block,
  room: number,
  m: Measure,
  language: QbrLanguage,
): [Block, Block] | null {
  const scale = SCALES.at(-1)!;
  if (block.kind === 'table') {
    const { rows } = block.table;
    for (let n = rows.length - 1; n >= 1; n--) {
      const head = { ...block, table: { ...block.table, rows: rows.slice(0, n) } };
      if (m(head, scale).h <= room)
        return [head, { ...block, table: { ...block.table, rows: rows.slice(n) } }];
    }
    return null;
  }
  if (block.kind === 'paragraph' || block.kind === 'bullet') {
    const parts = sentences(block.text, language);
    for (let n = parts.length - 1; n >= 1; n--) {
      const head = { ...block, text: parts.slice(0, n).join(' ') };
      if (m(head, scale).h <= room) return [head, { ...block, text: parts.slice(n).join(' ') }];
    }
  }
  return null;
}

/**
 * Places `blocks` in `area`: at the largest scale at which all fit, else at the floor as many as
 * fit (a table split between rows, a paragraph between sentences); the rest is returned.
 */
export function fitBlocks(
  blocks: Block[],
  area: Box,
  language: QbrLanguage,
): { placed: PlacedBlock[]; rest: Block[] } {
  const m = measurer(area.w, language);
  const bottom = area.y + area.h;
  for (const scale of SCALES) {
    const laid = place(blocks, area, scale, m);
    if (laid.bottom <= bottom) return { placed: laid.placed, rest: [] };
  }
  const scale = SCALES.at(-1)!;
  const fitted: Block[] = [];
  let y = area.y;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const h = m(block, scale).h;
    if (y + h <= bottom) {
      fitted.push(block);
      y += h + GAP[block.kind];
      continue;
    }
    const split = splitBlock(block, bottom - y, m, language);
    let rest = blocks.slice(i);
    if (split) {
      fitted.push(split[0]);
      rest = [split[1], ...blocks.slice(i + 1)];
    } else if (fitted.length === 0) {
      // a block too tall even alone on an empty slide: place it (cannot happen with our texts)
      fitted.push(block);
      rest = blocks.slice(i + 1);
    }
    // a heading never ends a slide apart from what it heads
    while (fitted.length > 1 && fitted.at(-1)!.kind === 'heading') rest.unshift(fitted.pop()!);
    return { placed: place(fitted, area, scale, m).placed, rest };
  }
  return { placed: place(fitted, area, scale, m).placed, rest: [] };
}

function layoutFor(
  kind: Slide['kind'],
  metrics: number,
  hasChart: boolean,
  hasBlocks: boolean,
  logo: boolean,
) {
  const footer = { x: MARGIN, y: 5.2, w: WIDTH, h: 0.3 };
  const logoBox = logo ? { x: SLIDE_SIZE.width - MARGIN - 1.4, y: 0.3, w: 1.4, h: 0.6 } : null;
  if (kind !== 'section') {
    return {
      layout: {
        title: { x: MARGIN, y: 1.0, w: WIDTH - (logo ? 1.6 : 0), h: 0.9 },
        metrics: [],
        chart: null,
        logo: logoBox,
        footer,
      },
      body: { x: MARGIN, y: 2.0, w: WIDTH, h: BODY_BOTTOM - 2.0 },
    };
  }
  const gap = 0.15;
  const tileW = metrics ? (WIDTH - gap * (metrics - 1)) / metrics : 0;
  const tiles = Array.from({ length: metrics }, (_, i) => ({
    x: MARGIN + i * (tileW + gap),
    y: 1.0,
    w: tileW,
    h: 0.9,
  }));
  const top = metrics ? 2.05 : 1.05;
  const area = { x: MARGIN, y: top, w: WIDTH, h: BODY_BOTTOM - top };
  let chart: Box | null = null;
  let body = area;
  if (hasChart) {
    const chartW = hasBlocks
      ? Math.min(5.2, area.h * CHART_ASPECT)
      : Math.min(WIDTH, area.h * CHART_ASPECT);
    chart = { x: MARGIN, y: top, w: chartW, h: chartW / CHART_ASPECT };
    body = { x: MARGIN + chartW + 0.25, y: top, w: WIDTH - chartW - 0.25, h: area.h };
  }
  return {
    layout: {
      title: { x: MARGIN, y: 0.25, w: WIDTH, h: 0.65 },
      metrics: tiles,
      chart,
      logo: null,
      footer,
    },
    body,
  };
}

/** The size in points at which the deck shows a section's chart; the report uses it too. */
export function slideChartSize(section: QbrSection, doc: QbrDocument): ChartSize | null {
  const content = sectionContent(section, doc);
  if (!content.chart) return null;
  const { layout } = layoutFor(
    'section',
    content.metrics.length,
    true,
    content.blocks.length > 0,
    false,
  );
  const box = layout.chart!;
  return { width: box.w * PT_PER_INCH, height: box.h * PT_PER_INCH };
}

interface SectionContent {
  metrics: Metric[];
  chart: ChartSpec | null;
  blocks: Block[];
  /** what the presenter says beyond the slide's own text: definitions, method, cautions */
  extraNotes: string[];
  sources: SourceKey[];
}

const heading = (text: string): Block => ({ kind: 'heading', text });
const para = (text: string, tone?: 'lead' | 'muted'): Block => ({
  kind: 'paragraph',
  text,
  ...(tone ? { tone } : {}),
});
const bullet = (text: string): Block => ({ kind: 'bullet', text });

function sectionContent(section: QbrSection, doc: QbrDocument): SectionContent {
  const lang = doc.meta.language;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const out: SectionContent = { metrics: [], chart: null, blocks: [], extraNotes: [], sources: [] };
  if (section.status !== 'ok') return out;
  out.chart = sectionChart(section, lang);
  const date = (d: string | null) => (d ? formatDate(d, lang) : '–');
  switch (section.kind) {
    case 'title':
      break;
    case 'executive_summary': {
      const d = section.data;
      out.metrics = d.kpis.slice(0, MAX_METRICS).map((k) => ({
        label: k.label,
        value: k.value,
        ...(k.vsLastQuarter || k.vsLastYear || k.basis
          ? { note: [k.vsLastQuarter, k.vsLastYear, k.basis].filter(Boolean).join(' · ') }
          : {}),
      }));
      out.blocks.push(
        para(d.headline, 'lead'),
        para(`${t('qbr.sum.status')}: ${d.statusLabel}. ${d.statusText}`),
      );
      if (d.topWin) out.blocks.push(heading(d.topWin.heading), para(d.topWin.text));
      if (d.topRisk) out.blocks.push(heading(d.topRisk.heading), para(d.topRisk.text));
      if (d.decisions.length)
        out.blocks.push(heading(d.decisionsHeading), ...d.decisions.map(bullet));
      out.blocks.push(...d.paragraphs.map((p) => para(p)), para(d.dataAsOfText, 'muted'));
      out.sources = ['usage', 'surveys', 'tickets', 'contracts'];
      break;
    }
    case 'goals': {
      const { columns, goals } = section.data;
      out.blocks.push({
        kind: 'table',
        table: {
          headers: [columns.goal, columns.progress, columns.status, columns.due],
          rows: goals.map((g) => [
            g.outcome ? `${g.goal}\n${g.measure}: ${g.outcome}` : g.goal,
            g.progressLabel ?? formatPercent(g.progressPercent / 100, lang),
            g.statusLabel,
            date(g.due),
          ]),
          widths: [0.52, 0.14, 0.17, 0.17],
        },
      });
      out.extraNotes.push(...goals.filter((g) => g.measure).map((g) => `${g.goal}: ${g.measure}.`));
      break;
    }
    case 'value_delivered': {
      const { results } = section.data;
      out.blocks.push(heading(t('qbr.value.outcomes')), ...results.map((r) => bullet(r.outcome)));
      out.extraNotes.push(
        ...(section.data.intro ? [section.data.intro] : []),
        ...results.map(
          (r) =>
            `${r.name}, ${r.kpi}: ${formatEffect(r, lang)}, ${r.verdictLabel}. ${r.outcome}${r.caution ? ` ${r.caution}` : ''}`,
        ),
        t('qbr.notes.definitions', {
          text: `${t('qbr.def.effect')}: ${t('qbr.def.effectText')} ${t('qbr.def.interval')}: ${t('qbr.def.intervalText')}`,
        }),
      );
      out.sources = ['experiments'];
      break;
    }
    case 'adoption':
    case 'support':
    case 'renewal':
      out.metrics = section.data.metrics.slice(0, MAX_METRICS);
      out.blocks.push(...section.data.notes.map(bullet));
      if (section.kind === 'adoption')
        out.extraNotes.push(
          t('qbr.notes.definitions', {
            text: `${t('qbr.def.utilisation')}: ${t('qbr.def.utilisationText')}`,
          }),
        );
      out.sources =
        section.kind === 'adoption'
          ? ['usage']
          : section.kind === 'support'
            ? ['tickets']
            : ['contracts'];
      break;
    case 'health':
      out.metrics = section.data.metrics.slice(0, MAX_METRICS);
      out.blocks.push(
        ...section.data.changes.map((c) => {
          const from = c.from === null ? '–' : formatNumber(c.from, lang, 0);
          const to = c.to === null ? '–' : formatNumber(c.to, lang, 0);
          return bullet(`${c.component}: ${from} → ${to}. ${c.reason}`);
        }),
      );
      out.sources = ['usage', 'surveys', 'tickets'];
      break;
    case 'sentiment':
      out.metrics = section.data.metrics.slice(0, MAX_METRICS);
      if (section.data.verbatims.length) {
        out.blocks.push(
          heading(section.data.verbatimsHeading),
          ...section.data.verbatims.map((v) => bullet(`“${v.quote}” — ${v.author}`)),
        );
      }
      out.extraNotes.push(
        t('qbr.notes.definitions', { text: `${t('qbr.def.npsText')} ${t('qbr.def.csatText')}` }),
      );
      out.sources = ['surveys'];
      break;
    case 'benchmarks': {
      const { intro, columns, rows } = section.data;
      out.blocks.push(para(intro, 'lead'), {
        kind: 'table',
        table: {
          headers: [columns.measure, columns.value, columns.segment, columns.book],
          rows: rows.map((r) => [r.measure, r.value, r.segment, r.book]),
          widths: [0.34, 0.16, 0.25, 0.25],
        },
      });
      out.sources = ['usage', 'surveys', 'tickets'];
      break;
    }
    case 'risks_next_steps': {
      const d = section.data;
      if (d.risks.length) {
        out.blocks.push(heading(d.risksHeading), {
          kind: 'table',
          table: {
            headers: [d.riskColumns.risk, d.riskColumns.severity, d.riskColumns.mitigation],
            rows: d.risks.map((r) => [r.risk, r.severityLabel, r.mitigation]),
            widths: [0.42, 0.16, 0.42],
          },
        });
      }
      if (d.nextSteps.length) {
        out.blocks.push(heading(d.nextStepsHeading), {
          kind: 'table',
          table: {
            headers: [d.stepColumns.task, d.stepColumns.owner, d.stepColumns.due],
            rows: d.nextSteps.map((s) => [s.task, s.owner, date(s.due)]),
            widths: [0.58, 0.24, 0.18],
          },
        });
      }
      break;
    }
    case 'appendix': {
      const d = section.data;
      out.blocks.push(...d.definitions.map((x) => bullet(`${x.term}: ${x.definition}`)));
      if (d.methods.length)
        out.blocks.push(heading(d.methodsHeading), ...d.methods.map((x) => bullet(x.definition)));
      out.blocks.push(
        heading(d.sourcesHeading),
        ...d.sources.map((s) => bullet(`${s.label}: ${s.coverage}`)),
        para(d.reproducibility, 'muted'),
      );
      break;
    }
  }
  return out;
}

function blockText(block: Block): string {
  if (block.kind !== 'table') return block.text;
  const { headers, rows } = block.table;
  return rows
    .map((row) => row.map((cell, i) => `${headers[i]}: ${cell}`).join('; ') + '.')
    .join(' ');
}

function sourcesNote(doc: QbrDocument, keys: SourceKey[]): string | null {
  const lang = doc.meta.language;
  const list = doc.meta.sources.filter((s: DataSource) => keys.includes(s.key));
  if (list.length === 0) return null;
  return translate(lang, 'qbr.notes.sources', {
    sources: list.map((s) => `${s.label} (${s.coverage})`).join(', '),
    date: formatDate(doc.meta.dataAsOf, lang),
  });
}

function chartNote(doc: QbrDocument, chart: ChartSpec | null): string | null {
  if (!chart) return null;
  const lang = doc.meta.language;
  const series = chart.series
    .map((s) => {
      const values = s.values.flatMap((v, i) =>
        v === null ? [] : [`${chart.categories[i]} ${formatNumber(v, lang, 1)}`],
      );
      return `${s.name}: ${values.join(', ')}`;
    })
    .join('; ');
  return translate(lang, 'qbr.notes.chart', { title: chart.title, series });
}

function notesOf(parts: Array<string | null>): string {
  return parts
    .filter((p): p is string => p !== null && p.trim() !== '')
    .map((p) => p.trim())
    .join('\n\n');
}

export function footerText(doc: QbrDocument): string {
  const company = doc.meta.companyName.trim();
  return company ? `${doc.meta.accountName} · ${company}` : doc.meta.accountName;
}

function presenterLine(doc: QbrDocument): string | null {
  const p = doc.meta.presenter;
  const who = [p.name, p.title, p.companyName].map((x) => x.trim()).filter(Boolean);
  return who.length ? who.join(', ') : null;
}

function sectionSlides(section: QbrSection, doc: QbrDocument): Slide[] {
  const lang = doc.meta.language;
  const content = sectionContent(section, doc);
  const slides: Slide[] = [];
  const first = layoutFor(
    'section',
    content.metrics.length,
    content.chart !== null,
    content.blocks.length > 0,
    false,
  );
  let { placed, rest } = fitBlocks(content.blocks, first.body, lang);
  slides.push({
    kind: 'section',
    section: section.kind,
    title: section.title,
    metrics: content.metrics,
    chart: content.chart,
    blocks: placed,
    notes: notesOf([
      ...content.metrics.map((m) => `${m.label}: ${m.value}${m.note ? ` (${m.note})` : ''}.`),
      ...placed.map((p) => blockText(p.block)),
      chartNote(doc, content.chart),
      ...content.extraNotes,
      sourcesNote(doc, content.sources),
    ]),
    layout: first.layout,
  });
  for (let n = 0; rest.length > 0 && n < MAX_CONTINUATIONS; n++) {
    const next = layoutFor('section', 0, false, true, false);
    const fitted = fitBlocks(rest, next.body, lang);
    rest = fitted.rest;
    placed = fitted.placed;
    slides.push({
      kind: 'section',
      section: section.kind,
      title: translate(lang, 'qbr.deck.continued', { title: section.title }),
      metrics: [],
      chart: null,
      blocks: placed,
      notes: notesOf([...placed.map((p) => blockText(p.block)), sourcesNote(doc, content.sources)]),
      layout: next.layout,
    });
  }
  return slides;
}

function coverSlide(doc: QbrDocument): Slide {
  const { meta } = doc;
  const lang = meta.language;
  const blocks: Block[] = [heading(`${meta.accountName} · ${meta.quarter}`)];
  const titleSection = doc.sections.find((s) => s.kind === 'title');
  if (titleSection?.status === 'ok') blocks.push(para(titleSection.data.subtitle));
  const by = presenterLine(doc);
  blocks.push(para([by, formatDate(meta.generatedOn, lang)].filter(Boolean).join(' · '), 'muted'));
  if (titleSection?.status === 'ok') {
    blocks.push(
      heading(titleSection.data.attendeesHeading),
      ...titleSection.data.attendees.map((a) =>
        bullet([a.name, a.role, a.organisation].filter(Boolean).join(', ')),
      ),
    );
  }
  const { layout, body } = layoutFor('cover', 0, false, true, meta.presenter.logo !== null);
  // the cover keeps its first page: attendees beyond it are read out from the notes
  const { placed, rest } = fitBlocks(blocks, body, lang);
  return {
    kind: 'cover',
    section: 'title',
    title: meta.documentTitle,
    metrics: [],
    chart: null,
    blocks: placed,
    notes: notesOf([
      translate(lang, 'qbr.notes.cover', {
        quarter: meta.quarter,
        account: meta.accountName,
        date: formatDate(meta.dataAsOf, lang),
      }),
      ...[...placed.map((p) => p.block), ...rest].filter((b) => b.kind === 'bullet').map(blockText),
    ]),
    layout,
  };
}

function closingSlide(doc: QbrDocument): Slide {
  const lang = doc.meta.language;
  const by = presenterLine(doc);
  const blocks: Block[] = [];
  if (by) blocks.push(para(translate(lang, 'qbr.deck.contact', { who: by }), 'lead'));
  blocks.push(para(translate(lang, 'qbr.deck.nextReview'), 'muted'));
  const { layout, body } = layoutFor('closing', 0, false, true, doc.meta.presenter.logo !== null);
  return {
    kind: 'closing',
    section: null,
    title: translate(lang, 'qbr.deck.thanks'),
    metrics: [],
    chart: null,
    blocks: fitBlocks(blocks, body, lang).placed,
    notes: translate(lang, 'qbr.notes.closing'),
    layout,
  };
}

// The PPTX and the deck PDF of one pack lay out the same document: do it once.
const built = new WeakMap<QbrDocument, Slide[]>();

/** The cover, one or more slides per section with data, in order, and a closing slide. */
export function buildSlides(doc: QbrDocument): Slide[] {
  const known = built.get(doc);
  if (known) return known;
  const sections = doc.sections.filter((s) => s.kind !== 'title' && s.status === 'ok');
  const slides = [
    coverSlide(doc),
    ...sections.flatMap((s) => sectionSlides(s, doc)),
    closingSlide(doc),
  ];
  built.set(doc, slides);
  return slides;
}
