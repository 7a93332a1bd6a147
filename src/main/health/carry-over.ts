// What a recompute leaves in memory for the next incremental one: each account's usage from a
// recent day on, its latest stored weeks and its task keys, and the usage points the imports
// after it write, as the importer hands them over (imported-usage.ts). After an import of a new
// week the next recompute then reads none of the usage and none of the stored weeks from the
// file: the kept usage with the imported points written over it is what the file holds, since
// changedWeeks guarantees that only imports of usage came since, each from its earliest day
// touched. It is held per database and belongs to the recompute whose record (computed_from,
// which names its run) it carries: a rollback, an undo, a full recompute or a reopened file
// never finds it.
import type { Database } from 'sql.js';
import type { DayNumber, TriggerSnapshot, UsageColumns } from '../../shared/analytics/health';
import type { Account, IsoDate } from '../../shared/domain/entities';
import type { Grouped } from './load';
import type { StoredTrend } from './snapshot-store';
import { ImportedUsage } from './imported-usage';
import type { ImportedByAccount, ImportedPoints } from './imported-usage';
import { stopWatchingWrittenRows, watchWrittenRows } from '../db/written-rows';

/** One account's usage as a recompute read it: every point on or after `from`. */
export interface KeptUsage {
  from: DayNumber;
  /** Whether the account has points before `from`. */
  earlier: boolean;
  columns: UsageColumns;
}

/**
 * Usage points kept at most, about 16 bytes each; a stored week counts as four, a record (a
 * contract line, a ticket, ...) as ten. A book of 2,000 accounts with ten weekly metrics keeps
 * about 700,000; one too large to keep whole reads the rest from the file, as before.
 */
const MAX_KEPT = 4_000_000;
const WEEK_SIZE = 4;

/** Stored weeks kept per account: the triggers' 26, and a few the next recompute rescores. */
export const KEPT_WEEKS = 30;

/** The accounts and the rest of their data as read (see accountReader), but usage. */
export interface KeptAccounts {
  accounts: readonly Account[];
  grouped: Grouped;
  /** How many records they hold. */
  records: number;
}

const RECORD_SIZE = 10;

export class CarryOver {
  private readonly usage = new Map<string, KeptUsage>();
  private readonly trends = new Map<string, StoredTrend>();
  private kept = 0;
  private keptAccounts: KeptAccounts | undefined;
  private keptTaskKeys: Map<string, Set<string>> | undefined;
  private taskKeyCount = 0;

  /**
   * `lookback`: the days before a scored day its usage measures read (usageLookbackDays);
   * `budget`: the points and weeks it keeps at most.
   */
  constructor(
    readonly lookback: number,
    private readonly budget = MAX_KEPT,
  ) {}

  usageOf(id: string): KeptUsage | undefined {
    return this.usage.get(id);
  }

  trendOf(id: string): StoredTrend | undefined {
    return this.trends.get(id);
  }

  /**
   * The accounts and their other data: only imports of them change them, after which every
   * account is recomputed, so an incremental recompute reads them from here.
   */
  get accounts(): KeptAccounts | undefined {
    return this.keptAccounts;
  }

  keepAccounts(accounts: KeptAccounts): void {
    if (this.keptAccounts) this.kept -= RECORD_SIZE * this.keptAccounts.records;
    this.keptAccounts = undefined;
    if (this.kept + RECORD_SIZE * accounts.records > this.budget) return;
    this.keptAccounts = accounts;
    this.kept += RECORD_SIZE * accounts.records;
  }

  /**
   * Every account's task keys: only a recompute adds tasks, and none is ever deleted (a closed
   * task keeps its key), so the next one reads them from here with those this one raised.
   */
  get taskKeys(): Map<string, Set<string>> | undefined {
    return this.keptTaskKeys;
  }

  keepTaskKeys(keys: Map<string, Set<string>>): void {
    if (this.keptTaskKeys) this.kept -= RECORD_SIZE * this.taskKeyCount;
    this.keptTaskKeys = undefined;
    let count = 0;
    for (const set of keys.values()) count += set.size;
    if (this.kept + RECORD_SIZE * count > this.budget) return;
    this.keptTaskKeys = keys;
    this.taskKeyCount = count;
    this.kept += RECORD_SIZE * count;
  }

  keepUsage(id: string, usage: KeptUsage): void {
    this.forget(this.usage, id, (old) => old.columns.days.length);
    this.remember(this.usage, id, usage, usage.columns.days.length);
  }

  keepTrend(id: string, trend: StoredTrend): void {
    this.forget(this.trends, id, (old) => WEEK_SIZE * old.weeks.length);
    this.remember(this.trends, id, trend, WEEK_SIZE * trend.weeks.length);
  }

  private forget<T>(map: Map<string, T>, id: string, size: (value: T) => number): void {
    const old = map.get(id);
    if (old === undefined) return;
    this.kept -= size(old);
    map.delete(id);
  }

  private remember<T>(map: Map<string, T>, id: string, value: T, size: number): void {
    if (this.kept + size > this.budget) return;
    map.set(id, value);
    this.kept += size;
  }
}

/**
 * How an account reader uses the carry-over (see accountReader): `last` is what the last
 * recompute kept, `imported` each account's usage points imported since (null when not known in
 * full), and `next` keeps what is read now, from `keepFrom` on at the earliest.
 */
export interface UsageCarry {
  last: CarryOver | null;
  imported: ImportedByAccount | null;
  next: CarryOver;
  keepFrom: DayNumber;
}

const carried = new WeakMap<
  Database,
  { record: string; carry: CarryOver; imported: ImportedUsage }
>();

/**
 * Leaves `carry` for the recompute after the one that wrote `record` (its computed_from), with
 * the usage the imports until then write.
 */
export function leaveCarryOver(db: Database, record: string, carry: CarryOver): void {
  const imported = new ImportedUsage();
  carried.set(db, { record, carry, imported });
  watchWrittenRows(db, imported);
}

/** The usage imported since the recompute that wrote `record`, if it is that recompute's. */
export function importedSinceRecord(db: Database, record: string | null): ImportedUsage | null {
  const left = carried.get(db);
  return left && left.record === record ? left.imported : null;
}

/**
 * What the last recompute left, if it wrote `record`: the usage imported since, and what it kept
 * if with the same lookback. Taken either way, since the recompute asking is about to change
 * what it describes.
 */
export function takeCarryOver(
  db: Database,
  record: string | null,
  lookback: number,
): { carry: CarryOver | null; imported: ImportedUsage } | null {
  const left = carried.get(db);
  carried.delete(db);
  if (!left) return null;
  stopWatchingWrittenRows(db, left.imported);
  if (left.record !== record) return null;
  return { carry: left.carry.lookback === lookback ? left.carry : null, imported: left.imported };
}

interface Columns {
  metrics: string[];
  ends: number[];
  days: DayNumber[];
  values: number[];
}

/** Where a metric's points after `upTo` start, within its points [start, end) (a few dozen). */
function after(days: readonly DayNumber[], start: number, end: number, upTo: DayNumber): number {
  let i = start;
  while (i < end && (days[i] as number) <= upTo) i++;
  return i;
}

/**
 * Columns built metric by metric: points added, then the metric closed. The point columns are
 * sized up front to at most `capacity` points and cut to what was added: grown point by point,
 * they were the largest part of what an incremental recompute allocated.
 */
class ColumnsBuilder {
  private readonly built: Columns;
  private points = 0;

  constructor(capacity: number) {
    this.built = {
      metrics: [],
      ends: [],
      days: new Array<DayNumber>(capacity),
      values: new Array<number>(capacity),
    };
  }

  point(day: DayNumber, value: number): void {
    this.built.days[this.points] = day;
    this.built.values[this.points++] = value;
  }

  /** Ends `metric`'s points; a metric without any is left out. */
  close(metric: string): void {
    const { metrics, ends } = this.built;
    if (this.points > (ends.at(-1) ?? 0)) {
      metrics.push(metric);
      ends.push(this.points);
    }
  }

  /** The columns, cut to the points added. */
  done(): Columns {
    this.built.days.length = this.points;
    this.built.values.length = this.points;
    return this.built;
  }
}

/**
 * `kept` restricted to its points on or after `from` (a day on or after kept.from), with
 * whether the account has points before it. Metrics without such points are left out.
 */
export function pointsFrom(kept: KeptUsage, from: DayNumber): KeptUsage {
  const { metrics, ends, days, values } = kept.columns;
  const out = new ColumnsBuilder(days.length);
  let earlier = kept.earlier;
  metrics.forEach((metric, m) => {
    const start = m === 0 ? 0 : (ends[m - 1] as number);
    const end = ends[m] as number;
    const first = after(days, start, end, from - 1);
    if (first > start) earlier = true;
    for (let i = first; i < end; i++) out.point(days[i] as number, values[i] as number);
    out.close(metric);
  });
  return { from, earlier, columns: out.done() };
}

/**
 * `kept` from `from` on (a day on or after kept.from) with the points imported since it was kept
 * written over it, metric by metric in the key's order (`rank`, see sortedLikeSqlite): the
 * columns a read of the file from `from` gives, the imports being all that changed since.
 */
export function withImported(
  kept: KeptUsage,
  from: DayNumber,
  imported: ImportedPoints | undefined,
  rank: ReadonlyMap<string, number>,
): KeptUsage {
  if (!imported) return pointsFrom(kept, from);
  const rankOf = (metric: string | undefined) => {
    if (metric === undefined) return Infinity;
    const found = rank.get(metric);
    if (found === undefined) throw new Error(`Usage metric ${metric} is not ranked`);
    return found;
  };
  const { metrics, days, values } = imported;
  const ranks = metrics.map(rankOf);
  // By metric, then day, then as written: of points with the same key the last one is stored.
  const order = Array.from(days.keys()).sort(
    (a, b) =>
      (ranks[a] as number) - (ranks[b] as number) ||
      (days[a] as number) - (days[b] as number) ||
      a - b,
  );
  const { columns } = kept;
  const out = new ColumnsBuilder(columns.days.length + order.length);
  let earlier = kept.earlier || imported.first < from;
  let k = 0;
  let i = 0;
  while (k < columns.metrics.length || i < order.length) {
    const keptRank = rankOf(columns.metrics[k]);
    const importedRank = i < order.length ? (ranks[order[i] as number] as number) : Infinity;
    const metric = (
      keptRank <= importedRank ? columns.metrics[k] : metrics[order[i] as number]
    ) as string;
    // The kept points of the metric from the day on.
    let at = 0;
    let end = 0;
    if (keptRank <= importedRank) {
      const start = k === 0 ? 0 : (columns.ends[k - 1] as number);
      end = columns.ends[k++] as number;
      at = after(columns.days, start, end, from - 1);
      if (at > start) earlier = true;
    }
    // The imported points of the metric, each written over a kept one of its day.
    for (; importedRank <= keptRank && ranks[order[i] as number] === importedRank; i++) {
      const p = order[i] as number;
      const day = days[p] as number;
      const next = order[i + 1];
      // Before the day read from (not after an import, which changedWeeks saw), or overwritten.
      if (day < from || (next !== undefined && ranks[next] === importedRank && days[next] === day))
        continue;
      for (; at < end && (columns.days[at] as number) < day; at++)
        out.point(columns.days[at] as number, columns.values[at] as number);
      if (at < end && columns.days[at] === day) at++;
      out.point(day, values[p] as number);
    }
    for (; at < end; at++) out.point(columns.days[at] as number, columns.values[at] as number);
    out.close(metric);
  }
  return { from, earlier, columns: out.done() };
}

/**
 * The account's stored weeks before `before`, the latest `latest` of them, as storedTrends reads
 * them; null when the kept weeks cannot tell (fewer kept before the day, and earlier ones stored).
 */
export function trendBefore(
  kept: StoredTrend,
  before: IsoDate,
  latest: number,
): StoredTrend | null {
  const weeks = kept.weeks.filter((week) => week.date < before);
  if (weeks.length > latest) return { weeks: weeks.slice(-latest), complete: false };
  if (weeks.length === latest) return { weeks, complete: kept.complete };
  return kept.complete ? { weeks, complete: true } : null;
}

/**
 * Whether the account has stored weeks on or after `from` that `written` (every Monday from its
 * first to its last) does not cover, by its kept weeks; undefined when they cannot tell.
 */
export function storedOutside(
  kept: StoredTrend,
  from: IsoDate,
  written: readonly TriggerSnapshot[],
): boolean | undefined {
  const earliest = kept.weeks[0]?.date;
  if (!kept.complete && (earliest === undefined || earliest >= from)) return undefined;
  const [first, last] = [written[0]?.date, written.at(-1)?.date];
  return kept.weeks.some(
    ({ date }) =>
      date >= from && (first === undefined || last === undefined || date < first || date > last),
  );
}

/** The weeks stored once `written` replaced those from its first on: the latest KEPT_WEEKS. */
export function trendAfter(before: StoredTrend, written: readonly TriggerSnapshot[]): StoredTrend {
  const all = [...before.weeks, ...written.map(({ date, score, band }) => ({ date, score, band }))];
  return {
    weeks: all.slice(-KEPT_WEEKS),
    complete: before.complete && all.length <= KEPT_WEEKS,
  };
}
