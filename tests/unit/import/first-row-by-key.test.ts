// The writer's table of first rows per natural key (#19.5): every repeat found with its first
// row, no distinct key ever taken for a repeat, through the table's growth.
import { describe, expect, it } from 'vitest';
import { FirstRowByKey } from '../../../src/main/import/write/first-row-by-key';

describe('first row by key', () => {
  it('finds each repeat and its first row, and nothing else, over 50,000 keys', () => {
    const entityOf = (row: number) => ({ accountId: `A${row % 25_000}`, metric: 'm', n: row });
    const made: number[] = [];
    const seen = new FirstRowByKey(['accountId', 'metric'], (row) => {
      made.push(row);
      return [entityOf(row)];
    });
    for (let row = 2; row < 25_002; row++) expect(seen.claim(entityOf(row), row)).toBeUndefined();
    // Only a repeat makes its earlier row again.
    expect(made).toEqual([]);
    for (let row = 25_002; row < 50_002; row++) {
      const earlier = seen.claim(entityOf(row), row);
      expect(earlier?.row).toBe(row - 25_000);
      expect(earlier?.entity.accountId).toBe(entityOf(row).accountId);
    }
  });

  it('compares keys as text, as they are stored', () => {
    const seen = new FirstRowByKey(['id'], () => [{ id: 7 }]);
    expect(seen.claim({ id: 7 }, 2)).toBeUndefined();
    expect(seen.claim({ id: '7' }, 3)?.row).toBe(2);
  });
});
