// The deck as PPTX and PDF from one slide model: native charts, speaker notes on every slide,
// nothing cut with an ellipsis, table columns at least as wide as their longest word, text that
// does not fit continued on another slide, and fonts a customer's machine has (Thai: Leelawadee
// UI with the Thai charset, Tahoma as the theme's Thai font).
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDeckPdf } from '../../../src/main/export/deck-pdf';
import { renderDeckPptx } from '../../../src/main/export/deck-pptx';
import type { QbrLanguage } from '../../../src/main/export/model';
import { buildSlides, fitBlocks, tableColumns } from '../../../src/main/export/slides';
import type { Block } from '../../../src/main/export/slides';
import { longestWord } from '../../../src/main/export/text-fit';
import { FIXTURE_ACCOUNT, buildQbrFixture, sectionTitles } from '../../helpers/export-fixture';
import { pdfInfo, pdfText, readZip, squash } from '../../helpers/export-pdf-tools';

const LANGUAGES: QbrLanguage[] = ['en', 'th', 'tr'];
// Sections with a chart in the fixture: value delivered, adoption, health, support, NPS,
// peer benchmarks.
const EXPECTED_CHARTS = 6;

const unpacked = new Map<QbrLanguage, Map<string, Buffer>>();
const deckPdf = new Map<QbrLanguage, Buffer>();
const slideCount = new Map<QbrLanguage, number>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const doc = buildQbrFixture(language);
    slideCount.set(language, buildSlides(doc).length);
    unpacked.set(language, readZip(await renderDeckPptx(doc)));
    deckPdf.set(language, await renderDeckPdf(doc));
  }
}, 120_000);

const files = (language: QbrLanguage) => unpacked.get(language) ?? new Map<string, Buffer>();
const entries = (language: QbrLanguage, pattern: RegExp) =>
  [...files(language).keys()].filter((e) => pattern.test(e)).sort();
const xml = (language: QbrLanguage, name: string) =>
  files(language).get(name)?.toString('utf8') ?? '';
/** The text of each paragraph (<a:p>) of a part, runs joined. */
const paragraphs = (part: string) =>
  [...part.matchAll(/<a:p>(.*?)<\/a:p>/gs)].map((p) =>
    [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''),
  );

describe.each(LANGUAGES)('deck in %s', (language) => {
  it('has a cover, every section, a closing slide, and the same pages in the deck PDF', () => {
    const slides = entries(language, /^ppt\/slides\/slide\d+\.xml$/);
    // 10 sections with data besides the title: at least a slide each, plus cover and closing
    expect(slides.length).toBeGreaterThanOrEqual(12);
    expect(slides).toHaveLength(slideCount.get(language)!);
    const info = pdfInfo(deckPdf.get(language)!);
    expect(info.pages).toBe(slides.length);
    expect(info.pageSize).toMatch(/^720 x 405 pts/);
    const allText = squash(slides.map((s) => paragraphs(xml(language, s)).join(' ')).join(' '));
    expect(allText).toContain(squash(`${FIXTURE_ACCOUNT[language]} · 2025-Q3`));
    for (const [kind, title] of Object.entries(sectionTitles(language))) {
      if (kind !== 'title') expect(allText, title).toContain(squash(title));
    }
    const pdf = squash(pdfText(deckPdf.get(language)!));
    for (const [kind, title] of Object.entries(sectionTitles(language))) {
      if (kind !== 'title') expect(pdf, title).toContain(squash(title));
    }
  });

  it('charts are native PowerPoint charts, not pictures', () => {
    expect(entries(language, /^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(EXPECTED_CHARTS);
    expect(entries(language, /^ppt\/media\/.*\.png$/)).toHaveLength(0);
    const charts = entries(language, /^ppt\/charts\/chart\d+\.xml$/).map((c) => xml(language, c));
    expect(charts.filter((c) => c.includes('<c:barChart>')).length).toBeGreaterThan(0);
    expect(charts.filter((c) => c.includes('<c:lineChart>')).length).toBeGreaterThan(0);
    // the count charts (tickets by priority, NPS answers) step by whole numbers
    const steps = charts.flatMap((c) => [...c.matchAll(/<c:majorUnit val="([\d.]+)"\/>/g)]);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const m of steps) expect(Number.isInteger(Number(m[1]))).toBe(true);
  });

  it('every slide has speaker notes in sentences', () => {
    const slides = entries(language, /^ppt\/slides\/slide\d+\.xml$/);
    const notes = entries(language, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(notes).toHaveLength(slides.length);
    for (const name of notes) {
      const text = paragraphs(xml(language, name)).join(' ').trim();
      // the slide number placeholder aside, each note says something
      expect(text.replace(/^\d+\s*/, '').length, name).toBeGreaterThan(20);
    }
  });

  it('no slide text is cut with an ellipsis', () => {
    for (const name of entries(language, /^ppt\/slides\/slide\d+\.xml$/)) {
      for (const p of paragraphs(xml(language, name))) {
        expect(p.trim(), name).not.toMatch(/(…|\.\.\.)$/);
      }
    }
  });

  it('names fonts the customer has, with a Thai complex-script font in Thai decks', () => {
    const slide = xml(language, 'ppt/slides/slide2.xml');
    const theme = xml(language, 'ppt/theme/theme1.xml');
    expect(slide).not.toContain('Sarabun');
    if (language === 'th') {
      expect(slide).toContain('<a:cs typeface="Leelawadee UI" pitchFamily="34" charset="-34"/>');
      expect(slide).not.toMatch(/<a:cs [^>]*charset="-120"/);
      expect(theme).toMatch(/<a:cs typeface="Leelawadee UI"[^>]*charset="-34"\/>/);
      expect(theme).toContain('<a:font script="Thai" typeface="Tahoma"/>');
      expect(slide).toContain('lang="th-TH"');
    } else {
      expect(slide).toContain('<a:latin typeface="Calibri"');
      expect(theme).not.toMatch(/<a:cs typeface="[^"]+"/);
    }
  });
});

describe('fitting text', () => {
  const area = { x: 0, y: 0, w: 4, h: 2 };

  it('continues what does not fit instead of cutting it, losing no word', () => {
    const text = 'Adoption rose in every team that took the training this quarter.';
    const blocks: Block[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'bullet',
      text: `${i + 1}. ${text}`,
    }));
    const pages: string[][] = [];
    let rest = blocks;
    while (rest.length > 0 && pages.length < 20) {
      const fitted = fitBlocks(rest, area, 'en');
      expect(fitted.placed.length).toBeGreaterThan(0);
      for (const p of fitted.placed) expect(p.box.y + p.box.h).toBeLessThanOrEqual(area.h + 1e-9);
      pages.push(fitted.placed.map((p) => (p.block.kind === 'bullet' ? p.block.text : '')));
      rest = fitted.rest;
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toEqual(blocks.map((b) => (b.kind === 'bullet' ? b.text : '')));
  });

  it('sets a little more text smaller before it continues, down to a floor', () => {
    const blocks: Block[] = Array.from({ length: 6 }, () => ({
      kind: 'paragraph',
      text: 'Usage grew steadily.',
    }));
    const fitted = fitBlocks(blocks, area, 'en');
    expect(fitted.rest).toHaveLength(0);
    const sizes = fitted.placed.map((p) => p.fontSize);
    expect(Math.max(...sizes)).toBeLessThan(13);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it('gives each table column at least the width of its longest word', () => {
    const table = {
      headers: ['Goal', 'Status'],
      rows: [['Improvement of onboarding', 'Improvement']],
      // a status column far too narrow for "Improvement" as given
      widths: [0.95, 0.05],
    };
    const cols = tableColumns(table, 4, 11, 'en');
    expect(cols).not.toBeNull();
    expect(cols![1]!).toBeGreaterThanOrEqual(longestWord('Improvement', 11, 'en'));
    expect(cols!.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 6);
  });
});
