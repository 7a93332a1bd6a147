// Migration 010: stored snapshot components keep each value only, and read back as they did.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { decodeComponents } from '../../../src/main/health/snapshot-store';
import { DEFAULT_HEALTH_MODEL } from '../../../src/shared/analytics/health';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');

/** A 13-component row as written before: [value, subScore] pairs, [null, null, 1] when stale. */
const OLD = `[[1.066667,100],[4,80],[0.123456789,20],[null,null],[null,null,1],[0,100],[0,100],${'[null,null],'.repeat(5)}[2,100]]`;
const NEW = `[1.066667,4,0.123456789,null,"stale",0,0,${'null,'.repeat(5)}2]`;

describe('migration 010 (snapshot values)', () => {
  it('rewrites [value, subScore] pairs to values and leaves other rows as they are', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(
      db,
      clock,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    const rows: [string, string][] = [
      ['W1', OLD],
      ['W2', '[]'],
      ['W3', NEW],
      ['W4', 'not json'],
    ];
    for (const [week, components] of rows)
      db.run(
        "INSERT INTO health_snapshots (account_id, week, model_version, score, band, components) VALUES ('A1', ?, 1, 50, 'yellow', ?)",
        [week, components],
      );

    expect(migrate(db, clock)).toBe(10);
    const stored = db.exec('SELECT week, components FROM health_snapshots ORDER BY week')[0]
      ?.values;
    expect(stored).toEqual([
      ['W1', NEW],
      ['W2', '[]'],
      ['W3', NEW],
      ['W4', 'not json'],
    ]);
    db.close();
  });

  it('reads a migrated row with the sub-scores the pairs held', () => {
    const pairs = JSON.parse(OLD) as (number | null)[][];
    const decoded = decodeComponents(DEFAULT_HEALTH_MODEL, NEW);
    decoded.forEach((component, i) => {
      const [value, subScore] = pairs[i]!;
      expect(component.value).toBe(value);
      expect(component.stale === true).toBe(pairs[i]!.length === 3);
      // The pairs above hold this model's mapping of their values.
      expect(component.subScore).toBe(subScore);
      expect(component.missing).toBe(subScore === null);
    });
  });
});
