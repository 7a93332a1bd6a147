import type { Database } from 'sql.js';
import { selectValue } from '../../db/repos/rows';

/**
 * The page cache an import runs with, in KiB. sql.js's page cache lives in its WebAssembly memory,
 * which never shrinks: a 200k-row import held ~19 MB of dirty pages in the workspace's 64 MB
 * cache until its commit, and that growth stayed for the life of the process. With a small
 * cache, pages spill to the in-memory file (which holds them anyway) as the import goes, and the
 * cache fits in the memory sql.js starts with. 2 MB rather than 8: a 50k-row import (a 4.9 MB
 * file) did not fill 8 MB and a 200k-row one did, the last of the import's memory that grew with
 * its rows (#19.5); the commit's CPU did not grow (200k rows, 3 alternating processes of 4
 * rounds: 628-643 ms min against 624-642 with 8 MB; importing the same rows again, 838-840 ms
 * against 1044-1104).
 */
export const IMPORT_PAGE_CACHE_KIB = 2 * 1024;

/**
 * Runs `fn` with the connection's page cache at most `kib` KiB, then gives the connection back
 * its own setting. Shrinking the cache frees pages beyond it for sql.js to reuse. `fn` must be
 * synchronous: anything else using the connection meanwhile would run with the smaller cache.
 */
export function withPageCache<T>(db: Database, kib: number, fn: () => T): T {
  const before = Number(selectValue(db, 'PRAGMA cache_size'));
  db.run(`PRAGMA cache_size = ${-Math.min(kib, cacheKib(db, before))}`);
  try {
    return fn();
  } finally {
    db.run(`PRAGMA cache_size = ${before}`);
  }
}

/** A cache_size setting in KiB: negative is KiB, positive is pages. */
function cacheKib(db: Database, setting: number): number {
  if (setting < 0) return -setting;
  const pageSize = Number(selectValue(db, 'PRAGMA page_size'));
  return (setting * pageSize) / 1024;
}
