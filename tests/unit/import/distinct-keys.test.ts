// The preview's count of distinct keys among a sheet's entities, kept in typed arrays outside
// the heap (#19.5), finds each key new exactly once, as a set of the stored keys does.
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../../src/main/db/tables';
import { TABLES, toSql } from '../../../src/main/db/tables';
import { DistinctKeys } from '../../../src/main/import/write/distinct-keys';

const usageKey = TABLES.usage.key.map((f) => TABLES.usage.columns.find((c) => c.field === f)!);

describe('distinct keys', () => {
  it('says a key is new exactly when a set of the stored keys has not seen it, across growth', () => {
    const keys = new DistinctKeys(usageKey);
    const seen = new Set<string>();
    let seed = 11;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 60_000; i++) {
      // Repeats come at random distances: values of each column reused in new combinations.
      const entity = {
        accountId: `ACC-${random(300)}`,
        metric: ['logins', 'api_calls', 'seats'][random(3)],
        date: `2024-01-${String(1 + random(28)).padStart(2, '0')}`,
        value: i,
      };
      const stored = JSON.stringify(usageKey.map((c) => toSql(c.type, entity[c.field as 'date'])));
      expect(keys.add(entity)).toBe(!seen.has(stored));
      seen.add(stored);
    }
    expect(seen.size).toBeGreaterThan(20_000);
  });

  it('compares values as stored: a number as the same number, a missing value as null', () => {
    const columns: TableSpec['columns'] = [
      { field: 'name', column: 'name', type: 'text' },
      { field: 'amount', column: 'amount', type: 'real' },
    ];
    const keys = new DistinctKeys(columns);
    expect(keys.add({ name: 'x', amount: 1 })).toBe(true);
    expect(keys.add({ name: 'x', amount: '1' })).toBe(false);
    expect(keys.add({ name: 'x', amount: 0 })).toBe(true);
    expect(keys.add({ name: 'x', amount: -0 })).toBe(false);
    expect(keys.add({ name: 'x' })).toBe(true);
    expect(keys.add({ name: 'x', amount: null })).toBe(false);
    expect(keys.add({ name: 1, amount: 1 })).toBe(true);
    expect(keys.add({ name: '1', amount: 1 })).toBe(false);
  });

  it('counts keys of one column', () => {
    const keys = new DistinctKeys([{ field: 'id', column: 'id', type: 'text' }]);
    expect(['a', 'b', 'a', 1, '1', null, undefined].map((id) => keys.add({ id }))).toEqual([
      true,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});
