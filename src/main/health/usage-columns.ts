// Reads usage points into the scoring engine's columns, a run of accounts per statement. Usage is
// by far the largest table (2 M rows for 2,000 accounts over two years), and what costs is each
// value crossing from sql.js into JavaScript: so each metric's points come out as one row, its
// dates as one string and its values as a JSON array, instead of a row per point. (Whole values
// are stored as integers since migration 010, which SQLite formats for JSON far quicker.)
import type { Database } from 'sql.js';
import type { UsageColumns } from '../../shared/analytics/health';
import { buildSeries } from '../../shared/analytics/health/series';
import type { Series } from '../../shared/analytics/health/series';
import { toDayAt } from '../../shared/domain/dates';
import type { DayNumber } from '../../shared/domain/dates';
import type { IsoDate } from '../../shared/domain/entities';

// Each metric's dates come back to back in one string (YYYY-MM-DD, ten characters each) and its
// values as a JSON array: reading the day numbers off the characters costs a quarter of what
// SQLite's date parser (unixepoch) did per point. The primary key (account_id, metric, date)
// orders the scan, so groups come by account then metric, and each group's points by date
// (checked in collect: an aggregate's input order is the plan's, which SQLite does not promise).
const RANGE_SQL = `SELECT account_id, metric, group_concat(date, ''), json_group_array(value)
  FROM usage_points WHERE account_id BETWEEN ?1 AND ?2 GROUP BY account_id, metric`;

// The recent points of the named metrics: per account one row, the metric of each point, then
// their dates back to back, then their values as a JSON array, separated by record separators.
// Each (account, metric) is one seek into the key to its first day (the IN list); a row per
// account rather than per metric halved the statement after an import of one new week, whose
// reads are mostly seeks. The accounts come as one JSON object of id to day, so each row's key
// and value are plain columns (an array per account was taken apart again at every reference).
const RECENT_SQL = `SELECT w.key, (
    SELECT group_concat(metric, char(31)) || char(30) || group_concat(date, '') || char(30) ||
      json_group_array(value)
    FROM usage_points
    WHERE account_id = w.key AND metric IN (SELECT value FROM json_each(?2)) AND date >= w.value)
  FROM json_each(?1) w`;

// One account's recent points where the row above cannot be taken apart: a metric holding a
// separator, or dates not written YYYY-MM-DD.
const RECENT_PARSED_SQL = `SELECT metric, json_group_array(unixepoch(date) / 86400),
    json_group_array(value)
  FROM usage_points
  WHERE account_id = ?1 AND metric IN (SELECT value FROM json_each(?2)) AND date >= ?3
  GROUP BY metric`;

const EARLIER_SQL = `SELECT w.key FROM json_each(?1) w WHERE EXISTS (
    SELECT 1 FROM usage_points WHERE account_id = w.key AND date < w.value)`;

// For dates not written YYYY-MM-DD (the importer writes no other, but a workspace is a file).
const PARSED_SQL = `SELECT json_group_array(unixepoch(date) / 86400) FROM usage_points
  WHERE account_id = ?1 AND metric = ?2`;

const DASH = 45;

const isIsoAt = (dates: string, at: number) =>
  dates.charCodeAt(at + 4) === DASH && dates.charCodeAt(at + 7) === DASH;

/** The day numbers of `count` ISO dates written back to back, or null if they are not. */
function daysOf(dates: string, count: number): number[] | null {
  if (dates.length !== 10 * count) return null;
  const days = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    const at = 10 * k;
    if (!isIsoAt(dates, at)) return null;
    days[k] = toDayAt(dates, at);
  }
  return days;
}

/** One date's day number as the reads above take it, or null where they would parse it. */
export function dayOfIso(date: string): DayNumber | null {
  return date.length === 10 && isIsoAt(date, 0) ? toDayAt(date, 0) : null;
}

/**
 * The day numbers of a group's dates. Metrics exported together share their dates, so a group
 * whose dates are the previous group's (the same string) reuses its days, which no one changes.
 */
function daysOfGroup(
  db: Database,
  dates: string,
  count: number,
  group: { id: string; metric: string },
  previous: { dates: string; days: number[] },
  into: Building,
): number[] {
  if (dates === previous.dates) return previous.days;
  const days = daysOf(dates, count);
  if (days) {
    previous.dates = dates;
    previous.days = days;
    return days;
  }
  into.datesParsed = true;
  const parsed = db.exec(PARSED_SQL, [group.id, group.metric])[0]?.values[0]?.[0];
  return (JSON.parse(String(parsed ?? '[]')) as unknown[]).map(Number);
}

/** An account's usage as read; `datesParsed` when some of its dates were not YYYY-MM-DD. */
export interface ReadUsage extends UsageColumns {
  datesParsed?: true;
}

/** An account's metrics as read, joined into columns once all are (see columnsOf). */
interface Building {
  metrics: string[];
  series: Series[];
  points: number;
  datesParsed?: true;
}

/** Values as parsed from JSON: numbers, unless the file holds something else. */
const numbers = (values: unknown[]): number[] =>
  values.every((v) => typeof v === 'number') ? (values as number[]) : values.map(Number);

/** Adds one metric's points, sorted by day should the plan ever hand them over otherwise. */
function collect(into: Building, metric: string, days: number[], values: unknown[]): void {
  if (days.length === 0) return;
  into.metrics.push(metric);
  into.series.push(buildSeries(days, numbers(values)));
  into.points += days.length;
}

/**
 * The metrics joined into columns of their exact size: pushing point by point grew and copied
 * them, a seventh of what a full recompute allocated.
 */
function columnsOf({ metrics, series, points, datesParsed }: Building): ReadUsage {
  const ends = new Array<number>(series.length);
  const days = new Array<DayNumber>(points);
  const values = new Array<number>(points);
  let at = 0;
  for (let m = 0; m < series.length; m++) {
    const metric = series[m] as Series;
    for (let i = 0; i < metric.days.length; i++, at++) {
      days[at] = metric.days[i] as DayNumber;
      values[at] = metric.values[i] as number;
    }
    ends[m] = at;
  }
  return datesParsed
    ? { metrics, ends, days, values, datesParsed }
    : { metrics, ends, days, values };
}

function building(byAccount: Map<string, Building>, id: string): Building {
  let columns = byAccount.get(id);
  if (!columns) byAccount.set(id, (columns = { metrics: [], series: [], points: 0 }));
  return columns;
}

function allColumns(byAccount: ReadonlyMap<string, Building>): Map<string, ReadUsage> {
  const read = new Map<string, ReadUsage>();
  for (const [id, columns] of byAccount) read.set(id, columnsOf(columns));
  return read;
}

/**
 * Every usage point of the accounts, which must be consecutive in id order (no other account's
 * id sorts between the first and the last), by account id; accounts without usage are absent.
 */
export function readUsageRange(
  db: Database,
  accountIds: readonly string[],
): Map<string, ReadUsage> {
  const byAccount = new Map<string, Building>();
  if (accountIds.length === 0) return new Map();
  const wanted = new Set(accountIds);
  const previous = { dates: '', days: [] as number[] };
  const stmt = db.prepare(RANGE_SQL);
  try {
    stmt.bind([accountIds[0] as string, accountIds.at(-1) as string]);
    while (stmt.step()) {
      const [id, metric, dates, valuesJson] = stmt.get();
      if (!wanted.has(String(id))) continue;
      const values = JSON.parse(String(valuesJson)) as unknown[];
      const group = { id: String(id), metric: String(metric) };
      const into = building(byAccount, group.id);
      collect(
        into,
        group.metric,
        daysOfGroup(db, String(dates), values.length, group, previous, into),
        values,
      );
    }
  } finally {
    stmt.free();
  }
  return allColumns(byAccount);
}

const UNIT = '\x1f';
const RECORD = '\x1e';

/** Points by metric, in the order read. */
type ByMetric = Map<string, { days: number[]; values: unknown[] }>;

function pointsOf(byMetric: ByMetric, metric: string) {
  let points = byMetric.get(metric);
  if (!points) byMetric.set(metric, (points = { days: [], values: [] }));
  return points;
}

/** A row of RECENT_SQL taken apart by metric; null when it cannot be (see RECENT_PARSED_SQL). */
function splitRecent(text: string): ByMetric | null {
  const valuesAt = text.lastIndexOf(RECORD);
  const values = JSON.parse(text.slice(valuesAt + 1)) as unknown[];
  const datesAt = valuesAt - 10 * values.length - 1;
  if (text[datesAt] !== RECORD) return null;
  const metrics = text.slice(0, datesAt).split(UNIT);
  const days = daysOf(text.slice(datesAt + 1, valuesAt), values.length);
  if (!days || metrics.length !== values.length) return null;
  const byMetric: ByMetric = new Map();
  let points = { days: [] as number[], values: [] as unknown[] };
  let metric: string | undefined;
  for (let i = 0; i < values.length; i++) {
    if (metrics[i] !== metric) points = pointsOf(byMetric, (metric = metrics[i] as string));
    points.days.push(days[i] as number);
    points.values.push(values[i]);
  }
  return byMetric;
}

function parsedRecent(db: Database, id: string, since: IsoDate, metrics: string): ByMetric {
  const byMetric: ByMetric = new Map();
  const stmt = db.prepare(RECENT_PARSED_SQL);
  try {
    stmt.bind([id, metrics, since]);
    while (stmt.step()) {
      const [metric, days, values] = stmt.get();
      byMetric.set(String(metric), {
        days: (JSON.parse(String(days)) as unknown[]).map(Number),
        values: JSON.parse(String(values)) as unknown[],
      });
    }
  } finally {
    stmt.free();
  }
  return byMetric;
}

/**
 * The points of `metrics` on or after each account's day, by account id, with the metrics in
 * the key's order; accounts without such points are absent.
 */
export function readRecentUsage(
  db: Database,
  since: ReadonlyMap<string, IsoDate>,
  metrics: readonly string[],
): Map<string, ReadUsage> {
  const byAccount = new Map<string, Building>();
  if (since.size === 0 || metrics.length === 0) return new Map();
  const sorted = sortedLikeSqlite(db, metrics);
  const metricsJson = JSON.stringify(sorted);
  const stmt = db.prepare(RECENT_SQL);
  try {
    stmt.bind([JSON.stringify(Object.fromEntries(since)), metricsJson]);
    while (stmt.step()) {
      const [key, points] = stmt.get();
      if (points === null) continue;
      const id = String(key);
      const into = building(byAccount, id);
      let byMetric = splitRecent(String(points));
      if (!byMetric) {
        byMetric = parsedRecent(db, id, since.get(id) ?? '', metricsJson);
        into.datesParsed = true;
      }
      for (const metric of sorted) {
        const read = byMetric.get(metric);
        if (read) collect(into, metric, read.days, read.values);
      }
    }
  } finally {
    stmt.free();
  }
  return allColumns(byAccount);
}

/** Which of the accounts have usage before their day: one row's look each in the usual case. */
export function accountsWithUsageBefore(
  db: Database,
  before: ReadonlyMap<string, IsoDate>,
): Set<string> {
  const ids = new Set<string>();
  if (before.size === 0) return ids;
  const stmt = db.prepare(EARLIER_SQL);
  try {
    stmt.bind([JSON.stringify(Object.fromEntries(before))]);
    while (stmt.step()) ids.add(String(stmt.get()[0]));
  } finally {
    stmt.free();
  }
  return ids;
}

/**
 * Names in SQLite's BINARY order (UTF-8 bytes), the key's: a JavaScript sort compares UTF-16
 * units, which differ for characters beyond the Basic Multilingual Plane. The engine merges
 * metrics in this order, so its sums add in the same order as from a full read.
 */
export function sortedLikeSqlite(db: Database, names: readonly string[]): string[] {
  const sorted: string[] = [];
  const stmt = db.prepare('SELECT value FROM json_each(?) ORDER BY value');
  try {
    stmt.bind([JSON.stringify(names)]);
    while (stmt.step()) sorted.push(String(stmt.get()[0]));
  } finally {
    stmt.free();
  }
  return sorted;
}
