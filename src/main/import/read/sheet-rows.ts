import { SpillFile } from '../spill-file';
import type { CellValue, OverLongCell } from './cells';

/** Cells a page holds at most: a row never spans two, and 16,384 columns (Excel's most) fit. */
const PAGE_CELLS = 1 << 16;
/** Rows a page holds at most (a blank row has no cells). */
const PAGE_ROWS = 1 << 16;
/** Characters of text in a page past which the next row starts a new one (long texts). */
const PAGE_TEXT_CHARS = 1 << 20;
/** What the first page starts with, so a small sheet holds little. */
const FIRST_CELLS = 1_024;
const FIRST_ROWS = 256;
/**
 * Pages read back from the spill file kept in memory: a pass reads them in order, and a
 * header's rows, a row far down and the one being read share two.
 */
const RESIDENT_PAGES = 2;
/** Dates handed out as one object per day (as the readers did); past this it starts again. */
const DATE_MEMO = 4_096;
/** A page on disk starts with its rows, cells, floats and the length of its texts. */
const HEADER_BYTES = 16;

const BLANK = 0;
/** A whole number held in the cell's int. */
const INT = 1;
/** A Date at midnight UTC, its day number held in the cell's int. */
const DAY = 2;
/** A text: the cell's int is where it sits in the page's texts. */
const TEXT = 3;
const FALSE = 4;
const TRUE = 5;
/** Any other number, or a Date's milliseconds: the cell's int is where it sits in `floats`. */
const FLOAT = 6;
const DATE = 7;

const DAY_MS = 86_400_000;
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** A whole number an Int32Array holds exactly (not -0, which it would read back as 0). */
const isInt32 = (n: number) =>
  Number.isInteger(n) && n >= INT_MIN && n <= INT_MAX && !Object.is(n, -0);

/** `from`'s values at the start of a new array of `size`. */
function grown<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(
  from: T,
  size: number,
): T {
  const into = new (from.constructor as new (n: number) => T)(size);
  into.set(from);
  return into;
}

/**
 * `size` bytes at the start of `room` when it is big enough (a page's bytes reused, so reading
 * pages back makes no garbage for the collector), or of a new buffer a little bigger.
 */
function bytesIn(room: ArrayBuffer | null, size: number): Uint8Array {
  if (room && room.byteLength >= size) return new Uint8Array(room, 0, size);
  return new Uint8Array(new ArrayBuffer(size + (size >>> 4)), 0, size);
}

/**
 * Consecutive rows: a cell is a tag byte and an int (whole numbers, days, text ids; 5 bytes),
 * with any other number in `floats` and texts in a table of the page's own, so a page is whole
 * by itself and can be written out and read back alone.
 */
class Page {
  rows = 0;
  cells = 0;
  floatCount = 0;
  /** Where the page's bytes sit in the spill file once written there; -1 while filling. */
  at = -1;
  /** Where `tags` starts among those bytes (a blanked cell is written back in place). */
  tagsAt = 0;
  /** The page's bytes when read back (its arrays are views of them). */
  bytes: Uint8Array | null = null;
  textChars = 0;
  /** While filling: each text's place in `texts`. */
  textIds: Map<string, number> | null = null;

  constructor(
    /** The sheet row of the page's first row. */
    readonly first: number,
    /** Where each row's cells end (its start is where the row before ends). */
    public ends: Uint32Array,
    public tags: Uint8Array,
    public ints: Int32Array,
    public floats: Float64Array,
    public texts: string[],
  ) {}

  start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1]!;
  }

  /** The memory the page holds (texts as two bytes a character and a pointer). */
  heldBytes(): number {
    const arrays = this.bytes
      ? this.bytes.buffer.byteLength
      : this.ends.byteLength + this.tags.byteLength + this.ints.byteLength + this.floats.byteLength;
    return arrays + this.textChars * 2 + this.texts.length * 8;
  }

  /**
   * The page as bytes: a header, then floats, ints, row ends, tags and the texts as JSON; in
   * `room` when it is big enough.
   */
  pack(room: ArrayBuffer | null): Uint8Array {
    // JSON keeps every string exactly, lone surrogates too (UTF-8 alone would not).
    const texts = Buffer.from(JSON.stringify(this.texts), 'utf8');
    const { rows, cells, floatCount } = this;
    const size = HEADER_BYTES + floatCount * 8 + cells * 4 + rows * 4 + cells + texts.length;
    const bytes = bytesIn(room, size);
    const b = bytes.buffer;
    new Uint32Array(b, 0, 4).set([rows, cells, floatCount, texts.length]);
    let at = HEADER_BYTES;
    new Float64Array(b, at, floatCount).set(this.floats.subarray(0, floatCount));
    at += floatCount * 8;
    new Int32Array(b, at, cells).set(this.ints.subarray(0, cells));
    at += cells * 4;
    new Uint32Array(b, at, rows).set(this.ends.subarray(0, rows));
    at += rows * 4;
    bytes.set(this.tags.subarray(0, cells), at);
    bytes.set(texts, at + cells);
    return bytes;
  }

  /** A page read back from `bytes` (as pack made them), written at `at`. */
  static unpack(first: number, bytes: Uint8Array, at: number): Page {
    const b = bytes.buffer;
    const [rows, cells, floatCount, textBytes] = new Uint32Array(b, 0, 4) as unknown as number[];
    let pos = HEADER_BYTES;
    const floats = new Float64Array(b, pos, floatCount!);
    pos += floatCount! * 8;
    const ints = new Int32Array(b, pos, cells!);
    pos += cells! * 4;
    const ends = new Uint32Array(b, pos, rows!);
    pos += rows! * 4;
    const tags = new Uint8Array(b, pos, cells!);
    const texts = JSON.parse(Buffer.from(b, pos + cells!, textBytes!).toString('utf8')) as string[];
    const page = new Page(first, ends, tags, ints, floats, texts);
    page.rows = rows!;
    page.cells = cells!;
    page.floatCount = floatCount!;
    page.at = at;
    page.tagsAt = pos;
    page.bytes = bytes;
    for (const t of texts) page.textChars += t.length;
    return page;
  }
}

/**
 * The storage several views share: one reader fills it, then it is read (and a merged area's
 * followers blanked). Rows are packed into pages; a full page goes to a private temp file and
 * only the page being filled and the last RESIDENT_PAGES read back stay in memory, so what the
 * preview holds between reading a file and committing it does not grow with its rows (#19.5: 5
 * bytes a cell in memory were 4.7 MB at 200k usage rows). A sheet of one page never touches the
 * disk. Reading a page back is a read of the file, mostly from the system's cache: a pass over
 * 200k usage rows reads ~4 MB.
 */
class Store {
  /** The first row of each page, in order; the last page is the one being filled. */
  private readonly firsts: number[] = [];
  /** Where each written page's bytes sit in the file, and how many. */
  private readonly spots: number[] = [];
  private readonly lengths: number[] = [];
  private filling: Page | null = null;
  private readonly resident: { index: number; page: Page }[] = [];
  /** The page the last row asked for sat in (rows are mostly read in order). */
  private current: Page | null = null;
  private file: SpillFile | null = null;
  /** The bytes of the last page written out or dropped, reused for the next. */
  private room: ArrayBuffer | null = null;
  readonly overLong = new Map<number, OverLongCell>();
  private readonly dates = new Map<number, Date>();
  private lastDay = NaN;
  private lastDate: Date | null = null;
  rows = 0;

  push(cells: readonly CellValue[], width: number, overLong?: OverLongCell): void {
    let page = this.filling;
    if (
      !page ||
      page.rows === PAGE_ROWS ||
      page.cells + width > PAGE_CELLS ||
      page.textChars >= PAGE_TEXT_CHARS
    )
      page = this.startPage(width);
    const end = page.cells + width;
    if (end > page.tags.length) {
      // The first page starts small (a sheet of ten rows) and doubles up to a full one.
      const size = Math.min(PAGE_CELLS, Math.max(page.tags.length * 2, end));
      page.tags = grown(page.tags, size);
      page.ints = grown(page.ints, size);
    }
    if (page.rows === page.ends.length)
      page.ends = grown(page.ends, Math.min(PAGE_ROWS, page.ends.length * 2));
    for (let c = 0; c < width; c++) this.put(page, page.cells + c, cells[c] ?? null);
    page.cells = end;
    page.ends[page.rows++] = end;
    if (overLong) this.overLong.set(this.rows, overLong);
    this.rows++;
  }

  width(r: number): number {
    const page = this.pageOf(r);
    const i = r - page.first;
    return page.ends[i]! - page.start(i);
  }

  cell(r: number, col: number): CellValue {
    const page = this.pageOf(r);
    const i = r - page.first;
    const start = page.start(i);
    if (col < 0 || col >= page.ends[i]! - start) return null;
    return this.value(page, start + col);
  }

  row(r: number): CellValue[] {
    const page = this.pageOf(r);
    const i = r - page.first;
    const start = page.start(i);
    const width = page.ends[i]! - start;
    const cells = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) cells[c] = this.value(page, start + c);
    return cells;
  }

  clear(r: number, col: number): void {
    const page = this.pageOf(r);
    const i = r - page.first;
    const start = page.start(i);
    if (col >= page.ends[i]! - start) return;
    const k = start + col;
    page.tags[k] = BLANK;
    // A page read back is written back, its one byte, so the next read of it sees the blank.
    if (page.at >= 0) this.file!.write(page.tags.subarray(k, k + 1), page.at + page.tagsAt + k);
  }

  heldBytes(): number {
    let bytes = (this.firsts.length * 3 + this.overLong.size * 4) * 8;
    bytes += this.room?.byteLength ?? 0;
    if (this.filling) bytes += this.filling.heldBytes();
    for (const { page } of this.resident) bytes += page.heldBytes();
    return bytes;
  }

  dispose(): void {
    this.file?.close();
    this.file = null;
    this.resident.length = 0;
    this.current = null;
    this.filling = null;
    this.room = null;
  }

  /** A new page for rows from here, the full one written out (its arrays reused). */
  private startPage(width: number): Page {
    const full = this.filling;
    let page: Page;
    if (full) {
      this.file ??= new SpillFile(this);
      const bytes = full.pack(this.room);
      this.spots.push(this.file.append(bytes));
      this.lengths.push(bytes.length);
      this.room = bytes.buffer as ArrayBuffer;
      page = new Page(this.rows, full.ends, full.tags, full.ints, full.floats, []);
    } else {
      const cells = Math.max(FIRST_CELLS, width);
      page = new Page(
        this.rows,
        new Uint32Array(FIRST_ROWS),
        new Uint8Array(cells),
        new Int32Array(cells),
        new Float64Array(0),
        [],
      );
    }
    page.textIds = new Map();
    this.firsts.push(this.rows);
    this.filling = page;
    this.current = null;
    return page;
  }

  private pageOf(r: number): Page {
    const current = this.current;
    if (current && r >= current.first && r < current.first + current.rows) return current;
    // The last page whose first row is at most r.
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firsts[mid]! <= r) lo = mid;
      else hi = mid - 1;
    }
    this.current = this.pageAt(lo);
    return this.current;
  }

  private pageAt(index: number): Page {
    if (index === this.firsts.length - 1) return this.filling!;
    for (const held of this.resident) if (held.index === index) return held.page;
    // The page held longest makes way, its bytes taken for this one (nothing else refers to it:
    // `current` is set to this one next).
    if (this.resident.length === RESIDENT_PAGES)
      this.room = this.resident.shift()!.page.bytes!.buffer as ArrayBuffer;
    const bytes = bytesIn(this.room, this.lengths[index]!);
    if (bytes.buffer === this.room) this.room = null;
    this.file!.read(bytes, this.spots[index]!);
    const page = Page.unpack(this.firsts[index]!, bytes, this.spots[index]!);
    this.resident.push({ index, page });
    return page;
  }

  private value(page: Page, k: number): CellValue {
    const int = page.ints[k]!;
    switch (page.tags[k]) {
      case INT:
        return int;
      case DAY:
        return this.date(int * DAY_MS);
      case TEXT:
        return page.texts[int]!;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case FLOAT:
        return page.floats[int]!;
      case DATE:
        return this.date(page.floats[int]!);
      default:
        return null;
    }
  }

  private put(page: Page, k: number, v: CellValue): void {
    const { tags, ints } = page;
    if (v === null) tags[k] = BLANK;
    else if (typeof v === 'number') {
      const whole = isInt32(v);
      tags[k] = whole ? INT : FLOAT;
      ints[k] = whole ? v : this.addFloat(page, v);
    } else if (typeof v === 'string') {
      tags[k] = TEXT;
      let id = page.textIds!.get(v);
      if (id === undefined) {
        id = page.texts.push(v) - 1;
        page.textIds!.set(v, id);
        page.textChars += v.length;
      }
      ints[k] = id;
    } else if (typeof v === 'boolean') tags[k] = v ? TRUE : FALSE;
    else {
      const ms = v.getTime();
      const day = ms / DAY_MS;
      const whole = isInt32(day);
      tags[k] = whole ? DAY : DATE;
      ints[k] = whole ? day : this.addFloat(page, ms);
    }
  }

  /** Where `n` now sits in the page's floats. */
  private addFloat(page: Page, n: number): number {
    const index = page.floatCount++;
    if (index === page.floats.length)
      page.floats = grown(page.floats, Math.min(PAGE_CELLS, Math.max(FIRST_CELLS, index * 2)));
    page.floats[index] = n;
    return index;
  }

  private date(ms: number): Date {
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
}

/**
 * A sheet's rows as the import holds them while it is previewed: cells packed in typed arrays (a
 * tag byte and an int each, see Page), in pages of which only a few stay in memory (see Store),
 * not an array of boxed values per row, which cost ~90 bytes a row for a four-column sheet and
 * grew the import's memory with its rows (#19.5). A reader appends rows; everything after reads
 * cells by row and column, or a row as a fresh array. `slice` is a view, no copy. dispose()
 * gives back the disk the pages took (at the end of the import session).
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
    this.store.push(cells, width, overLong);
  }

  /** Appends `count` rows with no cells. */
  pushBlank(count: number): void {
    for (let i = 0; i < count; i++) this.store.push([], 0);
  }

  /** How many cells row `r` holds (as read: up to its last filled one for a workbook). */
  width(r: number): number {
    return this.store.width(this.from + r);
  }

  cell(r: number, col: number): CellValue {
    return this.store.cell(this.from + r, col);
  }

  /** Row `r`'s cells as a fresh array. */
  row(r: number): CellValue[] {
    return this.store.row(this.from + r);
  }

  /** The cell kept out of row `r` for its length, if any. */
  overLongOf(r: number): OverLongCell | undefined {
    return this.store.overLong.size > 0 ? this.store.overLong.get(this.from + r) : undefined;
  }

  /** Blanks one cell (a merged area's followers show nothing, whatever the file holds). */
  clear(r: number, col: number): void {
    this.store.clear(this.from + r, col);
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

  /**
   * The bytes the rows hold in memory (pages in memory, the index of pages, marks of over-long
   * cells), all views together: what must not grow with the rows.
   */
  heldBytes(): number {
    return this.store.heldBytes();
  }

  /** Gives back the disk and memory the rows took, for every view; they cannot be read after. */
  dispose(): void {
    this.store.dispose();
  }
}
