// The usage points import batches wrote since the last recompute, as the importer handed them
// over (see db/written-rows.ts). With the usage that recompute kept (carry-over.ts) they are each
// account's recent usage as the file now holds it, so the next incremental recompute reads none
// of it back out of the file: after an import of a new week that read was a quarter of its time.
import type { Database } from 'sql.js';
import type { DayNumber } from '../../shared/analytics/health';
import { selectAll } from '../db/repos/rows';
import { TABLES } from '../db/tables';
import type { SqlValue, TableSpec } from '../db/tables';
import type { WrittenRowsWatcher } from '../db/written-rows';
import { dayOfIso } from './usage-columns';

/** One account's imported points in the order they were written: a later one of a key wins. */
export interface ImportedPoints {
  metrics: string[];
  days: DayNumber[];
  values: number[];
  /** The earliest day among them. */
  first: DayNumber;
}

/** Each account's imported points (see ImportedUsage.since). */
export type ImportedByAccount = ReadonlyMap<string, ImportedPoints>;

/** Points heard of at most, about 24 bytes each; beyond them the file is read, as before. */
const MAX_HEARD = 1_000_000;

const columnOf = (field: string) => TABLES.usage.columns.findIndex((c) => c.field === field);
const ACCOUNT = columnOf('accountId');
const METRIC = columnOf('metric');
const DATE = columnOf('date');
const VALUE = columnOf('value');

class HeardBatch {
  readonly byAccount = new Map<string, ImportedPoints>();
  points = 0;
  /** False once a row was dropped: too many, or not as a read of the file would take it. */
  whole = true;
}

/** Listens to the batches written after a recompute (see leaveCarryOver) for their usage. */
export class ImportedUsage implements WrittenRowsWatcher {
  private readonly batches = new Map<number, HeardBatch>();
  private points = 0;

  constructor(private readonly budget = MAX_HEARD) {}

  batchCreated(id: number): void {
    this.drop(id);
    this.batches.set(id, new HeardBatch());
  }

  rowsWritten(id: number, spec: TableSpec, rows: readonly (readonly SqlValue[])[]): void {
    if (spec.table !== TABLES.usage.table) return;
    const batch = this.batches.get(id);
    if (!batch?.whole) return;
    if (this.points + rows.length > this.budget) return this.spoil(batch);
    for (const row of rows) {
      const [account, metric, date, value] = [row[ACCOUNT], row[METRIC], row[DATE], row[VALUE]];
      const day = typeof date === 'string' ? dayOfIso(date) : null;
      if (
        typeof account !== 'string' ||
        typeof metric !== 'string' ||
        day === null ||
        typeof value !== 'number' ||
        !Number.isFinite(value)
      )
        return this.spoil(batch);
      let points = batch.byAccount.get(account);
      if (!points)
        batch.byAccount.set(account, (points = { metrics: [], days: [], values: [], first: day }));
      points.metrics.push(metric);
      points.days.push(day);
      // SQLite stores a whole REAL as an integer, so a -0 written reads back as 0.
      points.values.push(value + 0);
      if (day < points.first) points.first = day;
    }
    batch.points += rows.length;
    this.points += rows.length;
  }

  /**
   * Each account's points written by the batches after `batch` (the last one the recompute saw),
   * in the order written; null unless every one of those batches was heard of in full.
   */
  since(db: Database, batch: number): ImportedByAccount | null {
    const heard: HeardBatch[] = [];
    for (const row of selectAll(db, 'SELECT id FROM import_batches WHERE id > ? ORDER BY id', [
      batch,
    ])) {
      const found = this.batches.get(Number(row.id));
      if (!found?.whole) return null;
      heard.push(found);
    }
    if (heard.length === 1) return (heard[0] as HeardBatch).byAccount;
    // Joined into new arrays (concat, not a spread: an account can have more points than a call
    // takes arguments), leaving each batch's own as heard.
    const byAccount = new Map<string, ImportedPoints>();
    for (const { byAccount: points } of heard)
      for (const [id, more] of points) {
        const all = byAccount.get(id);
        byAccount.set(
          id,
          all
            ? {
                metrics: all.metrics.concat(more.metrics),
                days: all.days.concat(more.days),
                values: all.values.concat(more.values),
                first: Math.min(all.first, more.first),
              }
            : more,
        );
      }
    return byAccount;
  }

  private drop(id: number): void {
    this.points -= this.batches.get(id)?.points ?? 0;
    this.batches.delete(id);
  }

  private spoil(batch: HeardBatch): void {
    this.points -= batch.points;
    batch.points = 0;
    batch.byAccount.clear();
    batch.whole = false;
  }
}
