// Health data from the health feature's tables (migration 002: health_snapshots, tasks), read
// defensively: a workspace without them, or with other columns, simply has no health data here.
import type { Database } from 'sql.js';
import type { IsoDate } from '../../shared/domain/entities';
import { selectAll } from '../db/repos/rows';
import type { Workspace } from '../db/workspace';
import { isHealthFresh } from '../health/recompute';
import type { HealthRefresher } from '../health/refresher';

const SNAPSHOT_COLUMNS = ['account_id', 'week', 'score', 'band'];
const TASK_COLUMNS = ['account_id', 'trigger', 'created_on', 'status'];

function hasColumns(db: Database, table: string, columns: readonly string[]): boolean {
  const present = new Set(
    selectAll(db, `SELECT name FROM pragma_table_info(?)`, [table]).map((r) => String(r.name)),
  );
  return columns.every((c) => present.has(c));
}

export function hasHealthSnapshots(db: Database): boolean {
  return hasColumns(db, 'health_snapshots', SNAPSHOT_COLUMNS);
}

export function hasTasks(db: Database): boolean {
  return hasColumns(db, 'tasks', TASK_COLUMNS);
}

/**
 * Snapshots are computed lazily by the health feature; bring them up to date before reading.
 * A failure there must not take the portfolio down: the stored scores are shown instead.
 */
export async function refreshHealth(
  refresher: HealthRefresher,
  ws: Workspace,
  today: IsoDate,
): Promise<void> {
  if (!hasHealthSnapshots(ws.db)) return;
  try {
    await refresher.fresh(ws, today);
  } catch (err) {
    console.error('[portfolio] health scores could not be refreshed; showing stored ones:', err);
  }
}

/** Whether the stored scores are out of date for `today`: a reader awaiting them would wait. */
export function healthOutdated(db: Database, today: IsoDate): boolean {
  return hasHealthSnapshots(db) && !isHealthFresh(db, today);
}

export interface AccountHealth {
  band: string | null;
  score: number | null;
  /** Scores of the latest weeks, oldest first; weeks without a score are left out. */
  trend: number[];
}

/** Bound parameters per query stay well under SQLite's limit; more ids read every account. */
export const MAX_IDS = 1000;

/** `account_id IN (...)` for up to MAX_IDS ids, else no condition (every account). */
function accountFilter(ids: readonly string[] | undefined): { sql: string; params: string[] } {
  return ids === undefined || ids.length > MAX_IDS
    ? { sql: '', params: [] }
    : { sql: ` AND account_id IN (${ids.map(() => '?').join(', ')})`, params: [...ids] };
}

/**
 * Each account's latest snapshot on or before `asOf` and its scores over the `weeks` weeks up to
 * it (of the accounts `ids` names, when given). Null when the workspace has no snapshot table.
 */
export function healthByAccount(
  db: Database,
  asOf: IsoDate,
  weeks = 12,
  ids?: readonly string[],
): Map<string, AccountHealth> | null {
  if (!hasHealthSnapshots(db)) return null;
  const only = accountFilter(ids);
  const result = db.exec(
    `SELECT account_id, week, score, band FROM health_snapshots
     WHERE week <= ? AND week > date(?, ?)${only.sql} ORDER BY account_id, week`,
    [asOf, asOf, `-${weeks * 7} days`, ...only.params],
  );
  const byAccount = new Map<string, AccountHealth>();
  for (const [accountId, , score, band] of result[0]?.values ?? []) {
    const id = String(accountId);
    const entry = byAccount.get(id) ?? { band: null, score: null, trend: [] };
    entry.band = band === null ? null : String(band);
    entry.score = score === null ? null : Number(score);
    if (score !== null) entry.trend.push(Number(score));
    byAccount.set(id, entry);
  }
  return byAccount;
}

/**
 * The bands of every account's latest snapshot in the `weeks` weeks up to `asOf` (what
 * `healthByAccount` answers for the book's accounts), without reading their scores.
 */
export function latestBands(db: Database, asOf: IsoDate, weeks = 12): string[] {
  if (!hasHealthSnapshots(db)) return [];
  // One seek per account down the (account_id, week) key: grouping every snapshot in the window
  // took four times as long.
  const result = db.exec(
    `SELECT DISTINCT (SELECT band FROM health_snapshots s
       WHERE s.account_id = a.id AND s.week <= ? AND s.week > date(?, ?)
       ORDER BY s.week DESC LIMIT 1) FROM accounts a`,
    [asOf, asOf, `-${weeks * 7} days`],
  );
  return (result[0]?.values ?? []).flatMap(([band]) => (band === null ? [] : [String(band)]));
}

/** Open tasks per account (of the accounts `ids` names, when given); null without a task table. */
export function openTasksByAccount(
  db: Database,
  ids?: readonly string[],
): Map<string, number> | null {
  if (!hasTasks(db)) return null;
  const only = accountFilter(ids);
  return new Map(
    selectAll(
      db,
      `SELECT account_id, COUNT(*) AS n FROM tasks WHERE status = 'open'${only.sql} GROUP BY account_id`,
      only.params,
    ).map((r) => [String(r.account_id), Number(r.n)]),
  );
}

export interface NewTrigger {
  accountId: string;
  trigger: string;
  createdOn: IsoDate;
}

/** Open tasks created in [since, asOf]: the triggers that fired recently. */
export function newTriggers(db: Database, since: IsoDate, asOf: IsoDate): NewTrigger[] {
  if (!hasTasks(db)) return [];
  return selectAll(
    db,
    `SELECT account_id, trigger, created_on FROM tasks
     WHERE status = 'open' AND created_on >= ? AND created_on <= ? ORDER BY created_on DESC, id`,
    [since, asOf],
  ).map((r) => ({
    accountId: String(r.account_id),
    trigger: String(r.trigger),
    createdOn: String(r.created_on),
  }));
}

/**
 * Band counts per calendar month, from each account's last snapshot in that month. Null when the
 * workspace has no snapshot table.
 */
export function bandsByMonth(
  db: Database,
  from: IsoDate,
  to: IsoDate,
  accountIds: ReadonlySet<string>,
): Map<string, Record<string, number>> | null {
  if (!hasHealthSnapshots(db)) return null;
  const result = db.exec(
    `SELECT account_id, substr(week, 1, 7) AS month, band FROM health_snapshots
     WHERE week >= ? AND week <= ? AND band IS NOT NULL ORDER BY account_id, week`,
    [from, to],
  );
  // Rows come ordered by week, so the last write per (account, month) is the month's last band.
  const last = new Map<string, string>();
  for (const [accountId, month, band] of result[0]?.values ?? []) {
    if (!accountIds.has(String(accountId))) continue;
    last.set(`${String(month)}|${String(accountId)}`, String(band));
  }
  const counts = new Map<string, Record<string, number>>();
  for (const [key, band] of last) {
    const month = key.slice(0, 7);
    const row = counts.get(month) ?? {};
    row[band] = (row[band] ?? 0) + 1;
    counts.set(month, row);
  }
  return counts;
}
