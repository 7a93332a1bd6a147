// Migration 008 on a workspace at 007: the undo log appears, empty, and every row already there
// (notes, tasks, goals, narratives) is untouched.
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');
const KEPT = ['csm_notes', 'tasks', 'goals', 'goal_history', 'qbr_narratives'];

describe('migration 008 (edit undo)', () => {
  it('takes a workspace at 007 to 008 with its data intact', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    expect(
      migrate(
        db,
        clock,
        MIGRATIONS.filter((m) => m.version <= 7),
      ),
    ).toBe(7);
    db.exec(`
      INSERT INTO csm_notes (account_id, date, text, created_at) VALUES ('A1', '2026-09-30', 'Kept', '2026-09-30T10:00:00Z');
      INSERT INTO tasks (account_id, rule_id, dedupe_key, title_key, trigger, cause, owner, created_on, due_date, status, closed_at)
        VALUES ('A1', 'nps_detractor', 'nps|A1|S1', 'task.nps', 'nps', 'S1', 'csm', '2026-09-24', '2026-10-08', 'done', '2026-09-25T10:00:00Z');
      INSERT INTO goals (account_id, title, start_date, due_date, direction, manual_status, created_at, updated_at)
        VALUES ('A1', 'Adopt reports', '2026-07-01', '2026-12-31', 'up', 'on_track', '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z');
      INSERT INTO goal_history (goal_id, at, action, changes) VALUES (1, '2026-07-01T00:00:00Z', 'created', '{}');
      INSERT INTO qbr_narratives (account_id, quarter, narrative, updated_at) VALUES ('A1', '2026-Q3', '{"summaryNotes":"x"}', '2026-09-30T00:00:00Z');
    `);
    const dump = () => JSON.stringify(KEPT.map((name) => db.exec(`SELECT * FROM ${name}`)));
    const before = dump();
    expect(db.exec("SELECT 1 FROM sqlite_master WHERE name = 'edit_undo'")).toEqual([]);

    expect(
      migrate(
        db,
        clock,
        MIGRATIONS.filter((m) => m.version <= 8),
      ),
    ).toBe(8);
    expect(schemaVersion(db)).toBe(8);
    expect(dump()).toBe(before);
    expect(db.exec('SELECT COUNT(*) FROM edit_undo')[0]?.values[0]?.[0]).toBe(0);
    expect(() =>
      db.run(
        "INSERT INTO edit_undo (domain, action, label, changes, at) VALUES ('import', 'x', 'x', '[]', 'x')",
      ),
    ).toThrow(/CHECK/);
    db.close();
  });
});
