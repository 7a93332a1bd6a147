// Which QBR packs were exported, for the account's timeline and the builder.
import type { Database } from 'sql.js';
import type { QbrExportRecord } from '../../shared/ipc/contract';
import { selectAll } from '../db/repos/rows';
import { changedOutsideBook } from '../benchmarks/book-cache';

export function recordExport(db: Database, entry: Omit<QbrExportRecord, 'id'>): QbrExportRecord {
  db.run(
    'INSERT INTO qbr_exports (account_id, quarter, language, files, exported_at) VALUES (?, ?, ?, ?, ?)',
    [entry.accountId, entry.quarter, entry.language, JSON.stringify(entry.files), entry.exportedAt],
  );
  // The log is no benchmark's input: the next account's QBR may reuse the book already read.
  changedOutsideBook(db, db.getRowsModified());
  const id = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
  return { id, ...entry };
}

/** Newest first. */
export function listExports(db: Database, accountId: string): QbrExportRecord[] {
  return selectAll(
    db,
    'SELECT * FROM qbr_exports WHERE account_id = ? ORDER BY exported_at DESC, id DESC',
    [accountId],
  ).map((row) => ({
    id: Number(row.id),
    accountId: String(row.account_id),
    quarter: String(row.quarter),
    language: String(row.language),
    files: JSON.parse(String(row.files)) as string[],
    exportedAt: String(row.exported_at),
  }));
}
