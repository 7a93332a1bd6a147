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
