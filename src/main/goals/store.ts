// Goals and their history in the workspace's tables (migration 012).
import type { Database } from 'sql.js';
import type {
  Goal,
  GoalDirection,
  GoalHistoryEntry,
  ManualStatus,
} from '../../shared/analytics/goals/types';
import { GoalMeasureKind } from '../../shared/analytics/goals/types';
import { AppError } from '../../shared/ipc/result';
import { selectAll, selectValue } from '../db/repos/rows';

export type GoalRow = Omit<Goal, 'id' | 'createdAt' | 'updatedAt'>;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toGoal(row: Record<string, unknown>): Goal {
  const kind = GoalMeasureKind.safeParse(row.measure_kind);
  return {
    id: Number(row.id),
    accountId: String(row.account_id),
    title: String(row.title),
    owner: text(row.owner),
    startDate: String(row.start_date),
    dueDate: String(row.due_date),
    direction: String(row.direction) as GoalDirection,
    measure: kind.success ? { kind: kind.data, ref: text(row.measure_ref) } : null,
    target: row.target === null || row.target === undefined ? null : Number(row.target),
    manualStatus: text(row.manual_status) as ManualStatus | null,
    note: text(row.note),
    closedAt: text(row.closed_at),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
  };
}

export function getGoal(db: Database, id: number): Goal {
  const row = selectAll(db, 'SELECT * FROM goals WHERE id = ?', [id])[0];
  if (!row) throw new AppError('NOT_FOUND', `There is no goal ${id}.`);
  return toGoal(row);
}

export function listGoalRows(db: Database, accountId?: string): Goal[] {
  const rows = accountId
    ? selectAll(db, 'SELECT * FROM goals WHERE account_id = ? ORDER BY due_date, id', [accountId])
    : selectAll(db, 'SELECT * FROM goals ORDER BY account_id, due_date, id');
  return rows.map(toGoal);
}

function columns(goal: GoalRow): (string | number | null)[] {
  return [
    goal.accountId,
    goal.title,
    goal.owner,
    goal.startDate,
    goal.dueDate,
    goal.direction,
    goal.measure?.kind ?? null,
    goal.measure?.ref ?? null,
    goal.target,
    goal.manualStatus,
    goal.note,
    goal.closedAt,
  ];
}

export function insertGoal(db: Database, goal: GoalRow, at: string): number {
  db.run(
    `INSERT INTO goals (account_id, title, owner, start_date, due_date, direction, measure_kind,
      measure_ref, target, manual_status, note, closed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [...columns(goal), at, at],
  );
  return Number(selectValue(db, 'SELECT last_insert_rowid()'));
}

export function updateGoal(db: Database, id: number, goal: GoalRow, at: string): void {
  db.run(
    `UPDATE goals SET account_id = ?, title = ?, owner = ?, start_date = ?, due_date = ?,
      direction = ?, measure_kind = ?, measure_ref = ?, target = ?, manual_status = ?, note = ?,
      closed_at = ?, updated_at = ? WHERE id = ?`,
    [...columns(goal), at, id],
  );
}

export function addHistory(
  db: Database,
  goalId: number,
  at: string,
  action: GoalHistoryEntry['action'],
  changes: GoalHistoryEntry['changes'],
): number {
  db.run('INSERT INTO goal_history (goal_id, at, action, changes) VALUES (?, ?, ?, ?)', [
    goalId,
    at,
    action,
    JSON.stringify(changes),
  ]);
  return Number(selectValue(db, 'SELECT last_insert_rowid()'));
}

export function goalHistory(db: Database, goalId: number): GoalHistoryEntry[] {
  return selectAll(db, 'SELECT * FROM goal_history WHERE goal_id = ? ORDER BY at, id', [
    goalId,
  ]).map((r) => ({
    id: Number(r.id),
    goalId: Number(r.goal_id),
    at: String(r.at),
    action: String(r.action) as GoalHistoryEntry['action'],
    changes: JSON.parse(String(r.changes)) as GoalHistoryEntry['changes'],
  }));
}
