import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDeckPdf } from '../../../src/main/export/deck-pdf';
import { renderDeckPptx } from '../../../src/main/export/deck-pptx';
import type { QbrLanguage } from '../../../src/main/export/model';
import { FIXTURE_ACCOUNT, buildQbrFixture, sectionTitles } from '../../helpers/export-fixture';
import { hasCommand, pdfInfo, pdfText, readZip, squash } from '../../helpers/export-pdf-tools';

const LANGUAGES: QbrLanguage[] = ['en', 'th', 'tr'];
// The fixture has a title section (the cover) and ten more sections, one slide each.
const EXPECTED_SLIDES = 11;
// Sections with a chart in the fixture: value delivered, adoption, health, support, NPS.
const EXPECTED_CHARTS = 5;

const pptx = new Map<QbrLanguage, Buffer>();
const unpacked = new Map<QbrLanguage, Map<string, Buffer>>();
const deckPdf = new Map<QbrLanguage, Buffer>();
const deckPdfText = new Map<QbrLanguage, string>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const doc = buildQbrFixture(language);
    const deck = await renderDeckPptx(doc);
    pptx.set(language, deck);
    unpacked.set(language, readZip(deck));
    const pdf = await renderDeckPdf(doc);
    deckPdf.set(language, pdf);
    deckPdfText.set(language, pdfText(pdf));
  }
});

const files = (language: QbrLanguage) => unpacked.get(language) ?? new Map<string, Buffer>();
const slideXml = (language: QbrLanguage, n: number) =>
  files(language).get(`ppt/slides/slide${n}.xml`)?.toString('utf8') ?? '';
/** Slide text is split into runs (<a:t>), so join the runs before looking for a phrase. */
const slideText = (xml: string) =>
  squash([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));

describe.each(LANGUAGES)('deck in %s', (language) => {
  it('PPTX is a zip with one slide per section and the charts as PNG', () => {
    const zip = pptx.get(language) ?? Buffer.alloc(0);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const entries = [...files(language).keys()];
    expect(entries).toContain('ppt/slides/slide1.xml');
    expect(entries).toContain('ppt/presentation.xml');
    const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
    expect(slides).toHaveLength(EXPECTED_SLIDES);
    const media = entries.filter((e) => e.startsWith('ppt/media/') && e.endsWith('.png'));
    expect(media).toHaveLength(EXPECTED_CHARTS);
    const png = files(language).get(media[0] ?? '') ?? Buffer.alloc(0);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('PPTX slides carry the account, the quarter and the section titles in the bundled font', () => {
    const cover = slideXml(language, 1);
    expect(slideText(cover)).toContain(squash(`${FIXTURE_ACCOUNT[language]} · 2025-Q3`));
    expect(cover).toContain('typeface="Sarabun"');
    const titles = Object.entries(sectionTitles(language)).filter(([kind]) => kind !== 'title');
    const allText = Array.from({ length: EXPECTED_SLIDES }, (_, i) =>
      slideText(slideXml(language, i + 1)),
    ).join('');
    for (const [, title] of titles) expect(allText, title).toContain(squash(title));
  });

  it('deck PDF has the same slides as 16:9 pages with the same titles', () => {
    const pdf = deckPdf.get(language) ?? Buffer.alloc(0);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(EXPECTED_SLIDES);
    expect(info.pageSize).toMatch(/^720 x 405 pts/);
    const text = squash(deckPdfText.get(language) ?? '');
    expect(text).toContain(squash(FIXTURE_ACCOUNT[language]));
    expect(text).toContain('2025-Q3');
    for (const title of Object.values(sectionTitles(language)).slice(1)) {
      expect(text, title).toContain(squash(title));
    }
  });
});

describe('deck specifics', () => {
  it('keeps Thai and Turkish letters intact in slide XML', () => {
    const th = slideText(slideXml('th', 2));
    expect(th).toContain('สรุปผู้บริหาร');
    const tr = slideText(slideXml('tr', 2));
    expect(tr).toContain('YöneticiÖzeti');
  });

  it.skipIf(!hasCommand('soffice') && !hasCommand('libreoffice'))(
    'LibreOffice opens the PPTX and converts it to PDF with every slide',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'qbr-lo-'));
      try {
        const input = join(dir, 'deck.pptx');
        writeFileSync(input, pptx.get('th') ?? Buffer.alloc(0));
        const office = hasCommand('soffice') ? 'soffice' : 'libreoffice';
        execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
          timeout: 120_000,
        });
        const { pages } = pdfInfo(readFileSync(join(dir, 'deck.pdf')));
        expect(pages).toBe(EXPECTED_SLIDES);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

if (!hasCommand('soffice') && !hasCommand('libreoffice')) {
  console.warn(
    'LibreOffice (soffice) is not installed: the PPTX-to-PDF conversion test is skipped.',
  );
}
