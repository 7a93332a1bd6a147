// The QBR as a printable report: title page, contents, one part per section, footer with the
// account, the company and page numbers. Every string goes through wrapText so Thai lines break
// between words.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPng, pngDataUrl } from './charts';
import { FONT_FAMILY } from './fonts';
import { renderPdf } from './pdf-engine';
import {
  formatDate,
  formatEffect,
  formatInterval,
  formatNumber,
  formatPercent,
  writerLabels,
} from './labels';
import type { Kpi, Metric, QbrDocument, QbrSection } from './model';
import { sectionChart } from './section-charts';
import { footerText, slideChartSize } from './slides';
import { wrapText } from './thai-wrap';

const MARGIN_X = 50;
const ACCENT = '#2f5fb3';
const MUTED = '#666666';

function text(value: string, style: Record<string, unknown> = {}): Content {
  return { text: wrapText(value), ...style } as Content;
}

function cell(value: string, style: Record<string, unknown> = {}): TableCell {
  return text(value, style) as TableCell;
}

function metricTiles(metrics: Metric[]): Content {
  if (metrics.length === 0) return { text: '' };
  return {
    table: {
      widths: metrics.map(() => '*'),
      body: [
        metrics.map((m) => ({
          stack: [
            text(m.value, { style: 'metricValue' }),
            text(m.label, { style: 'metricLabel' }),
            ...(m.note ? [text(m.note, { style: 'metricNote' })] : []),
          ],
          fillColor: '#f1f4fa',
          margin: [6, 6, 6, 6],
        })),
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 4,
      vLineColor: () => '#ffffff',
    },
    margin: [0, 0, 0, 12],
  };
}

function kpiTiles(kpis: Kpi[]): Content {
  return {
    table: {
      widths: kpis.map(() => '*'),
      body: [
        kpis.map((k) => ({
          stack: [
            text(k.value, { style: 'metricValue' }),
            text(k.label, { style: 'metricLabel' }),
            ...[k.vsLastQuarter, k.vsLastYear, k.basis]
              .filter((x): x is string => x !== null)
              .map((x) => text(x, { style: 'metricNote' })),
          ],
          fillColor: '#f1f4fa',
          margin: [6, 6, 6, 6],
        })),
      ],
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 4, vLineColor: () => '#ffffff' },
    margin: [0, 0, 0, 12],
  };
}

function dataTable(headers: string[], rows: string[][], widths: Array<number | string>): Content {
  const header = headers.length ? [headers.map((h) => cell(h, { style: 'tableHeader' }))] : [];
  return {
    table: {
      headerRows: header.length,
      // a header row never sits alone at the foot of a page
      keepWithHeaderRows: header.length,
      widths,
      body: [...header, ...rows.map((row) => row.map((v) => cell(v)))],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 12],
  };
}

/** Short enough to move to the next page whole rather than leave its heading behind. */
const KEEP_TOGETHER_ROWS = 10;

function titledTable(
  heading: string,
  headers: string[],
  rows: string[][],
  widths: Array<number | string>,
): Content[] {
  const parts = [subheading(heading), dataTable(headers, rows, widths)];
  return rows.length <= KEEP_TOGETHER_ROWS ? [{ stack: parts, unbreakable: true }] : parts;
}

function subheading(value: string): Content {
  return text(value, { style: 'subheading', headlineLevel: 2 });
}

function chartBlock(section: QbrSection, doc: QbrDocument): Content[] {
  const spec = sectionChart(section, doc.meta.language);
  const size = slideChartSize(section, doc);
  if (!spec || !size) return [];
  // The deck's image of this chart, at the deck's size in points: its text then has the same
  // point sizes as the report's small print, and one rendering serves report and decks.
  const png = chartPng(spec, size);
  return [{ image: pngDataUrl(png), width: size.width, margin: [0, 4, 0, 12] }];
}

function bullets(items: string[]): Content {
  return { ul: items.map((item) => text(item)), margin: [0, 0, 0, 10] };
}

function sectionBody(section: QbrSection, doc: QbrDocument): Content[] {
  const language = doc.meta.language;
  if (section.status === 'no_data') {
    return [
      {
        table: { widths: ['*'], body: [[cell(section.message, { style: 'noData' })]] },
        layout: 'noBorders',
        margin: [0, 0, 0, 12],
      },
    ];
  }
  const chart = chartBlock(section, doc);
  const date = (d: string | null) => (d ? formatDate(d, language) : '–');
  const num = (n: number | null) => (n === null ? '–' : formatNumber(n, language, 0));
  switch (section.kind) {
    case 'title':
      return [];
    case 'executive_summary': {
      const d = section.data;
      return [
        text(d.headline, { style: 'lead' }),
        text(`${d.statusLabel}. ${d.statusText}`, { style: 'status', margin: [0, 0, 0, 10] }),
        ...(d.kpis.length ? [subheading(d.kpiHeading), kpiTiles(d.kpis)] : []),
        ...(d.topWin
          ? [subheading(d.topWin.heading), text(d.topWin.text, { style: 'paragraph' })]
          : []),
        ...(d.topRisk
          ? [subheading(d.topRisk.heading), text(d.topRisk.text, { style: 'paragraph' })]
          : []),
        ...(d.decisions.length ? [subheading(d.decisionsHeading), bullets(d.decisions)] : []),
        ...d.paragraphs.map((p) => text(p, { style: 'paragraph' })),
        text(d.dataAsOfText, { style: 'asOf' }),
      ];
    }
    case 'goals': {
      const { columns, goals } = section.data;
      return [
        dataTable(
          [columns.goal, columns.measure, columns.progress, columns.status, columns.due],
          goals.map((g) => [
            g.goal,
            g.outcome ? `${g.measure}: ${g.outcome}` : g.measure,
            g.progressLabel ?? formatPercent(g.progressPercent / 100, language),
            g.statusLabel,
            date(g.due),
          ]),
          ['*', 100, 55, 70, 70],
        ),
      ];
    }
    case 'value_delivered': {
      const { columns, results, intro } = section.data;
      // one account often runs several experiments; the name tells their KPIs apart
      const rows = results.map((r) => [
        r.name,
        r.kpi,
        formatEffect(r, language),
        formatInterval(r, language),
        r.verdictLabel,
      ]);
      // outcomes in plain words first; the test statistics are in the appendix
      return [
        ...results.flatMap((r) => [
          subheading(`${r.kpi} — ${r.verdictLabel}`),
          text(r.outcome, { style: 'paragraph' }),
          ...(r.caution ? [text(r.caution, { style: 'caution' })] : []),
        ]),
        ...chart,
        ...(intro ? [text(intro, { style: 'paragraph' })] : []),
        dataTable(
          [columns.experiment, columns.kpi, columns.effect, columns.interval, columns.verdict],
          rows,
          ['*', '*', 70, 85, 80],
        ),
      ];
    }
    case 'adoption':
    case 'support':
      return [
        metricTiles(section.data.metrics),
        ...chart,
        ...(section.data.notes.length ? [bullets(section.data.notes)] : []),
      ];
    case 'health': {
      const { metrics, changesHeading, changeColumns, changes } = section.data;
      return [
        metricTiles(metrics),
        ...chart,
        ...(changes.length
          ? titledTable(
              changesHeading,
              [changeColumns.component, changeColumns.from, changeColumns.to, changeColumns.reason],
              changes.map((c) => [c.component, num(c.from), num(c.to), c.reason]),
              [120, 40, 40, '*'],
            )
          : []),
      ];
    }
    case 'sentiment': {
      const { metrics, verbatimsHeading, verbatims } = section.data;
      const quotes: Content[] = verbatims.map((v) => ({
        stack: [
          text(`“${v.quote}”`, { style: 'quote' }),
          text(`— ${v.author}`, { style: 'quoteAuthor' }),
        ],
        margin: [12, 0, 0, 8],
      }));
      const [first, ...rest] = quotes;
      return [
        metricTiles(metrics),
        ...chart,
        ...(first ? [{ stack: [subheading(verbatimsHeading), first], unbreakable: true }] : []),
        ...rest,
      ];
    }
    case 'benchmarks': {
      const { intro, columns, rows } = section.data;
      return [
        text(intro, { style: 'paragraph' }),
        ...chart,
        dataTable(
          [columns.measure, columns.value, columns.segment, columns.book],
          rows.map((r) => [r.measure, r.value, r.segment, r.book]),
          ['*', 70, 110, 110],
        ),
      ];
    }
    case 'renewal':
      return [
        metricTiles(section.data.metrics),
        ...(section.data.notes.length ? [bullets(section.data.notes)] : []),
      ];
    case 'risks_next_steps': {
      const d = section.data;
      return [
        ...titledTable(
          d.risksHeading,
          [d.riskColumns.risk, d.riskColumns.severity, d.riskColumns.mitigation],
          d.risks.map((r) => [r.risk, r.severityLabel, r.mitigation]),
          ['*', 70, '*'],
        ),
        ...titledTable(
          d.nextStepsHeading,
          [d.stepColumns.task, d.stepColumns.owner, d.stepColumns.due],
          d.nextSteps.map((s) => [s.task, s.owner, date(s.due)]),
          ['*', 110, 80],
        ),
      ];
    }
    case 'appendix': {
      const d = section.data;
      const defs = (list: { term: string; definition: string }[]): Content[] =>
        list.map((x) => ({
          stack: [text(x.term, { bold: true }), text(x.definition, { style: 'paragraph' })],
        }));
      return [
        ...defs(d.definitions),
        ...(d.methods.length ? [subheading(d.methodsHeading), ...defs(d.methods)] : []),
        subheading(d.sourcesHeading),
        bullets(d.sources.map((x) => `${x.label}: ${x.coverage}`)),
        text(d.reproducibility, { style: 'asOf' }),
      ];
    }
  }
}

function titlePage(doc: QbrDocument): Content[] {
  const { meta } = doc;
  const labels = writerLabels(meta.language);
  const titleSection = doc.sections.find((s) => s.kind === 'title');
  const attendees: Content[] = [];
  if (titleSection?.status === 'ok') {
    attendees.push(
      text(titleSection.data.subtitle, { style: 'coverSubtitle' }),
      text(titleSection.data.attendeesHeading, { style: 'subheading', margin: [0, 30, 0, 6] }),
      dataTable(
        [],
        titleSection.data.attendees.map((a) => [a.name, a.role, a.organisation]),
        ['*', '*', '*'],
      ),
    );
  }
  const p = meta.presenter;
  const by = [p.name, p.title, p.companyName]
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');
  const logo: Content[] = p.logo
    ? [
        {
          image: `data:image/png;base64,${p.logo.data}`,
          fit: [140, 60],
          alignment: 'right',
          margin: [0, 0, 0, 0],
        } as Content,
      ]
    : [];
  return [
    ...logo,
    text(meta.documentTitle, { style: 'coverTitle', margin: [0, p.logo ? 60 : 120, 0, 12] }),
    text(meta.accountName, { style: 'coverAccount' }),
    text(meta.quarter, { style: 'coverQuarter' }),
    ...attendees,
    ...(by
      ? [text(`${labels.preparedBy}: ${by}`, { style: 'coverMeta', margin: [0, 30, 0, 0] })]
      : []),
    text(`${labels.generatedOn}: ${formatDate(meta.generatedOn, meta.language)}`, {
      style: 'coverMeta',
      margin: [0, by ? 0 : 30, 0, 0],
      pageBreak: 'after',
    }),
  ];
}

export function reportDefinition(doc: QbrDocument): TDocumentDefinitions {
  const { meta } = doc;
  const labels = writerLabels(meta.language);
  const body = doc.sections
    .filter((s) => s.kind !== 'title')
    .flatMap((section): Content[] => [
      {
        text: wrapText(section.title),
        style: 'h1',
        tocItem: true,
        headlineLevel: 1,
      } as Content,
      ...sectionBody(section, doc),
    ]);
  return {
    pageSize: meta.paper,
    pageMargins: [MARGIN_X, 50, MARGIN_X, 60],
    info: {
      title: `${meta.documentTitle} — ${meta.accountName} — ${meta.quarter}`,
      author: meta.presenter.name || meta.companyName || 'QBR Studio',
      subject: meta.quarter,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.2 },
    content: [
      ...titlePage(doc),
      {
        toc: { title: text(labels.contents, { style: 'h1' }) },
        pageBreak: 'after',
      } as Content,
      ...body,
    ],
    // A heading left alone at the foot of a page moves to the next page with its content.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel !== undefined && queries.getFollowingNodesOnPage().length === 0,
    footer: (currentPage, pageCount) =>
      currentPage === 1
        ? { text: '' }
        : {
            columns: [
              text(footerText(doc), { style: 'footer' }),
              text(labels.pageOf(currentPage, pageCount), { style: 'footer', alignment: 'right' }),
            ],
            margin: [MARGIN_X, 24, MARGIN_X, 0],
          },
    styles: {
      coverTitle: { fontSize: 28, bold: true, color: ACCENT },
      coverAccount: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      coverQuarter: { fontSize: 16, color: MUTED, margin: [0, 0, 0, 16] },
      coverSubtitle: { fontSize: 13 },
      coverMeta: { fontSize: 10, color: MUTED },
      h1: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 14, 0, 10] },
      subheading: { fontSize: 12, bold: true, margin: [0, 6, 0, 4] },
      paragraph: { margin: [0, 0, 0, 8] },
      caution: { italics: true, color: '#9a5b00', margin: [0, 0, 0, 8] },
      metricValue: { fontSize: 16, bold: true, color: ACCENT },
      metricLabel: { fontSize: 9, color: MUTED },
      metricNote: { fontSize: 8, color: MUTED },
      lead: { fontSize: 13, bold: true, margin: [0, 0, 0, 6] },
      status: { fontSize: 11 },
      asOf: { fontSize: 9, italics: true, color: MUTED, margin: [0, 6, 0, 0] },
      tableHeader: { bold: true, fontSize: 9.5, color: MUTED },
      noData: { italics: true, color: MUTED, fillColor: '#f4f4f4', margin: [8, 8, 8, 8] },
      quote: { italics: true },
      quoteAuthor: { fontSize: 9, color: MUTED },
      footer: { fontSize: 8.5, color: MUTED },
    },
  };
}

export function renderReportPdf(doc: QbrDocument): Promise<Buffer> {
  return renderPdf(reportDefinition(doc));
}
