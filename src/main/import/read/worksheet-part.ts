import { columnLetters } from './cells';
import type { CellValue, OverLongCell } from './cells';
import { SheetRows } from './sheet-rows';
import { cancelled, damage } from './refusal';
import {
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_MERGES,
  MAX_MERGE_VISITS,
  MAX_RAW_CELL_CHARS,
} from './limits';
import type { PackageParts } from './package';
import { scanPart } from './part-scan';
import type { SharedStrings } from './shared-strings-part';
import type { WorkbookSheet } from './workbook-part';
import {
  attr,
  cellAttributes,
  decodeXml,
  numberAt,
  plainDecimalAt,
  shortAttributesAt,
  unescapeExcel,
} from './xml-text';
import type { ShortAttributes } from './xml-text';
import type { XmlSink } from './xml-scan';

const PROGRESS_EVERY = 5_000;
/** Longest cell value read straight from the buffer; longer ones go through the scanner. */
const SHORT_VALUE = 64;

export interface WorksheetOptions {
  signal?: AbortSignal;
  date1904: boolean;
  /** One row's XML may not span more characters than this. */
  maxRowChars: number;
  /** Told how many cells (at least one per row, blank rows included) were just read. */
  onCells?: (cells: number) => void;
  /** Told every few thousand rows how many rows this read has done. */
  onRow?: () => void;
}

/** The column of a reference's letters ("C7" is 3); 0 when it has none. */
function columnNumber(ref: string): number {
  return columnNumberAt(ref, 0, ref.length);
}

/** columnNumber of the reference in [from, to) of `s`, read in place. */
function columnNumberAt(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
    if (col > EXCEL_MAX_COLUMNS) return col;
  }
  return col;
}

/** An Excel serial day as the date Excel shows, the way exceljs turned it into one. */
function excelDate(serial: number, date1904: boolean): Date | number {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? serial : date;
}

/** A cell's t as the constant cellValue compares it with, copied only when it is none of them. */
function cellTypeAt(s: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    switch (s.charCodeAt(from)) {
      case 115:
        return 's';
      case 110:
        return 'n';
      case 98:
        return 'b';
      case 101:
        return 'e';
      case 100:
        return 'd';
    }
  } else if (length === 3 && s.startsWith('str', from)) return 'str';
  else if (length === 9 && s.startsWith('inlineStr', from)) return 'inlineStr';
  return s.slice(from, to);
}

/** Distinct serials remembered per sheet; past this the memo starts again (bounded memory). */
const DATE_MEMO = 4_096;

/**
 * excelDate, one Date per distinct serial: big sheets repeat a few hundred days, and a Date per
 * cell was made only to be dropped once validation turned it into text (#19.5). Cells share the
 * object; nothing in the importer changes a Date it was given.
 */
function dateMemo(date1904: boolean): (serial: number) => Date | number {
  const memo = new Map<number, Date | number>();
  return (serial) => {
    let date = memo.get(serial);
    if (date === undefined) {
      if (memo.size >= DATE_MEMO) memo.clear();
      date = excelDate(serial, date1904);
      memo.set(serial, date);
    }
    return date;
  };
}

interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "B2:D4", "A:A" (whole columns) or "3:5" (whole rows); null when it is none of them. */
export function parseRange(ref: string): Range | null {
  const [a, b = a] = ref.trim().split(':');
  const corner = (s: string | undefined) => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s ?? '');
    if (!m || (m[1] === '' && m[2] === '')) return null;
    return { col: m[1] ? columnNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const p = corner(a);
  const q = corner(b);
  if (!p || !q) return null;
  return {
    r1: p.row || 1,
    c1: p.col || 1,
    r2: q.row || EXCEL_MAX_ROWS,
    c2: q.col || EXCEL_MAX_COLUMNS,
  };
}

/**
 * A merged area shows its top-left cell's value; the others are blank in Excel, whatever the
 * file holds for them (the full-model reader did the same), so header detection sees one title
 * over the columns. Only rows and cells that exist are visited, within a fixed budget, so an
 * area over whole columns costs what the sheet's data costs.
 */
function blankMergeFollowers(rows: SheetRows, merges: readonly string[]): void {
  let visits = 0;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const last = Math.min(range.r2, rows.length);
    for (let r = range.r1; r <= last; r++) {
      visits++;
      const end = Math.min(range.c2, rows.width(r - 1));
      for (let c = range.c1; c <= end; c++) {
        if (r !== range.r1 || c !== range.c1) rows.clear(r - 1, c - 1);
        visits++;
      }
      if (visits > MAX_MERGE_VISITS) return;
    }
  }
}

/**
 * Reads one worksheet's cells as plain values: shared, inline and rich strings, numbers (dates
 * where the cell's style shows a date), booleans, errors as their code, formulas by their cached
 * result. Row and column numbers are checked against Excel's limits as they come, and a cell's
 * text against its length limit, before anything is stored.
 */
export async function readWorksheet(
  parts: PackageParts,
  sheet: WorkbookSheet,
  shared: SharedStrings,
  dateStyles: Uint8Array,
  options: WorksheetOptions,
): Promise<SheetRows> {
  const entry = parts.get(sheet.part);
  if (!entry) throw damage('import.reason.partMissing', { part: sheet.part });
  const sheetName = sheet.name;
  const rows = SheetRows.empty();
  const merges: string[] = [];
  let inData = false;
  // The row being read, in one array reused for every row: each is packed into `rows` as it ends.
  const scratch: CellValue[] = [];
  let row: CellValue[] | null = null;
  let overLong: OverLongCell | undefined;
  let rowNumber = 0;
  let rowFrom = 0;
  let position = 0;
  let col = 0;
  let inCell = false;
  let type: string | undefined;
  let style = -1;
  let value: string | null = null;
  let inline: string | null = null;
  let inInline = false;
  let phonetic = 0;
  let capture = 0;
  let rawLength = 0;
  let done = 0;
  const found: { r?: string; t?: string; s?: string } = {};
  const at: ShortAttributes = { rFrom: -1, rTo: -1, tFrom: -1, tTo: -1, sFrom: -1, sTo: -1 };
  const dateOf = dateMemo(options.date1904);

  const beyondColumns = (ref: string | undefined) =>
    damage('import.reason.cellRange', { cell: ref ?? `${columnLetters(col)}${rowNumber}` });
  // A cell longer than Excel allows is kept out and its row marked: the check stage refuses
  // that row naming the cell, and the rest of the sheet imports.
  let over = false;
  const text = (s: string): string | null => {
    if (s.length <= EXCEL_MAX_CELL_CHARS) return s;
    over = true;
    return null;
  };

  const cellValue = (): CellValue => {
    switch (type) {
      case 's': {
        if (value === null) return null;
        const index = Number(value);
        if (shared.tooLong.has(index)) over = true;
        return shared.items[index] ?? null;
      }
      case 'inlineStr':
        return inline !== null
          ? text(unescapeExcel(inline))
          : value === null
            ? null
            : text(decodeXml(value));
      case 'str':
      case 'e':
        return value === null ? inline : text(decodeXml(value));
      case 'b':
        return value === null ? null : /^\s*(?:1|true)\s*$/i.test(value);
      case 'd': {
        if (value === null) return null;
        const date = new Date(value.trim());
        return Number.isNaN(date.getTime()) ? text(decodeXml(value)) : date;
      }
      default: {
        if (value === null) return inline === null ? null : text(unescapeExcel(inline));
        if (value.trim() === '') return null;
        const n = Number(value);
        if (Number.isNaN(n)) return text(decodeXml(value));
        return style >= 0 && dateStyles[style] === 1 ? dateOf(n) : n;
      }
    }
  };

  /** `r` is the row's reference as written, for the message should `number` be refused. */
  const startRow = (number: number, r: string | undefined) => {
    if (!Number.isInteger(number) || number <= rowNumber) {
      if (Number.isInteger(number) && number > EXCEL_MAX_ROWS) throw beyond(number);
      throw damage('import.reason.rowOrder', { row: r ?? '?' });
    }
    if (number > EXCEL_MAX_ROWS) throw beyond(number);
    const gap = number - 1 - rows.length;
    if (gap > 0) {
      options.onCells?.(gap);
      rows.pushBlank(gap);
    }
    rowNumber = number;
    rowFrom = position;
    col = 0;
    scratch.length = 0;
    overLong = undefined;
    row = scratch;
  };
  const beyond = (number: number) =>
    damage('import.reason.rowBeyond', {
      sheet: sheetName,
      row: { count: number },
      limit: { count: EXCEL_MAX_ROWS },
    });
  const endRow = () => {
    const cells = row!;
    row = null;
    rows.push(cells, cells.length, overLong);
    options.onCells?.(Math.max(1, cells.length));
    if (++done % PROGRESS_EVERY === 0) {
      if (options.signal?.aborted) throw cancelled();
      options.onRow?.();
    }
  };

  const startCell = (t: string | undefined, s: number) => {
    type = t;
    style = s;
    inCell = true;
    value = null;
    inline = null;
    rawLength = 0;
    over = false;
  };

  const endCell = () => {
    inCell = false;
    const v = over ? null : cellValue();
    if (over) {
      overLong ??= { column: col };
      return;
    }
    storeCell(v);
  };

  const storeCell = (v: CellValue) => {
    if (v === null) return;
    const cells = row!;
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = v;
  };

  /**
   * cellValue of a short `<v>` in [from, to) of `s` for the cells most sheets are made of (a
   * shared string's index, a plain number), read in place: copying each value out to read it was
   * a string per cell for the collector. undefined for anything else (cellValue reads a copy).
   */
  const plainValueAt = (s: string, from: number, to: number): CellValue | undefined => {
    if (type === 's') {
      const index = numberAt(s, from, to);
      if (!Number.isInteger(index)) return undefined;
      if (shared.tooLong.has(index)) return undefined;
      return shared.items[index] ?? null;
    }
    if (type !== undefined && type !== 'n') return undefined;
    const n = plainDecimalAt(s, from, to);
    if (Number.isNaN(n)) return undefined;
    return style >= 0 && dateStyles[style] === 1 ? dateOf(n) : n;
  };

  /**
   * The common cell body, `<v>` short plain text `</v></c>`, read straight from the buffer from
   * `at` (just past the cell's tag): where scanning resumes, or -1 when the body is anything
   * else (a formula, inline text, entities, a prefix, a value going past the buffer), which the
   * scanner then reads tag by tag as before.
   */
  const cellBody = (s: string, at: number): number => {
    if (inInline || !s.startsWith('<v>', at)) return -1;
    const from = at + 3;
    const limit = Math.min(from + SHORT_VALUE, s.length);
    let end = from;
    for (; end < limit; end++) {
      const c = s.charCodeAt(end);
      if (c === 60) break;
      if (c === 38 || c === 13) return -1;
    }
    if (end >= limit || !s.startsWith('</v></c>', end)) return -1;
    const plain = plainValueAt(s, from, end);
    if (plain === undefined) {
      value = s.slice(from, end);
      endCell();
    } else {
      inCell = false;
      storeCell(plain);
    }
    return end + 8;
  };

  const sink: XmlSink = {
    wantsText: false,
    // Cells and rows read in place when spelled the usual way; everything else through open.
    openAt(name, s, from, to, empty) {
      if (name === 'c' && row !== null && shortAttributesAt(s, from, to, at)) {
        const number = at.rFrom < 0 ? 0 : columnNumberAt(s, at.rFrom, at.rTo);
        col = number > 0 ? number : col + 1;
        if (col > EXCEL_MAX_COLUMNS)
          throw beyondColumns(at.rFrom < 0 ? undefined : s.slice(at.rFrom, at.rTo));
        if (empty) return -1;
        startCell(
          at.tFrom < 0 ? undefined : cellTypeAt(s, at.tFrom, at.tTo),
          at.sFrom < 0 ? -1 : numberAt(s, at.sFrom, at.sTo),
        );
        return cellBody(s, to + 1);
      }
      if (name === 'row' && inData && shortAttributesAt(s, from, to, at)) {
        const number = at.rFrom < 0 ? rowNumber + 1 : numberAt(s, at.rFrom, at.rTo);
        const refused = !Number.isInteger(number) || number <= rowNumber;
        startRow(number, refused && at.rFrom >= 0 ? s.slice(at.rFrom, at.rTo) : undefined);
        if (empty) endRow();
        return -1;
      }
      sink.open(name, s.slice(from, to), empty);
      return -1;
    },
    open(name, attrs, empty) {
      switch (name) {
        case 'c': {
          if (row === null) return;
          cellAttributes(attrs, found);
          const ref = found.r;
          const number = ref === undefined ? 0 : columnNumber(ref);
          col = number > 0 ? number : col + 1;
          if (col > EXCEL_MAX_COLUMNS) throw beyondColumns(ref);
          if (!empty) startCell(found.t, found.s === undefined ? -1 : Number(found.s));
          return;
        }
        case 'v':
          if (!inCell || inInline || empty) return;
          value = '';
          capture = 1;
          sink.wantsText = true;
          return;
        case 'is':
          if (inCell && !empty) {
            inInline = true;
            inline = '';
          }
          return;
        case 't':
          if (!inInline || phonetic > 0 || empty) return;
          capture = 2;
          sink.wantsText = true;
          return;
        case 'rPh':
          if (inInline && !empty) phonetic++;
          return;
        case 'row': {
          if (!inData) return;
          const r = attr(attrs, 'r');
          startRow(r === undefined ? rowNumber + 1 : Number(r), r);
          if (empty) endRow();
          return;
        }
        case 'sheetData':
          inData = !empty;
          return;
        case 'mergeCell': {
          const area = attr(attrs, 'ref');
          if (area && merges.length < MAX_MERGES) merges.push(area);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          capture = 0;
          sink.wantsText = false;
          return;
        case 'rPh':
          if (phonetic > 0) phonetic--;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (inCell) endCell();
          return;
        case 'row':
          if (row !== null) endRow();
          return;
        case 'sheetData':
          inData = false;
          return;
      }
    },
    text(raw, cdata) {
      if (over) return;
      rawLength += raw.length;
      if (rawLength > MAX_RAW_CELL_CHARS) {
        over = true;
        value = inline = null;
        return;
      }
      if (capture === 1) value += raw;
      else if (capture === 2) inline += cdata ? raw : decodeXml(raw);
    },
  };

  try {
    await scanPart(parts.filePath, entry, sink, {
      signal: options.signal,
      onChunk(at) {
        position = at;
        if (row !== null && at - rowFrom > options.maxRowChars)
          throw damage('import.reason.rowTooLarge', { sheet: sheetName });
      },
    });
    if (row !== null) endRow();
    blankMergeFollowers(rows, merges);
  } catch (err) {
    // The rows read so far are given back (their pages may be on disk).
    rows.dispose();
    throw err;
  }
  return rows;
}
