import type { CellValue, OverLongCell } from './cells';

/** Cells per chunk: a row never spans two, and 16,384 columns (Excel's most) always fit. */
const CHUNK_CELLS = 1 << 16;
const CHUNK_SHIFT = 16;
const ROWS_PER_CHUNK = 1 << 14;
const ROW_SHIFT = 14;
/** What the first chunks start with, so a small sheet holds little. */
const FIRST_CELLS = 1_024;
const FIRST_ROWS = 256;
/** Distinct texts remembered for sharing one string between cells; past this it starts again. */
const TEXT_MEMO = 1 << 16;
/** Dates handed out as one object per day (as the readers did); past this it starts again. */
const DATE_MEMO = 4_096;

const BLANK = 0;
/** A whole number held in the cell's int. */
const INT = 1;
/** A Date at midnight UTC, its day number held in the cell's int. */
const DAY = 2;
const TEXT = 3;
const FALSE = 4;
const TRUE = 5;
/** Any other number, or a Date's milliseconds: the cell's int is where it sits in `floats`. */
const FLOAT = 6;
const DATE = 7;

const DAY_MS = 86_400_000;
/** Numbers a float's index or a value in an Int32Array can take. */
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
/** Numbers per chunk of `floats` (the first starts small and doubles up to it). */
const FLOAT_CHUNK = 1 << 16;
const FLOAT_SHIFT = 16;

/** `into` holding `from`'s values first. */
function grown<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(
  from: T,
  into: T,
): T {
  into.set(from);
  return into;
}

/** A whole number an Int32Array holds exactly (not -0, which it would read back as 0). */
const isInt32 = (n: number) =>
  Number.isInteger(n) && n >= INT_MIN && n <= INT_MAX && !Object.is(n, -0);

/**
 * The storage several views share: one reader fills it, then it is only read. A cell is a tag
 * byte and an int (whole numbers, days, text ids; 5 bytes), with any other number in `floats`:
 * sheets are mostly texts, whole numbers and dates, and a float per cell (9 bytes) made the rows
 * held for the preview the import's largest memory growing with them (#19.5).
 */
class Store {
  readonly tags: Uint8Array[] = [];
  readonly ints: Int32Array[] = [];
  readonly floats: Float64Array[] = [];
  private floatCount = 0;
  readonly starts: Uint32Array[] = [];
  readonly widths: Uint16Array[] = [];
  readonly texts: string[] = [];
  readonly overLong = new Map<number, OverLongCell>();
  private readonly textIds = new Map<string, number>();
  private readonly dates = new Map<number, Date>();
  private lastDay = NaN;
  private lastDate: Date | null = null;
  rows = 0;
  /** The next free cell, as chunk << CHUNK_SHIFT | offset. */
  next = 0;

  textId(s: string): number {
    let id = this.textIds.get(s);
    if (id === undefined) {
      if (this.textIds.size >= TEXT_MEMO) this.textIds.clear();
      id = this.texts.push(s) - 1;
      this.textIds.set(s, id);
    }
    return id;
  }

  date(ms: number): Date {
    // Rows next to each other mostly share their day: the last one is asked first.
    if (ms === this.lastDay) return this.lastDate!;
    let date = this.dates.get(ms);
    if (date === undefined) {
      if (this.dates.size >= DATE_MEMO) this.dates.clear();
      date = new Date(ms);
      this.dates.set(ms, date);
    }
    this.lastDay = ms;
    this.lastDate = date;
    return date;
  }

  /** The first cell of a new row `width` cells wide (a fresh chunk when this one is too full). */
  claim(width: number): number {
    let at = this.next;
    if (width === 0) return at;
    let chunk = at >>> CHUNK_SHIFT;
    let offset = at & (CHUNK_CELLS - 1);
    if (chunk >= this.tags.length || offset + width > CHUNK_CELLS) {
      // A row starts a new chunk when the last one cannot hold it whole.
      chunk = this.tags.length;
      offset = 0;
      at = chunk << CHUNK_SHIFT;
      const size = chunk === 0 ? Math.max(FIRST_CELLS, width) : CHUNK_CELLS;
      this.tags.push(new Uint8Array(size));
      this.ints.push(new Int32Array(size));
    } else if (offset + width > this.tags[chunk]!.length) {
      // The first chunk starts small (a sheet of ten rows) and doubles up to a full one.
      const size = Math.min(CHUNK_CELLS, Math.max(this.tags[chunk]!.length * 2, offset + width));
      this.tags[chunk] = grown(this.tags[chunk]!, new Uint8Array(size));
      this.ints[chunk] = grown(this.ints[chunk]!, new Int32Array(size));
    }
    this.next = at + width;
    return at;
  }

  addRow(start: number, width: number): number {
    const r = this.rows++;
    const chunk = r >>> ROW_SHIFT;
    const offset = r & (ROWS_PER_CHUNK - 1);
    if (chunk === this.starts.length) {
      const size = chunk === 0 ? FIRST_ROWS : ROWS_PER_CHUNK;
      this.starts.push(new Uint32Array(size));
      this.widths.push(new Uint16Array(size));
    } else if (offset >= this.starts[chunk]!.length) {
      const size = Math.min(ROWS_PER_CHUNK, this.starts[chunk]!.length * 2);
      this.starts[chunk] = grown(this.starts[chunk]!, new Uint32Array(size));
      this.widths[chunk] = grown(this.widths[chunk]!, new Uint16Array(size));
    }
    this.starts[chunk]![offset] = start;
    this.widths[chunk]![offset] = width;
    return r;
  }

  start(r: number): number {
    return this.starts[r >>> ROW_SHIFT]![r & (ROWS_PER_CHUNK - 1)]!;
  }

  width(r: number): number {
    return this.widths[r >>> ROW_SHIFT]![r & (ROWS_PER_CHUNK - 1)]!;
  }

  cell(g: number): CellValue {
    const chunk = g >>> CHUNK_SHIFT;
    const offset = g & (CHUNK_CELLS - 1);
    const int = this.ints[chunk]![offset]!;
    switch (this.tags[chunk]![offset]) {
      case INT:
        return int;
      case DAY:
        return this.date(int * DAY_MS);
      case TEXT:
        return this.texts[int]!;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case FLOAT:
        return this.float(int);
      case DATE:
        return this.date(this.float(int));
      default:
        return null;
    }
  }

  set(g: number, v: CellValue): void {
    const chunk = g >>> CHUNK_SHIFT;
    const offset = g & (CHUNK_CELLS - 1);
    const tags = this.tags[chunk]!;
    const ints = this.ints[chunk]!;
    if (v === null) tags[offset] = BLANK;
    else if (typeof v === 'number') {
      const whole = isInt32(v);
      tags[offset] = whole ? INT : FLOAT;
      ints[offset] = whole ? v : this.addFloat(v);
    } else if (typeof v === 'string') {
      tags[offset] = TEXT;
      ints[offset] = this.textId(v);
    } else if (typeof v === 'boolean') tags[offset] = v ? TRUE : FALSE;
    else {
      const ms = v.getTime();
      const day = ms / DAY_MS;
      const whole = isInt32(day);
      tags[offset] = whole ? DAY : DATE;
      ints[offset] = whole ? day : this.addFloat(ms);
    }
  }

  private float(index: number): number {
    return this.floats[index >>> FLOAT_SHIFT]![index & (FLOAT_CHUNK - 1)]!;
  }

  /** Where `n` now sits in `floats`. */
  private addFloat(n: number): number {
    const index = this.floatCount++;
    const chunk = index >>> FLOAT_SHIFT;
    const offset = index & (FLOAT_CHUNK - 1);
    if (chunk === this.floats.length) {
      this.floats.push(new Float64Array(chunk === 0 ? FIRST_CELLS : FLOAT_CHUNK));
    } else if (offset >= this.floats[chunk]!.length) {
      const size = Math.min(FLOAT_CHUNK, this.floats[chunk]!.length * 2);
      this.floats[chunk] = grown(this.floats[chunk]!, new Float64Array(size));
    }
    this.floats[chunk]![offset] = n;
    return index;
  }
}

/**
 * A sheet's rows as the import holds them while it is previewed: cells packed in typed arrays (a
 * tag byte and an int each, see Store; texts shared through a table), not an array of boxed values per
 * row, which cost ~90 bytes a row for a four-column sheet and grew the import's memory with its
 * rows (#19.5). A reader appends rows; everything after reads cells by row and column, or a
 * row as a fresh array. `slice` is a view, no copy.
 */
export class SheetRows {
  private constructor(
    private readonly store: Store,
    private readonly from: number,
    private readonly to: number | null,
  ) {}

  static empty(): SheetRows {
    return new SheetRows(new Store(), 0, null);
  }

  /** Rows given as arrays (small sheets: pasted or made in tests). */
  static of(rows: readonly (readonly CellValue[])[]): SheetRows {
    const out = SheetRows.empty();
    for (const r of rows) out.push(r);
    return out;
  }

  get length(): number {
    return (this.to ?? this.store.rows) - this.from;
  }

  /**
   * Appends a row: the first `width` cells of `cells` (all of them by default). The caller may
   * reuse `cells` afterwards. `overLong` marks a cell kept out for its length (the check stage
   * refuses the row naming it).
   */
  push(cells: readonly CellValue[], width = cells.length, overLong?: OverLongCell): void {
    const w = width;
    const store = this.store;
    const start = store.claim(w);
    for (let c = 0; c < w; c++) store.set(start + c, cells[c] ?? null);
    const r = store.addRow(start, w);
    if (overLong) store.overLong.set(r, overLong);
  }

  /** Appends `count` rows with no cells. */
  pushBlank(count: number): void {
    for (let i = 0; i < count; i++) this.store.addRow(this.store.next, 0);
  }

  /** How many cells row `r` holds (as read: up to its last filled one for a workbook). */
  width(r: number): number {
    return this.store.width(this.from + r);
  }

  cell(r: number, col: number): CellValue {
    const abs = this.from + r;
    if (col >= this.store.width(abs) || col < 0) return null;
    return this.store.cell(this.store.start(abs) + col);
  }

  /** Row `r`'s cells as a fresh array. */
  row(r: number): CellValue[] {
    const abs = this.from + r;
    const store = this.store;
    const width = store.width(abs);
    const start = store.start(abs);
    const cells = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) cells[c] = store.cell(start + c);
    return cells;
  }

  /** The cell kept out of row `r` for its length, if any. */
  overLongOf(r: number): OverLongCell | undefined {
    return this.store.overLong.size > 0 ? this.store.overLong.get(this.from + r) : undefined;
  }

  /** Blanks one cell (a merged area's followers show nothing, whatever the file holds). */
  clear(r: number, col: number): void {
    const abs = this.from + r;
    if (col < this.store.width(abs)) this.store.set(this.store.start(abs) + col, null);
  }

  /** Rows [from, to) as a view of the same cells. */
  slice(from = 0, to = this.length): SheetRows {
    const n = this.length;
    const a = Math.max(0, Math.min(n, from < 0 ? n + from : from));
    const b = Math.max(a, Math.min(n, to < 0 ? n + to : to));
    return new SheetRows(this.store, this.from + a, this.from + b);
  }

  /** Every row as an array (tests, and the few rows a header or sample needs). */
  toArrays(): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < this.length; r++) out.push(this.row(r));
    return out;
  }
}
