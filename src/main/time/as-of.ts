// The workspace's as-of date: by default the latest date its data cover, else what the CSM set
// (Settings, or --as-of for one CLI run). Health, triggers, renewals, default periods and the
// backtest are computed as of it; the clock only says how old the data are.
import type { Database } from 'sql.js';
import type { IsoDate } from '../../shared/domain/entities';
import { daysBetween, isValidIsoDate } from '../../shared/domain/dates';
import { ACTIVITY_KINDS, COVERAGE_KINDS } from '../../shared/domain/freshness';
import type {
  AsOfSource,
  CoverageKind,
  SourceCoverage,
  WorkspaceAsOf,
} from '../../shared/domain/freshness';
import { AppError } from '../../shared/ipc/result';
import { selectAll, selectValue } from '../db/repos/rows';
import type { Clock } from '../platform/clock';
import { todayOf } from '../platform/clock';

/** Where each kind's last date is read from (the later of two columns where a row has two). */
const LAST_DATE_SQL: Record<Exclude<CoverageKind, 'usage'>, string> = {
  surveys: 'SELECT MAX(date) FROM survey_responses',
  tickets: "SELECT MAX(MAX(opened_date), COALESCE(MAX(closed_date), '')) FROM tickets",
  events: 'SELECT MAX(date) FROM events',
  contacts: "SELECT MAX(MAX(COALESCE(start_date, '')), MAX(COALESCE(end_date, ''))) FROM contacts",
  contract_lines: 'SELECT MAX(start_date) FROM contract_lines',
};

export interface DataCoverage {
  /** Per kind, the last date the workspace has data for (null: none). */
  lastDates: Record<CoverageKind, IsoDate | null>;
  /** The latest of the activity kinds' last dates. */
  dataEnd: IsoDate | null;
  /**
   * Days between usage points (the median gap of the last distinct dates: 7 for weekly data, ~30
   * for monthly), so a source dated at the start of its period is not read as ending early.
   */
  usageCadenceDays: number;
}

const dateOrNull = (value: unknown): IsoDate | null =>
  typeof value === 'string' && isValidIsoDate(value) ? value : null;

/**
 * The usage cadence from the account whose usage reaches furthest: its own rows are a range of
 * the primary key, so this reads one account's points rather than the whole table.
 */
function usageCadence(db: Database, accountId: string | undefined): number {
  if (accountId === undefined) return 7;
  const dates = selectAll(
    db,
    'SELECT DISTINCT date FROM usage_points WHERE account_id = ? ORDER BY date DESC LIMIT 9',
    [accountId],
  ).map((row) => String(row.date));
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++)
    gaps.push(daysBetween(dates[i] as IsoDate, dates[i - 1] as IsoDate));
  gaps.sort((x, y) => x - y);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 7;
  return Math.min(31, Math.max(1, median));
}

/** What coverage was computed from: imports and undos are the only way the data change. */
function dataVersion(db: Database): string {
  return String(
    selectValue(db, "SELECT COALESCE(MAX(id), 0) || ':' || COUNT(undone_at) FROM import_batches") ??
      '0:0',
  );
}

// Each account's last usage date, without reading every usage row: the primary key is (account,
// metric, date), so the last date of one metric of one account is one seek, and the pairs are
// found by seeking from each to the next (a skip-scan). It costs a few seeks per account and
// metric instead of a pass over every point: a third of the GROUP BY's time on two years of
// weekly points, and less the denser the points.
const NEXT_METRIC =
  '(SELECT MIN(metric) FROM usage_points WHERE account_id = k.a AND metric > k.m)';
const NEXT_ACCOUNT = '(SELECT MIN(account_id) FROM usage_points WHERE account_id > k.a)';
const LAST_USAGE_SQL = `WITH RECURSIVE k(a, m) AS (
    SELECT a, (SELECT MIN(metric) FROM usage_points WHERE account_id = a)
      FROM (SELECT MIN(account_id) AS a FROM usage_points)
    UNION ALL
    SELECT CASE WHEN ${NEXT_METRIC} IS NULL THEN ${NEXT_ACCOUNT} ELSE k.a END,
      COALESCE(${NEXT_METRIC},
        (SELECT MIN(metric) FROM usage_points WHERE account_id = ${NEXT_ACCOUNT}))
    FROM k WHERE k.a IS NOT NULL)
  SELECT a AS account_id,
    MAX((SELECT MAX(date) FROM usage_points WHERE account_id = k.a AND metric = k.m)) AS date
  FROM k WHERE a IS NOT NULL GROUP BY a`;

/** Each account's last usage date, for accounts with usage (see LAST_USAGE_SQL). */
export function lastUsageDates(db: Database): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const row of selectAll(db, LAST_USAGE_SQL)) {
    const date = dateOrNull(row.date);
    if (date !== null) dates.set(String(row.account_id), date);
  }
  return dates;
}

// Coverage is read on every request that needs the as-of date: once per data version.
const cache = new WeakMap<Database, { version: string; coverage: DataCoverage }>();

/** How far each source reaches. Cached until the next import or undo. */
export function dataCoverage(db: Database): DataCoverage {
  const version = dataVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.coverage;
  // The workspace's usage ends with the account whose usage ends last.
  let usageEnd: IsoDate | null = null;
  let usageEndAccount: string | undefined;
  for (const [account, date] of lastUsageDates(db))
    if (usageEnd === null || date > usageEnd) {
      usageEnd = date;
      usageEndAccount = account;
    }
  const lastDates = { usage: usageEnd } as Record<CoverageKind, IsoDate | null>;
  for (const kind of COVERAGE_KINDS)
    if (kind !== 'usage') lastDates[kind] = dateOrNull(selectValue(db, LAST_DATE_SQL[kind]));
  const dataEnd =
    ACTIVITY_KINDS.map((kind) => lastDates[kind])
      .filter((d): d is IsoDate => d !== null)
      .sort()
      .at(-1) ?? null;
  const coverage = {
    lastDates,
    dataEnd,
    usageCadenceDays: usageCadence(db, usageEndAccount),
  };
  cache.set(db, { version, coverage });
  return coverage;
}

const AS_OF_KEY = 'as_of';

/** The stored as-of: `user:YYYY-MM-DD` (the CSM's setting) or `sample:YYYY-MM-DD`. */
function storedAsOf(db: Database): { source: AsOfSource; date: IsoDate } | null {
  const value = selectValue(db, 'SELECT value FROM health_state WHERE key = ?', [AS_OF_KEY]);
  const match = typeof value === 'string' ? /^(user|sample):(.+)$/.exec(value) : null;
  const date = match ? dateOrNull(match[2]) : null;
  return match && date ? { source: match[1] as AsOfSource, date } : null;
}

/**
 * Sets the as-of date (null goes back to the data's own end). A `sample` date is the one the
 * built-in sample carries, so its figures read as of the day the book was written.
 */
export function setStoredAsOf(
  db: Database,
  date: IsoDate | null,
  source: 'user' | 'sample' = 'user',
): void {
  if (date === null) {
    db.run('DELETE FROM health_state WHERE key = ?', [AS_OF_KEY]);
    return;
  }
  if (!isValidIsoDate(date))
    throw new AppError('INVALID_INPUT', `Not a date: ${date} (expected YYYY-MM-DD).`);
  db.run(
    'INSERT INTO health_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    [AS_OF_KEY, `${source}:${date}`],
  );
}

// The CLI's --as-of holds for one run and is never written to the workspace.
const sessionOverrides = new WeakMap<object, IsoDate>();

/** Makes `date` the as-of for everything run with these services (the CLI's --as-of). */
export function overrideAsOf(services: object, date: IsoDate): void {
  if (!isValidIsoDate(date))
    throw new AppError('INVALID_INPUT', `Not a date: ${date} (expected YYYY-MM-DD).`);
  sessionOverrides.set(services, date);
}

/** Ends a run's override (the CLI's next command starts from the workspace's own as-of). */
export function clearAsOfOverride(services: object): void {
  sessionOverrides.delete(services);
}

export function asOfOverride(services: object): IsoDate | undefined {
  return sessionOverrides.get(services);
}

/**
 * The workspace's as-of date and how far each source reaches. `override` (the CLI's --as-of)
 * beats the stored setting, which beats the data's end; a workspace with no dated data at all
 * falls back to the clock's day, since there is nothing to be stale.
 */
export function workspaceAsOf(db: Database, clock: Clock, override?: IsoDate): WorkspaceAsOf {
  const today = todayOf(clock);
  const covered = dataCoverage(db);
  const stored = storedAsOf(db);
  const source: AsOfSource = override ? 'user' : (stored?.source ?? 'data');
  const asOf = override ?? stored?.date ?? covered.dataEnd ?? today;
  const coverage = Object.fromEntries(
    COVERAGE_KINDS.map((kind): [CoverageKind, SourceCoverage] => {
      const lastDate = covered.lastDates[kind];
      return [
        kind,
        {
          kind,
          lastDate,
          daysBehindAsOf: lastDate === null ? null : Math.max(0, daysBetween(lastDate, asOf)),
          dataAgeDays: lastDate === null ? null : daysBetween(lastDate, today),
        },
      ];
    }),
  ) as Record<CoverageKind, SourceCoverage>;
  return {
    asOf,
    source,
    dataEnd: covered.dataEnd,
    today,
    dataAgeDays: covered.dataEnd === null ? null : daysBetween(covered.dataEnd, today),
    coverage,
  };
}

/** The as-of day for a caller holding services (handlers, CLI commands). */
export function asOfDay(db: Database, services: { clock: Clock }): IsoDate {
  return workspaceAsOf(db, services.clock, asOfOverride(services)).asOf;
}
