// Playbook tasks. The dedupe key is unique in the table, so a cause that already produced a task
// (open, done or dismissed) can never produce another, even if two evaluations race.
import type { Database } from 'sql.js';
import type { PlaybookTask } from '../../shared/analytics/health';
import type { TaskStatus, TaskView } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { selectAll } from '../db/repos/rows';
import type { Statements } from '../db/statements';
import { recordEdit } from '../edit-undo/log';
import { readRow } from '../edit-undo/rows';

function toRecord(row: Record<string, unknown>): TaskView {
  return {
    id: Number(row.id),
    accountId: String(row.account_id),
    ruleId: String(row.rule_id),
    key: String(row.dedupe_key),
    titleKey: String(row.title_key),
    titleParams: JSON.parse(String(row.title_params)) as Record<string, string>,
    trigger: String(row.trigger),
    cause: String(row.cause),
    owner: String(row.owner),
    createdOn: String(row.created_on),
    dueDate: String(row.due_date),
    status: String(row.status) as TaskStatus,
    reason: row.reason === null ? null : String(row.reason),
    closedAt: row.closed_at === null ? null : String(row.closed_at),
  };
}

/**
 * Every account's task keys, read at once rather than one query per account. Keys only ever
 * grow, and the unique key refuses a task that appeared since, so a recompute may read them at
 * its start.
 */
export function allTaskKeys(db: Database): Map<string, Set<string>> {
  // A row per account, its keys as one JSON array: a row per task cost a tenth of an
  // incremental recompute once a few weeks of tasks had been raised.
  const keys = new Map<string, Set<string>>();
  for (const row of selectAll(
    db,
    'SELECT account_id, json_group_array(dedupe_key) AS k FROM tasks GROUP BY account_id',
  ))
    keys.set(String(row.account_id), new Set(JSON.parse(String(row.k)) as string[]));
  return keys;
}

// A run of accounts' tasks in one statement, many rows to it, as snapshots are written (see
// replaceSnapshots; JSON unpacked by json_each re-parses each row once per column).
const TASKS_PER_INSERT = 1000;

function insertTasksSql(rows: number): string {
  const row = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  return `INSERT OR IGNORE INTO tasks
    (account_id, rule_id, dedupe_key, title_key, title_params, trigger, cause, owner, created_on, due_date)
    VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
}

/** Inserts the tasks whose key is new; returns how many were created. */
export function insertTasks(statements: Statements, tasks: readonly PlaybookTask[]): number {
  let created = 0;
  for (let at = 0; at < tasks.length; at += TASKS_PER_INSERT) {
    const part = tasks.slice(at, at + TASKS_PER_INSERT);
    statements
      .get(insertTasksSql(part.length))
      .run(
        part.flatMap((task) => [
          task.accountId,
          task.ruleId,
          task.key,
          task.actionKey,
          JSON.stringify({ cause: task.cause }),
          task.trigger,
          task.cause,
          task.owner,
          task.createdOn,
          task.dueDate,
        ]),
      );
    created += statements.rowsModified();
  }
  return created;
}

export interface TaskQuery {
  accountId?: string | undefined;
  status?: TaskStatus | undefined;
}

export function listTasks(db: Database, q: TaskQuery = {}): TaskView[] {
  const where: string[] = [];
  const params: string[] = [];
  if (q.accountId !== undefined) {
    where.push('account_id = ?');
    params.push(q.accountId);
  }
  if (q.status !== undefined) {
    where.push('status = ?');
    params.push(q.status);
  }
  return selectAll(
    db,
    `SELECT * FROM tasks ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY status = 'open' DESC, due_date, id`,
    params,
  ).map(toRecord);
}

export function openTaskCounts(db: Database): Map<string, number> {
  return new Map(
    selectAll(
      db,
      "SELECT account_id, COUNT(*) AS n FROM tasks WHERE status = 'open' GROUP BY account_id",
    ).map((row) => [String(row.account_id), Number(row.n)]),
  );
}

export function closeTask(
  db: Database,
  id: number,
  status: 'done' | 'dismissed',
  reason: string | null,
  at: string,
): TaskView {
  const row = selectAll(db, 'SELECT * FROM tasks WHERE id = ?', [id])[0];
  if (!row) throw new AppError('NOT_FOUND', `There is no task ${id}.`);
  if (String(row.status) !== 'open')
    throw new AppError('CONFLICT', `Task ${id} is already ${String(row.status)}.`);
  const before = readRow(db, 'tasks', { id });
  db.run('UPDATE tasks SET status = ?, reason = ?, closed_at = ? WHERE id = ?', [
    status,
    reason,
    at,
    id,
  ]);
  recordEdit(
    db,
    {
      domain: 'task',
      action: status === 'done' ? 'task.complete' : 'task.dismiss',
      accountId: String(row.account_id),
      label: String(row.cause),
      rows: [{ table: 'tasks', key: { id }, before }],
    },
    at,
  );
  return toRecord(
    selectAll(db, 'SELECT * FROM tasks WHERE id = ?', [id])[0] as Record<string, unknown>,
  );
}
