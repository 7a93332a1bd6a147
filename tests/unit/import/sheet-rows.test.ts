// The packed rows the import holds while it is previewed give back exactly the cells read (#19.5).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/read/cells';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';
import { spillFolder } from '../../../src/main/import/spill-file';

describe('packed sheet rows', () => {
  it('gives back every kind of cell, row by row and cell by cell, across chunks', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 40_000; i++) {
      rows.push(
        i % 997 === 0
          ? []
          : [`A${i % 50}`, i * 1.5, new Date(Date.UTC(2024, 0, 1 + (i % 400))), i % 2 === 0, null],
      );
    }
    rows.push(Array.from({ length: 16_384 }, (_, c) => (c % 3 === 0 ? c : null)));
    const packed = SheetRows.of(rows);
    expect(packed).toHaveLength(rows.length);
    expect(packed.toArrays()).toEqual(rows);
    expect(packed.cell(1, 0)).toBe('A1');
    expect(packed.cell(1, 99)).toBeNull();
    expect(packed.width(997)).toBe(0);
    // One Date object per day, as the readers gave.
    expect(packed.cell(1, 2)).toBe(packed.row(401)[2]);
  });

  it('slices as a view and blanks a cell in place', () => {
    const packed = SheetRows.of([['h1', 'h2'], [1, 2], [3, 4], [5]]);
    const data = packed.slice(1, 3);
    expect(data.toArrays()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    packed.clear(2, 0);
    expect(data.row(1)).toEqual([null, 4]);
    expect(data.slice(1).toArrays()).toEqual([[null, 4]]);
  });

  it('gives back numbers and dates of every size exactly, whole or not', () => {
    const numbers = [0, -0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 0.5, -2.25];
    numbers.push(1e300, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity);
    const dates = [0, 86_400_000, -86_400_000, 1_700_000_000_000, 1_700_000_000_123, -1, NaN];
    dates.push(8.64e15, -8.64e15);
    const rows: CellValue[][] = [];
    // Past the first chunk of floats, to read them across chunks too.
    for (let i = 0; i < 70_000; i++) rows.push([i + 0.5, i]);
    rows.push(
      numbers,
      dates.map((ms) => new Date(ms)),
    );
    const packed = SheetRows.of(rows);
    const back = packed.toArrays();
    const wrong: string[] = [];
    for (let r = 0; r < rows.length - 1; r++)
      rows[r]!.forEach((v, c) => Object.is(back[r]![c], v) || wrong.push(`${r}:${c}`));
    expect(wrong).toEqual([]);
    const read = back[rows.length - 1] as Date[];
    expect(read.map((d) => d.getTime())).toEqual(dates);
  });

  it('keeps the mark of a cell kept out for its length', () => {
    const packed = SheetRows.empty();
    packed.push(['a', null], 2, { column: 2 });
    packed.pushBlank(2);
    packed.push(['b']);
    expect(packed.overLongOf(0)).toEqual({ column: 2 });
    expect(packed.overLongOf(3)).toBeUndefined();
    expect(packed.toArrays()).toEqual([['a', null], [], [], ['b']]);
  });
});

/** Usage-like rows: an account, a metric, a day and a whole or fractional value. */
function usageRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++)
    rows.push([
      `ACC-${Math.floor(i / 1_040)}`,
      ['logins', 'api_calls', 'seats', 'reports', 'exports'][i % 5]!,
      new Date(Date.UTC(2022, 0, 3 + 7 * (Math.floor(i / 5) % 208))),
      i % 3 === 0 ? i + 0.25 : i,
    ]);
  return rows;
}

/** Files of this process open in the import's spill folder (Linux; null elsewhere). */
function openSpillFiles(): number | null {
  if (!fs.existsSync('/proc/self/fd')) return null;
  const folder = spillFolder();
  let n = 0;
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(folder)) n++;
    } catch {
      // Closed while listed.
    }
  }
  return n;
}

describe('sheet rows on disk', () => {
  it('holds no more memory for 200k rows than for 50k, while filled and read (#19.5)', () => {
    const held = (count: number) => {
      const packed = SheetRows.empty();
      let most = 0;
      for (const r of usageRows(count)) {
        packed.push(r);
        most = Math.max(most, packed.heldBytes());
      }
      // A pass in order (the check), then rows here and there (a repeated key's first row).
      for (let r = 0; r < packed.length; r++) {
        packed.row(r);
        if (r % 1_000 === 0) most = Math.max(most, packed.heldBytes());
      }
      for (let r = 0; r < packed.length; r += 7_919) {
        packed.cell((r * 31) % packed.length, 2);
        most = Math.max(most, packed.heldBytes());
      }
      packed.dispose();
      return most;
    };
    const quarter = held(50_000);
    const all = held(200_000);
    // Three pages at most (filled, and two read back): ~1.3 MB; the pages' index grows by
    // 24 bytes a page of 16k rows.
    expect(all).toBeLessThan(1.5 * 1024 * 1024);
    expect(all - quarter).toBeLessThan(1_024);
  });

  it('gives back every cell from pages written out, a blanked one too, and texts exactly', () => {
    const rows = usageRows(70_000);
    rows[5] = ['lone \ud800 surrogate', 'ÿ ü 日本 🎉', '', 'x'.repeat(32_767)];
    const packed = SheetRows.of(rows);
    packed.clear(3, 1);
    packed.clear(60_001, 0);
    rows[3]![1] = null;
    rows[60_001]![0] = null;
    // Out of order, so pages are read back and dropped again.
    for (const r of [69_999, 0, 40_000, 3, 60_001, 5, 17_000, 69_998])
      expect(packed.row(r)).toEqual(rows[r]);
    expect(packed.toArrays()).toEqual(rows);
    expect(packed.slice(60_000, 60_002).toArrays()).toEqual(rows.slice(60_000, 60_002));
    packed.dispose();
  });

  it('starts a new page for long texts, and leaves no file open once disposed', () => {
    const before = openSpillFiles();
    const long = 'é'.repeat(30_000);
    const packed = SheetRows.empty();
    for (let i = 0; i < 200; i++) packed.push([`${i}${long}`]);
    expect(packed.heldBytes()).toBeLessThan(8 * 1024 * 1024);
    expect(packed.cell(3, 0)).toBe(`3${long}`);
    expect(packed.cell(199, 0)).toBe(`199${long}`);
    if (before !== null) expect(openSpillFiles()).toBe(before + 1);
    packed.dispose();
    if (before !== null) expect(openSpillFiles()).toBe(before);
  });
});
