// The preview's count of distinct keys among a sheet's entities, kept as hashes in buckets that
// go to disk (#19.5), counts each key once exactly, as a set of the stored keys does, and says
// which entities repeat a key.
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../../src/main/db/tables';
import { TABLES, toSql } from '../../../src/main/db/tables';
import { DistinctKeys } from '../../../src/main/import/write/distinct-keys';

const usageKey = TABLES.usage.key.map((f) => TABLES.usage.columns.find((c) => c.field === f)!);

type Entity = Record<string, unknown>;

/** The keys of `entities` (one a row, rows from 1) counted, and the rows told as repeats. */
function counted(columns: TableSpec['columns'], entities: readonly Entity[]) {
  const keys = new DistinctKeys(columns);
  entities.forEach((e, i) => keys.add(i + 1, e));
  const repeats: number[] = [];
  const distinct = keys.count(
    (row) => [entities[row - 1]!],
    (row, entity) => {
      expect(entity).toBe(entities[row - 1]);
      repeats.push(row);
    },
  );
  const held = keys.heldBytes();
  keys.dispose();
  return { distinct, repeats: repeats.sort((a, b) => a - b), held };
}

/** The same by a set of the stored keys' text. */
function expected(columns: TableSpec['columns'], entities: readonly Entity[]) {
  const seen = new Set<string>();
  const repeats: number[] = [];
  entities.forEach((e, i) => {
    const stored = JSON.stringify(columns.map((c) => toSql(c.type, e[c.field])));
    if (seen.has(stored)) repeats.push(i + 1);
    seen.add(stored);
  });
  return { distinct: seen.size, repeats };
}

function usageEntities(count: number, accounts: number, seed = 11): Entity[] {
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  return Array.from({ length: count }, (_, i) => ({
    accountId: `ACC-${random(accounts)}`,
    metric: ['logins', 'api_calls', 'seats'][random(3)],
    date: `2024-01-${String(1 + random(28)).padStart(2, '0')}`,
    value: i,
  }));
}

describe('distinct keys', () => {
  it('counts each key once and tells every repeat, across blocks written to disk', () => {
    // Repeats come at random distances: values of each column reused in new combinations.
    const entities = usageEntities(60_000, 300);
    const got = counted(usageKey, entities);
    const want = expected(usageKey, entities);
    expect(want.distinct).toBeGreaterThan(20_000);
    expect(got.distinct).toBe(want.distinct);
    expect(got.repeats).toEqual(want.repeats);
  });

  it('compares values as stored: a number as the same number, a missing value as null', () => {
    const columns: TableSpec['columns'] = [
      { field: 'name', column: 'name', type: 'text' },
      { field: 'amount', column: 'amount', type: 'real' },
    ];
    const entities = [
      { name: 'x', amount: 1 },
      { name: 'x', amount: '1' },
      { name: 'x', amount: 0 },
      { name: 'x', amount: -0 },
      { name: 'x' },
      { name: 'x', amount: null },
      { name: 1, amount: 1 },
      { name: '1', amount: 1 },
      { name: 'ab', amount: null },
    ];
    expect(counted(columns, entities)).toMatchObject({ distinct: 5, repeats: [2, 4, 6, 8] });
  });

  it('counts keys of one column', () => {
    const entities = ['a', 'b', 'a', 1, '1', null, undefined].map((id) => ({ id }));
    const columns: TableSpec['columns'] = [{ field: 'id', column: 'id', type: 'text' }];
    expect(counted(columns, entities)).toMatchObject({ distinct: 4, repeats: [3, 5, 7] });
  });

  it('tells keys alike in hash apart exactly, from their rows made again', () => {
    const entities = usageEntities(3_000, 40);
    const keys = new DistinctKeys(usageKey);
    // Every key hashed alike: only the exact comparison tells them apart.
    (keys as unknown as { hashOf: () => number }).hashOf = () => 7;
    entities.forEach((e, i) => keys.add(i + 1, e));
    const repeats: number[] = [];
    const distinct = keys.count(
      (row) => [entities[row - 1]!],
      (row) => repeats.push(row),
    );
    keys.dispose();
    const want = expected(usageKey, entities);
    expect(distinct).toBe(want.distinct);
    expect(repeats.sort((a, b) => a - b)).toEqual(want.repeats);
  });

  it('holds no more memory for 200k keys than for 50k (#19.5)', () => {
    const quarter = counted(usageKey, usageEntities(50_000, 2_000)).held;
    const all = counted(usageKey, usageEntities(200_000, 8_000)).held;
    // The blocks being filled and staged (~220 KB), and one bucket read back at the end (a
    // 128th of the keys, 28-44 bytes each: ~55 KB at 200k): 200k keys had held 4.9 MB in sets.
    expect(all).toBeLessThan(320 * 1024);
    expect(all - quarter).toBeLessThan(64 * 1024);
  });
});
