// Migration 010: usage values under NUMERIC affinity, whole ones stored and read as integers,
// every value the same number as before, and the rebuilt table's old pages compacted away.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');
const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const pragma = (db: { exec(sql: string): { values: unknown[][] }[] }, name: string) =>
  Number(db.exec(`PRAGMA ${name}`)[0]?.values[0]?.[0]);

const VALUES = [0, 12, -4, 12.5, 0.1, 1 / 3, 3e12, 2 ** 53, 1e300, -2.5e-7];

describe('migration 010 (usage values NUMERIC)', () => {
  it('reads every value back as the same number, whole ones as integers', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, clock, upTo(9));
    const insert = db.prepare('INSERT INTO usage_points VALUES (?, ?, ?, ?)');
    VALUES.forEach((value, i) => insert.run(['A1', 'logins', `2026-01-${10 + i}`, value]));
    insert.free();
    const read = () =>
      db.exec('SELECT value, typeof(value) FROM usage_points ORDER BY date')[0]!.values;
    expect(read().map(([, type]) => type)).toEqual(VALUES.map(() => 'real'));

    expect(migrate(db, clock, upTo(10))).toBe(10);
    expect(read().map(([value]) => value)).toEqual(VALUES);
    expect(read().map(([, type]) => type)).toEqual(
      VALUES.map((v) => (Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? 'integer' : 'real')),
    );
    // What the recompute's read formats: "12", not "12.0".
    const json = String(
      db.exec('SELECT json_group_array(value) FROM usage_points')[0]!.values[0]![0],
    );
    expect(JSON.parse(json)).toEqual(VALUES);
    expect(json).toMatch(/^\[0,12,-4,12\.5,.*,3000000000000,9007199254740992,/);
    // New rows take the affinity too, and the key still refuses a repeated point.
    db.run("INSERT INTO usage_points VALUES ('A1', 'logins', '2026-02-01', 7.0)");
    expect(
      db.exec("SELECT typeof(value) FROM usage_points WHERE date = '2026-02-01'")[0]!.values,
    ).toEqual([['integer']]);
    expect(() =>
      db.run("INSERT INTO usage_points VALUES ('A1', 'logins', '2026-02-01', 8)"),
    ).toThrow(/UNIQUE/);
    db.close();
  });

  it('compacts the pages the old table leaves free', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, clock, upTo(9));
    db.run('BEGIN');
    const insert = db.prepare('INSERT INTO usage_points VALUES (?, ?, ?, ?)');
    for (let a = 0; a < 200; a++)
      for (let d = 0; d < 100; d++)
        insert.run([`ACC-${a}`, 'logins', `2026-01-01+${String(d).padStart(3, '0')}`, a + d]);
    insert.free();
    db.run('COMMIT');
    const before = pragma(db, 'page_count');

    migrate(db, clock, upTo(10));
    expect(pragma(db, 'freelist_count')).toBe(0);
    // Without the compaction the file holds both tables' pages.
    expect(pragma(db, 'page_count')).toBeLessThanOrEqual(before);
    expect(db.exec('SELECT COUNT(*), SUM(value) FROM usage_points')[0]!.values[0]).toEqual([
      20_000,
      (200 * 99 * 100) / 2 + (100 * 199 * 200) / 2,
    ]);
    db.close();
  });
});
