// The rows import batches write, handed in memory to whoever keeps data derived from them and
// asked to be told (health's carry-over: after an import of a new week of usage, the recompute
// then need not read the new points back out of the file). One watcher per database at most.
// Every writer of import batches tells it (BulkWriter, BatchWriter), so a batch it heard of in
// full is every row that batch wrote. A batch id is used again after its transaction rolls back,
// so the watcher hears of each batch's creation and starts that id afresh.
import type { Database } from 'sql.js';
import type { SqlValue, TableSpec } from './tables';

export interface WrittenRowsWatcher {
  /** A batch was created under `id`: what was heard under that id before is void. */
  batchCreated(id: number): void;
  /**
   * Rows of `spec`'s table that batch `id` inserted or updated, each as stored: every column, in
   * the spec's order.
   */
  rowsWritten(id: number, spec: TableSpec, rows: readonly (readonly SqlValue[])[]): void;
}

const watchers = new WeakMap<Database, WrittenRowsWatcher>();

/** Tells `watcher` of the batches written from now on, instead of the watcher before it. */
export function watchWrittenRows(db: Database, watcher: WrittenRowsWatcher): void {
  watchers.set(db, watcher);
}

export function stopWatchingWrittenRows(db: Database, watcher: WrittenRowsWatcher): void {
  if (watchers.get(db) === watcher) watchers.delete(db);
}

export function writtenRowsWatcher(db: Database): WrittenRowsWatcher | undefined {
  return watchers.get(db);
}
