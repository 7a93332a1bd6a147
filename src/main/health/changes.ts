// Which weekly snapshots an import can have changed. Snapshots are kept with what they were
// computed from (the last import batch, undos, model, playbook, day and where each feed ends);
// when only imports of usage came since, an account's snapshots can differ only from the
// earliest usage day an import touched, and every account's from the earlier of the old and new
// day or feed end where those moved. Anything else (an undo, another kind of data, a new model
// or playbook) is answered with null: recompute everything.
import { randomUUID } from 'node:crypto';
import type { Database } from 'sql.js';
import { toDay } from '../../shared/analytics/health';
import type { DayNumber, HealthModel, Playbook, StaleSource } from '../../shared/analytics/health';
import type { IsoDate } from '../../shared/domain/entities';
import { selectAll, selectValue } from '../db/repos/rows';
import { staleFromOf } from './load';
import { readState, writeState } from './state-store';
import { importedSinceRecord } from './carry-over';
import type { ImportedByAccount, ImportedUsage } from './imported-usage';

interface ComputedFrom {
  batch: number;
  undone: number;
  model: number;
  playbook: number;
  today: IsoDate;
  staleFrom: Partial<Record<StaleSource, IsoDate>>;
  /** Every usage metric name in the workspace, so a read can seek each metric's recent points. */
  metrics: string[];
  /** Names the recompute, whose carry-over (see carry-over.ts) belongs to this record alone. */
  run?: string;
}

function batches(db: Database): { batch: number; undone: number } {
  const [row] = selectAll(
    db,
    'SELECT COALESCE(MAX(id), 0) AS batch, COUNT(undone_at) AS undone FROM import_batches',
  );
  return { batch: Number(row?.batch ?? 0), undone: Number(row?.undone ?? 0) };
}

/**
 * Records what the snapshots now stored were computed from (at the end of a recompute), with
 * the metric names a full recompute saw (an incremental one adds the imports' to those known).
 * Returns the record as stored.
 */
export function recordComputedFrom(
  db: Database,
  model: HealthModel,
  playbook: Playbook,
  today: IsoDate,
  metrics: Iterable<string> = knownMetrics(db),
): string {
  const from: ComputedFrom = {
    ...batches(db),
    model: model.version,
    playbook: playbook.version,
    today,
    staleFrom: staleFromOf(db),
    metrics: [...metrics].sort(),
    run: randomUUID(),
  };
  const record = JSON.stringify(from);
  writeState(db, 'computed_from', record);
  return record;
}

/** The metric names of the last computation and of the usage imported since. */
export function knownMetrics(db: Database): string[] {
  const before = readComputedFrom(db);
  const metrics = new Set(before?.from.metrics);
  for (const metric of usageImportedSince(db, before).metrics) metrics.add(metric);
  return [...metrics];
}

/** The record of the last computation, as stored and as read. */
function readComputedFrom(db: Database): { record: string; from: ComputedFrom } | null {
  const record = readState(db, 'computed_from');
  return record === null ? null : { record, from: JSON.parse(record) as ComputedFrom };
}

/**
 * The usage the batches after the one `record` was computed from imported, as the importer
 * handed it over to what that computation left (see imported-usage.ts); null if not all of it.
 */
export function importedSince(
  db: Database,
  record: string | null,
  imported: ImportedUsage | null,
): ImportedByAccount | null {
  if (record === null || imported === null) return null;
  return imported.since(db, (JSON.parse(record) as ComputedFrom).batch);
}

// Batches record the keys of the rows they inserted as one JSON array per chunk, and each updated
// row's key with its before-image; usage keys are [account, metric, date]. The inserted keys are
// taken apart in JavaScript (json_each and json_extract parsed each key again per use: five
// times the cost); the updated ones, a row each, are grouped in SQLite.
const USAGE_INSERTED_SQL = `SELECT row_keys FROM import_batch_inserts
  WHERE batch_id > ?1 AND tbl = 'usage_points'`;

const USAGE_UPDATED_SQL = `SELECT row_key ->> 0 AS account, row_key ->> 1 AS metric,
    MIN(row_key ->> 2) AS date
  FROM import_batch_changes WHERE batch_id > ?1 AND tbl = 'usage_points' GROUP BY 1, 2`;

/**
 * Per account the earliest usage day the batches after the last computation imported, and the
 * metrics: from what the importer handed over when it was all heard of, else from the keys the
 * batches logged for undo.
 */
function usageImportedSince(db: Database, before: { record: string; from: ComputedFrom } | null) {
  const firstDays = new Map<string, DayNumber>();
  const metrics = new Set<string>();
  const heard = before && importedSince(db, before.record, importedSinceRecord(db, before.record));
  if (heard) {
    for (const [id, points] of heard) {
      firstDays.set(id, points.first);
      for (const metric of points.metrics) metrics.add(metric);
    }
    return { firstDays, metrics };
  }
  const firstDates = new Map<string, IsoDate>();
  const add = (account: unknown, metric: unknown, date: unknown) => {
    const [id, day] = [String(account), String(date)];
    const first = firstDates.get(id);
    if (first === undefined || day < first) firstDates.set(id, day);
    metrics.add(String(metric));
  };
  const batch = before?.from.batch ?? 0;
  for (const row of selectAll(db, USAGE_INSERTED_SQL, [batch]))
    for (const key of JSON.parse(String(row.row_keys)) as unknown[][]) add(key[0], key[1], key[2]);
  for (const row of selectAll(db, USAGE_UPDATED_SQL, [batch]))
    add(row.account, row.metric, row.date);
  for (const [id, date] of firstDates) firstDays.set(id, toDay(date));
  return { firstDays, metrics };
}

const OTHER_KINDS_SQL = `
  SELECT EXISTS (SELECT 1 FROM import_batch_changes WHERE batch_id > ?1 AND tbl <> 'usage_points')
      OR EXISTS (SELECT 1 FROM import_batch_inserts WHERE batch_id > ?1 AND tbl <> 'usage_points')`;

const earlier = (a: DayNumber | null, b: DayNumber): DayNumber => (a === null ? b : Math.min(a, b));

/**
 * Per account, the first day whose snapshot may differ from the stored one (accounts left out
 * keep theirs); null when everything must be recomputed.
 */
export function changedWeeks(
  db: Database,
  model: HealthModel,
  playbook: Playbook,
  today: IsoDate,
): Map<string, DayNumber> | null {
  const read = readComputedFrom(db);
  const before = read?.from;
  const now = batches(db);
  if (
    !before?.metrics ||
    before.model !== model.version ||
    before.playbook !== playbook.version ||
    before.undone !== now.undone ||
    before.batch > now.batch ||
    selectValue(db, OTHER_KINDS_SQL, [before.batch]) !== 0
  )
    return null;
  // Where a feed ends decides which weeks are stale; a feed appearing changes what is missing.
  let everyone: DayNumber | null = null;
  const staleFrom = staleFromOf(db);
  for (const source of new Set([
    ...Object.keys(staleFrom),
    ...Object.keys(before.staleFrom),
  ]) as Set<StaleSource>) {
    const [was, is] = [before.staleFrom[source], staleFrom[source]];
    if (was === undefined || is === undefined) return null;
    if (was !== is) everyone = earlier(everyone, Math.min(toDay(was), toDay(is)));
  }
  if (before.today !== today)
    everyone = earlier(everyone, Math.min(toDay(before.today), toDay(today)));
  const changed = new Map<string, DayNumber>();
  if (everyone !== null)
    for (const row of selectAll(db, 'SELECT id FROM accounts'))
      changed.set(String(row.id), everyone);
  if (now.batch > before.batch) {
    for (const [id, day] of usageImportedSince(db, read).firstDays)
      changed.set(id, everyone === null ? day : Math.min(everyone, day));
  }
  return changed;
}
