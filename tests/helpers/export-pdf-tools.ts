// Poppler and unzip as independent readers of what the writers produce.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

function withTempFile<T>(data: Buffer, extension: string, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'qbr-export-test-'));
  const path = join(dir, `file.${extension}`);
  try {
    writeFileSync(path, data);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text in content-stream order (-raw keeps Thai marks with their base letters). pdfkit's
 * ToUnicode maps the two glyphs Sarabun draws for SARA AM (U+0E33) as "ำ" + "า", so a copy
 * out of any PDF reader shows "ำา"; fold that back so comparisons are about the words.
 */
export function pdfText(pdf: Buffer): string {
  const raw = withTempFile(pdf, 'pdf', (path) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
  return raw.replace(/\u0E33\u0E32/g, '\u0E33');
}

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string } {
  const out = withTempFile(pdf, 'pdf', (path) =>
    execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
  );
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN),
    pageSize: /^Page size:\s+(.*)$/m.exec(out)?.[1]?.trim() ?? '',
  };
}

export function pdfFonts(pdf: Buffer): string[] {
  const out = withTempFile(pdf, 'pdf', (path) =>
    execFileSync('pdffonts', [path], { encoding: 'utf8' }),
  );
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}

/** Every file in the archive by its path, unpacked once with Info-ZIP's unzip. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  return withTempFile(zip, 'zip', (path) => {
    const out = join(dirname(path), 'unzipped');
    execFileSync('unzip', ['-q', path, '-d', out]);
    const entries = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    return new Map(
      entries.map((e) => {
        const full = join(e.parentPath, e.name);
        return [relative(out, full).split(sep).join('/'), readFileSync(full)];
      }),
    );
  });
}

/** Whitespace-free, so a phrase wrapped across lines by the layout still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
