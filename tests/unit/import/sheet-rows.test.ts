// The packed rows the import holds while it is previewed give back exactly the cells read (#19.5).
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/read/cells';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

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
