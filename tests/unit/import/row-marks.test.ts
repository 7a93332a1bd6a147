// The check's marks per row, four rows a byte (#19.5), read back as set, each row alone.
import { describe, expect, it } from 'vitest';
import { RowMarks } from '../../../src/main/import/check/row-marks';

describe('row marks', () => {
  it('keeps each row its own mark, set and set again in any order', () => {
    const n = 10_003;
    const marks = new RowMarks(n);
    const want = new Array<number>(n).fill(0);
    let seed = 7;
    const random = (m: number) => (seed = (seed * 48271) % 2147483647) % m;
    for (let k = 0; k < 40_000; k++) {
      const i = random(n);
      const mark = random(4);
      marks.set(i, mark);
      want[i] = mark;
    }
    expect(Array.from({ length: n }, (_, i) => marks.get(i))).toEqual(want);
    expect(marks.get(-1)).toBe(0);
    expect(marks.get(n + 10)).toBe(0);
  });
});
