// The benchmark book read once per state of the workspace: every QBR with a benchmarks section
// compares its account with the whole book, so a batch that re-read the book per account grew
// with accounts x accounts (at 20,000 accounts each read scans every usage row of the window).
import type { Database } from 'sql.js';
import type { BenchmarkSubject } from '../../shared/analytics/benchmarks';
import { benchmarkBook } from './values';

interface Cached {
  key: string;
  book: readonly BenchmarkSubject[];
}

// Keyed by the database object, so a closed workspace's book goes with it.
const cache = new WeakMap<Database, Cached>();
/** Rows changed in tables no benchmark reads (the export log a batch writes per account). */
const outsideBook = new WeakMap<Database, number>();

/**
 * What the book depends on: the day, and the rows: total_changes counts every insert, update
 * and delete on the connection, so any change to the data reads the book afresh, except the
 * changes declared outside the book (without that, a batch's export log would empty the cache
 * after every account).
 */
function keyOf(db: Database, asOf: string): string {
  const changes = Number(db.exec('SELECT total_changes()')[0]?.values[0]?.[0]);
  return `${asOf}|${changes - (outsideBook.get(db) ?? 0)}`;
}

/** Declares the last `rows` changed rows as outside every table the benchmark book reads. */
export function changedOutsideBook(db: Database, rows: number): void {
  outsideBook.set(db, (outsideBook.get(db) ?? 0) + rows);
}

/** benchmarkBook, answered from the last read while the workspace and the day are unchanged. */
export function cachedBenchmarkBook(db: Database, asOf: string): readonly BenchmarkSubject[] {
  const key = keyOf(db, asOf);
  const hit = cache.get(db);
  if (hit?.key === key) return hit.book;
  const book = benchmarkBook(db, asOf);
  cache.set(db, { key, book });
  return book;
}
