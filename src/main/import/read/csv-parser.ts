// RFC 4180 parsing of delimited text, fed in chunks, linear in the input, with Excel's bounds
// enforced on the row still being read (#14.1): a row wider than a sheet is refused as soon as it
// passes the bound, and a field longer than a cell can hold stops being collected at the bound
// (its row is marked, and refused by the check stage naming the cell), so an unterminated row or
// quote cannot grow until V8 gives up.
import type { OverLongCell } from './cells';
import { SheetRows } from './sheet-rows';
import type { CellValue } from './cells';

/** Excel's limits: characters in one cell, columns in one sheet. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_COLUMNS = 16_384;

/** A bound a row passed while being read; read-csv.ts refuses the file with it. */
export class CsvBoundError extends Error {
  constructor(
    readonly bound: 'columns',
    /** 1-based record number: the row as a spreadsheet shows it. */
    readonly row: number,
    /** 1-based column of the cell that passed the bound. */
    readonly column: number,
    readonly limit: number,
  ) {
    super(`row ${row} passes the ${bound} bound (${limit})`);
    this.name = 'CsvBoundError';
  }
}

export interface CsvLimits {
  maxColumns?: number;
  maxCellChars?: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Enough lines to tell the delimiter, however long the file. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Picks the delimiter that splits the first lines into the most, and most equal, fields. A
 * `preferred` delimiter (tab for .tsv) wins whenever every sampled line holds it.
 */
export function detectDelimiter(text: string, preferred?: string): string {
  const lines = text
    .slice(0, SNIFF_CHARS)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  // The last line of a sample may be cut mid-way.
  if (lines.length > 2) lines.pop();
  if (preferred && lines.length > 0 && lines.every((l) => countOutsideQuotes(l, preferred) > 0))
    return preferred;
  let best: string = preferred ?? ',';
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
 * breaks, and a chunk may end anywhere, even between the two characters of a CRLF. Each
 * character is looked at once; a field's text is appended slice by slice.
 */
export class CsvParser {
  readonly rows = SheetRows.empty();
  /** Fields ended so far, the row in progress included: what the cell budget counts. */
  cellsEnded = 0;
  /** The row being read, reused for every row: each is packed into `rows` as it ends. */
  private readonly row: CellValue[] = [];
  private overLong: OverLongCell | undefined;
  private field = '';
  private quoted = false;
  /** The previous chunk ended on a quote inside a quoted field: a doubled quote or the close. */
  private pendingQuote = false;
  private pendingCr = false;
  private fieldWasQuoted = false;
  /** The field passed maxCellChars: the rest of it is read past, not kept. */
  private fieldOver = false;
  private readonly maxColumns: number;
  private readonly maxCellChars: number;

  constructor(
    private readonly delimiter: string,
    limits: CsvLimits = {},
  ) {
    this.maxColumns = limits.maxColumns ?? MAX_COLUMNS;
    this.maxCellChars = limits.maxCellChars ?? MAX_CELL_CHARS;
  }

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
      if (text[i] === '"') {
        this.append('"');
        i++;
      } else this.quoted = false;
    }
    while (i < n) {
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          this.append(text.slice(i));
          return;
        }
        this.append(text.slice(i, close));
        if (close + 1 >= n) {
          this.pendingQuote = true;
          return;
        }
        if (text[close + 1] === '"') {
          this.append('"');
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
        this.append(text.slice(i, j));
        i = j;
      }
    }
  }

  end(): SheetRows {
    if (this.pendingQuote) {
      this.pendingQuote = false;
      this.quoted = false;
    }
    if (this.field !== '' || this.row.length > 0 || this.fieldWasQuoted) this.endRow();
    return this.rows;
  }

  private append(text: string): void {
    if (this.fieldOver) return;
    this.field += text;
    if (this.field.length > this.maxCellChars) {
      this.fieldOver = true;
      // Not empty, so a quote later in the field is still text, not the start of a quoted field.
      this.field = '…';
    }
  }

  private endField(): void {
    if (this.row.length >= this.maxColumns)
      throw new CsvBoundError(
        'columns',
        this.rows.length + 1,
        this.row.length + 1,
        this.maxColumns,
      );
    if (this.fieldOver) {
      this.overLong ??= { column: this.row.length + 1 };
      this.row.push(null);
    } else this.row.push(this.field === '' ? null : this.field);
    this.cellsEnded++;
    this.field = '';
    this.fieldWasQuoted = false;
    this.fieldOver = false;
  }

  private endRow(): void {
    this.endField();
    this.rows.push(this.row, this.row.length, this.overLong);
    this.row.length = 0;
    this.overLong = undefined;
  }
}

export function parseCsv(
  text: string,
  delimiter = detectDelimiter(text),
  limits: CsvLimits = {},
): CellValue[][] {
  const parser = new CsvParser(delimiter, limits);
  parser.push(text);
  const rows = parser.end();
  try {
    return rows.toArrays();
  } finally {
    rows.dispose();
  }
}
