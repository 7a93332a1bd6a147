// Writing a QBR pack to disk. Each file appears whole or not at all (temp file, fsync, rename),
// so a crash or a cancelled batch never leaves a truncated PDF that looks like a real one.
import { writeFileAtomic } from '../db/atomic-write';
import { renderDeckPdf } from './deck-pdf';
import { renderDeckPptx } from './deck-pptx';
import type { QbrDocument } from './model';
import { renderReportPdf } from './pdf-report';

export interface PackPaths {
  pdfPath?: string;
  deckPath?: string;
  deckPdfPath?: string;
}

export interface PackResult {
  written: string[];
}

/** Renders and writes the requested parts of the pack; returns the paths written, in order. */
export async function writeQbrPack(doc: QbrDocument, paths: PackPaths): Promise<PackResult> {
  const jobs: Array<[string, () => Promise<Buffer>]> = [];
  if (paths.pdfPath) jobs.push([paths.pdfPath, () => renderReportPdf(doc)]);
  if (paths.deckPath) jobs.push([paths.deckPath, () => renderDeckPptx(doc)]);
  if (paths.deckPdfPath) jobs.push([paths.deckPdfPath, () => renderDeckPdf(doc)]);
  const written: string[] = [];
  for (const [path, render] of jobs) {
    writeFileAtomic(path, await render());
    written.push(path);
  }
  return { written };
}

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Path separators, characters Windows forbids, and control characters.
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_GRAPHEMES = 80;
/** ext4 and most others cap a name at 255 bytes; leave room for "-2025-Q3-deck.pptx" */
const MAX_BYTES = 180;
const FALLBACK = 'account';

/**
 * A file-name stem from an account name that stays inside the target folder on every OS: no
 * separators, no "." or ".." (or any leading/trailing dots and spaces), no reserved device
 * names, and a length cap that never cuts a Thai character cluster in half.
 */
export function safeFileName(accountName: string): string {
  let name = accountName
    .normalize('NFC')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (RESERVED_WINDOWS_NAMES.test(name)) name = `_${name}`;
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let capped = '';
  let count = 0;
  for (const { segment } of graphemes.segment(name)) {
    if (count >= MAX_GRAPHEMES || Buffer.byteLength(capped + segment) > MAX_BYTES) break;
    capped += segment;
    count += 1;
  }
  capped = capped.replace(/[\s.]+$/g, '');
  return capped === '' || /^_+$/.test(capped) ? FALLBACK : capped;
}
