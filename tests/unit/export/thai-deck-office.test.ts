// A Thai deck opens right on a machine without our bundled Sarabun: LibreOffice converts the
// PPTX to PDF, and the PDF must use a font that has Thai glyphs (fontconfig's list of Thai
// faces) and read back as Thai text, not boxes. Skipped, saying why, where LibreOffice is not
// installed; in CI (.ci/run installs libreoffice-impress and fonts-thai-tlwg) it must run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDeckPptx } from '../../../src/main/export/deck-pptx';
import { buildQbrFixture, sectionTitles } from '../../helpers/export-fixture';
import { hasCommand, pdfFonts, pdfText, squash } from '../../helpers/export-pdf-tools';

const office = hasCommand('soffice') ? 'soffice' : hasCommand('libreoffice') ? 'libreoffice' : null;
const ready = office !== null && hasCommand('pdffonts') && hasCommand('fc-list');
if (!ready) {
  const why = 'LibreOffice (soffice), pdffonts or fc-list is not installed';
  if (process.env.CI === 'true') throw new Error(`${why}: the Thai deck cannot be checked in CI.`);
  console.warn(`${why}: the Thai deck's LibreOffice rendering test is skipped.`);
}

/** Families fontconfig knows to cover Thai, letters only ("Noto Sans Thai" -> "notosansthai"). */
function thaiFamilies(): string[] {
  const out = execFileSync('fc-list', [':lang=th', 'family'], { encoding: 'utf8' });
  return [
    ...new Set(
      out
        .split('\n')
        .flatMap((line) => line.split(','))
        .map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ''))
        .filter((f) => f.length > 2),
    ),
  ];
}

describe.skipIf(!ready)('the Thai deck in LibreOffice', () => {
  it('renders its Thai text in a Thai-capable font', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qbr-th-office-'));
    try {
      const input = join(dir, 'deck.pptx');
      writeFileSync(input, await renderDeckPptx(buildQbrFixture('th')));
      // a profile of its own, so a LibreOffice the user has open is not disturbed
      execFileSync(
        office!,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: 180_000, stdio: 'ignore' },
      );
      const pdf = readFileSync(join(dir, 'deck.pdf'));
      const thai = thaiFamilies();
      expect(
        thai.length,
        'fontconfig lists no Thai font (install fonts-thai-tlwg)',
      ).toBeGreaterThan(0);
      // "BAAAAA+Loma-Bold" -> "lomabold"
      const used = pdfFonts(pdf).map((line) =>
        (line.split(/\s+/)[0] ?? '')
          .replace(/^[A-Z]{6}\+/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]/g, ''),
      );
      expect(
        used.some((name) => thai.some((family) => name.startsWith(family))),
        `fonts used: ${used.join(', ')}`,
      ).toBe(true);
      const text = squash(pdfText(pdf));
      const titles = sectionTitles('th');
      expect(text).toContain(squash(titles.executive_summary));
      expect(text).toContain(squash(titles.adoption));
      // boxes would come back as U+FFFD or nothing at all
      expect(text).not.toContain('\uFFFD');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
