import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/db/atomic-write';
import { safeFileName, writeQbrPack } from '../../../src/main/export/pack';
import type { QbrDocument } from '../../../src/main/export/model';
import { buildQbrFixture } from '../../helpers/export-fixture';

/** Writing files is what is tested here, so a short document (no charts) keeps it quick. */
function shortDocument(): QbrDocument {
  const full = buildQbrFixture('tr');
  const keep = new Set(['title', 'executive_summary', 'appendix']);
  return { ...full, sections: full.sections.filter((s) => keep.has(s.kind)) };
}

function staysInside(dir: string, stem: string): boolean {
  const target = resolve(dir, `${stem}.pdf`);
  return target.startsWith(dir + '/') && basename(target) === `${stem}.pdf`;
}

describe('safeFileName', () => {
  const dir = '/tmp/qbr-out';

  it.each(['../../etc', '..', '.', 'a/b', 'a\\b', '/etc/passwd', 'C:\\Windows', '....//....//x'])(
    '%s stays a plain name inside the folder',
    (name) => {
      const stem = safeFileName(name);
      expect(stem).not.toMatch(/[/\\]/);
      expect(stem).not.toContain('..');
      expect(stem).not.toMatch(/^\.|\.$/);
      expect(stem.length).toBeGreaterThan(0);
      expect(staysInside(dir, stem)).toBe(true);
    },
  );

  it.each(['CON', 'con', 'PRN', 'aux', 'NUL', 'COM1', 'lpt9', 'CON.txt'])(
    'renames the Windows device name %s',
    (name) => {
      const stem = safeFileName(name);
      expect(stem.toLowerCase()).not.toBe(name.toLowerCase());
      expect(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(stem)).toBe(false);
    },
  );

  it('keeps ordinary names, Thai and Turkish included', () => {
    expect(safeFileName('Northwind Logistics')).toBe('Northwind Logistics');
    expect(safeFileName('Işıklı Lojistik A.Ş.')).toBe('Işıklı Lojistik A.Ş');
    expect(safeFileName('บริษัท สยามโลจิสติกส์ จำกัด')).toBe('บริษัท สยามโลจิสติกส์ จำกัด');
    expect(safeFileName('Acme: "Best" <Co>?')).toBe('Acme_ _Best_ _Co__');
  });

  it('caps very long names without splitting a Thai character cluster', () => {
    const thai = 'สุขภาพ'.repeat(100);
    const stem = safeFileName(thai);
    expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(180);
    expect(thai.startsWith(stem)).toBe(true);
    const clusters = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(thai)];
    const ends = new Set(clusters.map((c) => c.index + c.segment.length));
    expect(ends.has(stem.length)).toBe(true);
    expect(safeFileName('x'.repeat(1000)).length).toBeLessThanOrEqual(80);
  });

  it('never returns an empty name', () => {
    for (const name of ['', '   ', '///', '...', '\u0000\u0001']) {
      expect(safeFileName(name)).toBe('account');
    }
  });
});

describe('writeQbrPack', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qbr-pack-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report, the deck and the deck PDF, and leaves no temporary files', async () => {
    const doc = shortDocument();
    const stem = safeFileName(doc.meta.accountName);
    const paths = {
      pdfPath: join(dir, `${stem}-report.pdf`),
      deckPath: join(dir, `${stem}-deck.pptx`),
      deckPdfPath: join(dir, `${stem}-deck.pdf`),
    };
    const result = await writeQbrPack(doc, paths);
    expect(result.written).toEqual([paths.pdfPath, paths.deckPath, paths.deckPdfPath]);
    expect(readdirSync(dir).sort()).toEqual(
      [`${stem}-deck.pdf`, `${stem}-deck.pptx`, `${stem}-report.pdf`].sort(),
    );
    expect(readFileSync(paths.pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(paths.deckPath).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes only what was asked for', async () => {
    const path = join(dir, 'only.pptx');
    const result = await writeQbrPack(shortDocument(), { deckPath: path });
    expect(result.written).toEqual([path]);
    expect(readdirSync(dir)).toEqual(['only.pptx']);
  });
});

describe('writeFileAtomic', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qbr-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces an existing file whole', async () => {
    const path = join(dir, 'a.pdf');
    writeFileSync(path, 'old');
    writeFileAtomic(path, Buffer.from('new content'));
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'a.pdf'), Buffer.from('x'))).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
