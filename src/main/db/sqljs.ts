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
      if (typeof (SQL.Database.prototype as Partial<FileBytes>).fileBytes !== 'function') {
        throw new Error(
          'sql.js is not patched (fileBytes missing): run `npm ci` to apply patches/',
        );
      }
      return SQL;
    });
  }
  return sqlPromise;
}

interface FileBytes {
  fileBytes(): Uint8Array;
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
