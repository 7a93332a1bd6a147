// Migration 009: experiments are found by account through an index, not by scanning the book.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');
const BY_ACCOUNT = 'SELECT * FROM experiments WHERE account_id = ? ORDER BY rollout_date DESC, id';

describe('migration 009 (experiments by account)', () => {
  it('makes the by-account lookup an index search and keeps the experiments', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(
      db,
      clock,
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    db.run(
      `INSERT INTO experiments (id, account_id, name, primary_kpi, direction, rollout_date, pre_start, pre_end, post_start, post_end)
       VALUES ('EXP-1', 'A1', 'Reports', 'tickets', 'down', '2026-06-01', '2026-03-01', '2026-05-31', '2026-06-01', '2026-08-31')`,
    );
    const plan = () =>
      JSON.stringify(db.exec(`EXPLAIN QUERY PLAN ${BY_ACCOUNT}`, ['A1'])[0]?.values);
    expect(plan()).toMatch(/SCAN experiments/);

    expect(
      migrate(
        db,
        clock,
        MIGRATIONS.filter((m) => m.version <= 9),
      ),
    ).toBe(9);
    expect(plan()).toMatch(/SEARCH experiments USING INDEX experiments_account/);
    expect(db.exec(BY_ACCOUNT, ['A1'])[0]?.values).toHaveLength(1);
    db.close();
  });
});
