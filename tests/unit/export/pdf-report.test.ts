import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../src/main/export/pdf-report';
import type { QbrLanguage } from '../../../src/main/export/model';
import { FIXTURE_ACCOUNT, buildQbrFixture, sectionTitles } from '../../helpers/export-fixture';
import { pdfFonts, pdfInfo, pdfText, squash } from '../../helpers/export-pdf-tools';

const LANGUAGES: QbrLanguage[] = ['en', 'th', 'tr'];
// The writer's own labels, written out here rather than read from labels.ts.
const CONTENTS = { en: 'Contents', th: 'สารบัญ', tr: 'İçindekiler' };
const PAGE_TWO = { en: 'Page 2 of', th: 'หน้า 2 จาก', tr: 'Sayfa 2 /' };

const reports = new Map<QbrLanguage, Buffer>();
const texts = new Map<QbrLanguage, string>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const pdf = await renderReportPdf(buildQbrFixture(language, { noData: ['renewal'] }));
    reports.set(language, pdf);
    texts.set(language, pdfText(pdf));
  }
});

describe.each(LANGUAGES)('PDF report in %s', (language) => {
  const report = () => reports.get(language) ?? Buffer.alloc(0);
  const reportText = () => texts.get(language) ?? '';

  it('is a PDF whose text has the account, the quarter and the company', () => {
    expect(report().subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(reportText());
    expect(text).toContain(squash(FIXTURE_ACCOUNT[language]));
    expect(text).toContain('2025-Q3');
    expect(text).toContain('AcmeAnalytics');
  });

  it('has every section title in the document language, in the body and in the contents', () => {
    const text = squash(reportText());
    const titles = Object.entries(sectionTitles(language)).filter(([kind]) => kind !== 'title');
    for (const [, title] of titles) {
      const occurrences = text.split(squash(title)).length - 1;
      expect(occurrences, title).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a contents page and page numbers in the document language', () => {
    const text = reportText();
    expect(text).toContain(CONTENTS[language]);
    expect(text).toContain(PAGE_TWO[language]);
  });

  it('says plainly when a section has no data', () => {
    const text = squash(reportText());
    const message = buildQbrFixture(language, { noData: ['renewal'] }).sections.find(
      (s) => s.kind === 'renewal',
    );
    expect(message?.status).toBe('no_data');
    if (message?.status === 'no_data') expect(text).toContain(squash(message.message));
  });

  it('embeds only the bundled Sarabun fonts', () => {
    const fonts = pdfFonts(report());
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/Sarabun/);
      expect(line).toMatch(/\byes\s+yes\b/); // embedded, subset
    }
  });
});

describe('PDF report specifics', () => {
  it('keeps Turkish letters intact', () => {
    const text = texts.get('tr') ?? '';
    for (const word of [
      'Yönetici Özeti',
      'Işıklı Lojistik A.Ş.',
      'İçindekiler',
      'Sağlanan değer',
      'İsmail Güneş',
    ]) {
      expect(squash(text)).toContain(squash(word));
    }
  });

  it('uses the chosen paper size', async () => {
    const a4 = pdfInfo(reports.get('en') ?? Buffer.alloc(0));
    expect(a4.pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts/);
    // only the paper matters here, so a document with one short section keeps this fast
    const full = buildQbrFixture('en', { paper: 'LETTER' });
    const short = { ...full, sections: full.sections.filter((s) => s.kind === 'appendix') };
    const letter = pdfInfo(await renderReportPdf(short));
    expect(letter.pageSize).toMatch(/^612 x 792 pts/);
  });

  it('numbers pages out of the real page count', () => {
    const { pages } = pdfInfo(reports.get('th') ?? Buffer.alloc(0));
    expect(pages).toBeGreaterThan(3);
    expect(texts.get('th')).toContain(`หน้า ${pages} จาก ${pages}`);
  });
});
