import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic } from 'sql.js';

let sqlPromise: Promise<SqlJsStatic> | null = null;

/** Loads the sql.js WebAssembly module once per process, from the installed package. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlPromise) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('sql.js/dist/sql-wasm.wasm');
    sqlPromise = initSqlJs({ locateFile: () => wasmPath }).then((SQL) => {
      const patched = SQL.Database.prototype as Partial<FileBytes>;
      if (
        typeof patched.fileBytes !== 'function' ||
        typeof patched.reserveFileBytes !== 'function'
      ) {
        throw new Error(
          'sql.js is not patched (fileBytes or reserveFileBytes missing): run `npm ci` to apply patches/',
        );
      }
      return SQL;
    });
  }
  return sqlPromise;
}

interface FileBytes {
  fileBytes(): Uint8Array;
  reserveFileBytes(bytes: number): void;
}

/**
 * The database file as SQLite last wrote it, without copying it: a view of sql.js's in-memory
 * file (the method is added by patches/sql.js+1.16.0.patch). Outside a transaction it holds
 * exactly the committed database, which is what a save writes; export() builds the same file
 * again page by page through SQLite's backup API (137 ms at 91 MB). The view is valid only until
 * the next statement runs: copy it to keep it.
 */
export function fileBytes(db: Database): Uint8Array {
  return (db as Database & FileBytes).fileBytes();
}

/**
 * Makes room for sql.js's in-memory file to grow to `bytes` without copying itself (the method is
 * added by patches/sql.js+1.16.0.patch). The file grows by copying into a larger buffer, and the
 * old one lingers until the collector frees it: writing 19 MB left a 17 MB copy behind at the peak.
 * The room is memory the system maps only as the file fills it; the file's bytes stay as they are.
 */
export function reserveFileBytes(db: Database, bytes: number): void {
  (db as Database & FileBytes).reserveFileBytes(bytes);
}
