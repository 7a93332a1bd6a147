// What the importer hands over is used only when it is every row the batches since wrote, taken
// as a read of the file would take them; otherwise the recompute reads the file.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { TABLES } from '../../../src/main/db/tables';
import type { SqlValue } from '../../../src/main/db/tables';
import { ImportedUsage } from '../../../src/main/health/imported-usage';
import { toDay } from '../../../src/shared/domain/dates';

let db: Database;
beforeEach(async () => {
  const SQL = await loadSqlJs();
  db = new SQL.Database();
  db.run('CREATE TABLE import_batches (id INTEGER PRIMARY KEY)');
});

/** A batch as createBatch makes one: its row, then the watcher told. */
function create(heard: ImportedUsage, id: number): void {
  db.run('INSERT INTO import_batches (id) VALUES (?)', [id]);
  heard.batchCreated(id);
}

const row = (account: string, metric: string, date: string, value: SqlValue): SqlValue[] => [
  account,
  metric,
  date,
  value,
];

describe('usage imported since the last recompute', () => {
  it('gives each account its points in the order written, across batches', () => {
    const heard = new ImportedUsage();
    create(heard, 1);
    create(heard, 2);
    heard.rowsWritten(1, TABLES.usage, [
      row('A', 'x', '2025-01-06', 1),
      row('B', 'x', '2025-01-06', -0),
    ]);
    heard.rowsWritten(2, TABLES.usage, [row('A', 'y', '2025-01-01', 2)]);
    // Other tables are not usage.
    heard.rowsWritten(2, TABLES.accounts, [['A', 'Acme']]);
    const since = heard.since(db, 0);
    expect(since?.get('A')).toEqual({
      metrics: ['x', 'y'],
      days: [toDay('2025-01-06'), toDay('2025-01-01')],
      values: [1, 2],
      first: toDay('2025-01-01'),
    });
    expect(Object.is(since?.get('B')?.values[0], 0)).toBe(true);
    expect([...(heard.since(db, 1) ?? new Map()).keys()]).toEqual(['A']);
  });

  it('joins batches whose points for one account outnumber what a call takes as arguments', () => {
    const heard = new ImportedUsage();
    const many = 150_000;
    for (const id of [1, 2]) {
      create(heard, id);
      heard.rowsWritten(
        id,
        TABLES.usage,
        Array.from({ length: many }, (_, i) => row('A', `m${i % 50}`, '2025-01-06', id)),
      );
    }
    const points = heard.since(db, 0)?.get('A');
    expect(points?.values).toHaveLength(2 * many);
    expect([points?.values[0], points?.values.at(-1)]).toEqual([1, 2]);
    // The batches' own points are left as they were heard.
    expect(heard.since(db, 1)?.get('A')?.values).toHaveLength(many);
  });

  it('knows nothing of a batch created before it listened', () => {
    const heard = new ImportedUsage();
    db.run('INSERT INTO import_batches (id) VALUES (1)');
    create(heard, 2);
    expect(heard.since(db, 0)).toBeNull();
    expect(heard.since(db, 1)).not.toBeNull();
  });

  it.each([
    ['a date not written YYYY-MM-DD', row('A', 'x', '6/1/2025', 1)],
    ['a value that is not a finite number', row('A', 'x', '2025-01-06', Number.NaN)],
    ['a value stored as text', row('A', 'x', '2025-01-06', '12')],
    ['no account', row(null as unknown as string, 'x', '2025-01-06', 1)],
  ])('is void for a batch with %s', (_, bad) => {
    const heard = new ImportedUsage();
    create(heard, 1);
    heard.rowsWritten(1, TABLES.usage, [row('A', 'x', '2025-01-05', 1), bad]);
    heard.rowsWritten(1, TABLES.usage, [row('A', 'x', '2025-01-07', 1)]);
    expect(heard.since(db, 0)).toBeNull();
  });

  it('keeps no more points than its budget, and a batch created again starts afresh', () => {
    const heard = new ImportedUsage(3);
    create(heard, 1);
    heard.rowsWritten(1, TABLES.usage, [
      row('A', 'x', '2025-01-05', 1),
      row('A', 'x', '2025-01-06', 1),
    ]);
    heard.rowsWritten(1, TABLES.usage, [
      row('A', 'x', '2025-01-07', 1),
      row('A', 'x', '2025-01-08', 1),
    ]);
    expect(heard.since(db, 0)).toBeNull();
    // Rolled back and used again: what was heard under the id before is gone, budget and all.
    db.run('DELETE FROM import_batches');
    create(heard, 1);
    heard.rowsWritten(1, TABLES.usage, [
      row('B', 'x', '2025-01-05', 1),
      row('B', 'x', '2025-01-06', 2),
    ]);
    heard.rowsWritten(1, TABLES.usage, [row('B', 'x', '2025-01-07', 3)]);
    expect(heard.since(db, 0)?.get('B')?.values).toEqual([1, 2, 3]);
    expect(heard.since(db, 0)?.has('A')).toBe(false);
  });
});
