import fs from 'node:fs';
import path from 'node:path';
import type { CellValue } from './cells';
import type { ReadProgress } from './progress';
import { cancelled, refusal } from './refusal';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text encoding a byte-order mark announces, and how many bytes the mark takes. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without a mark: every other byte of ASCII text is zero.
  if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0)
    return { encoding: 'utf-16le', bomLength: 0 };
  if (head.length >= 4 && head[0] === 0 && head[2] === 0 && head[1] !== 0)
    return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Decodes bytes by their byte-order mark: UTF-8 (with or without BOM), UTF-16 LE or BE. */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const body = bytes.subarray(bomLength);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // Old Excel "CSV" exports are often Windows-1252; better a readable guess than a refusal.
    return new TextDecoder('windows-1252').decode(body);
  }
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Picks the delimiter that splits the first lines into the most, and most equal, fields. */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  // The last line of a sample may be cut mid-way.
  if (lines.length > 2) lines.pop();
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    if (counts.length === 0) continue;
    const min = Math.min(...counts);
    if (min === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length;
    const score = consistent * 1000 + min;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/**
 * RFC 4180 parsing fed in chunks: quoted fields may hold delimiters, doubled quotes and line
 * breaks, and a chunk may end anywhere, even between the two characters of a CRLF.
 */
export class CsvParser {
  readonly rows: CellValue[][] = [];
  private row: CellValue[] = [];
  private field = '';
  private quoted = false;
  /** The previous chunk ended on a quote inside a quoted field: a doubled quote or the close. */
  private pendingQuote = false;
  private pendingCr = false;
  private fieldWasQuoted = false;

  constructor(private readonly delimiter: string) {}

  push(text: string): void {
    const d = this.delimiter;
    let i = 0;
    const n = text.length;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    if (this.pendingQuote) {
      this.pendingQuote = false;
      if (text[0] === '"') {
        this.field += '"';
        i = Math.max(i, 1);
      } else this.quoted = false;
    }
    while (i < n) {
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, close);
        if (close + 1 >= n) {
          this.pendingQuote = true;
          return;
        }
        if (text[close + 1] === '"') {
          this.field += '"';
          i = close + 2;
        } else {
          this.quoted = false;
          i = close + 1;
        }
        continue;
      }
      const ch = text[i]!;
      if (ch === '"' && this.field === '' && !this.fieldWasQuoted) {
        this.quoted = true;
        this.fieldWasQuoted = true;
        i++;
      } else if (ch === d) {
        this.endField();
        i++;
      } else if (ch === '\n') {
        this.endRow();
        i++;
      } else if (ch === '\r') {
        this.endRow();
        if (i + 1 >= n) this.pendingCr = true;
        else if (text[i + 1] === '\n') i++;
        i++;
      } else {
        // Copy the plain run up to the next special character in one slice.
        let j = i + 1;
        while (j < n) {
          const c = text[j]!;
          if (c === d || c === '\n' || c === '\r' || c === '"') break;
          j++;
        }
        this.field += text.slice(i, j);
        i = j;
      }
    }
  }

  end(): CellValue[][] {
    if (this.field !== '' || this.row.length > 0 || this.fieldWasQuoted) this.endRow();
    return this.rows;
  }

  private endField(): void {
    this.row.push(this.field === '' ? null : this.field);
    this.field = '';
    this.fieldWasQuoted = false;
  }

  private endRow(): void {
    this.endField();
    this.rows.push(this.row);
    this.row = [];
  }
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CellValue[][] {
  const parser = new CsvParser(delimiter);
  parser.push(text);
  return parser.end();
}

const CHUNK = 1024 * 1024;

/**
 * Reads a CSV file chunk by chunk: decoding and parsing run as the bytes arrive, so the file's
 * text is never held whole. Windows-1252 is tried when the bytes are not valid UTF-8.
 */
export function readCsvFile(filePath: string, progress: ReadProgress = {}): CellValue[][] {
  const fd = fs.openSync(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    const sniffed = sniffEncoding(head);
    try {
      return parseFd(filePath, fd, sniffed.encoding, sniffed.bomLength, progress);
    } catch (err) {
      if (!(err instanceof TypeError) || sniffed.encoding !== 'utf-8') throw err;
      return parseFd(filePath, fd, 'windows-1252', 0, progress);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function parseFd(
  filePath: string,
  fd: number,
  encoding: Encoding,
  offset: number,
  progress: ReadProgress,
): CellValue[][] {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const buffer = Buffer.alloc(CHUNK);
  let position = offset;
  let parser: CsvParser | null = null;
  let sample = '';
  let counted = 0;
  for (;;) {
    const read = fs.readSync(fd, buffer, 0, CHUNK, position);
    position += read;
    const text = decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
    if (text.includes('\u0000'))
      throw refusal('UNSUPPORTED_FILE', 'import.file.notSpreadsheet', {
        file: path.basename(filePath),
      });
    if (!parser) {
      sample += text;
      if (sample.length < 64 * 1024 && read > 0) continue;
      parser = new CsvParser(detectDelimiter(sample));
      parser.push(sample);
    } else parser.push(text);
    if (progress.signal?.aborted) throw cancelled();
    let cells = 0;
    for (; counted < parser.rows.length; counted++) cells += parser.rows[counted]!.length;
    progress.onCells?.(cells);
    progress.onRows?.(parser.rows.length);
    if (read === 0) break;
  }
  return parser.end();
}
