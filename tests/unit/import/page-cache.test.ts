// An import runs with a bounded page cache (sql.js's memory never shrinks) and gives the
// workspace its own setting back, whatever happens (#19.5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { IMPORT_PAGE_CACHE_KIB, withPageCache } from '../../../src/main/import/write/page-cache';
import type { Harness } from '../../integration/import/harness';
import { harness } from '../../integration/import/harness';

const cacheSize = (db: { exec(sql: string): { values: unknown[][] }[] }) =>
  Number(db.exec('PRAGMA cache_size')[0]!.values[0]![0]);

describe('page cache during an import', () => {
  it('bounds the cache while it runs and restores the setting, also after a throw', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('PRAGMA cache_size = -65536');
    expect(withPageCache(db, 1024, () => cacheSize(db))).toBe(-1024);
    expect(cacheSize(db)).toBe(-65536);
    expect(() =>
      withPageCache(db, 1024, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cacheSize(db)).toBe(-65536);
    // A setting already smaller (here in pages of 4 KiB) is kept.
    db.run('PRAGMA cache_size = 100');
    expect(withPageCache(db, 1024, () => cacheSize(db))).toBe(-400);
    expect(cacheSize(db)).toBe(100);
    db.close();
  });

  describe('in the import service', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await harness();
    });
    afterEach(() => h.cleanup());

    it('previews and writes with the bounded cache, and leaves the workspace its own', async () => {
      const own = cacheSize(h.ws.db);
      expect(own).not.toBe(-IMPORT_PAGE_CACHE_KIB);
      const seen: number[] = [];
      const file = h.file('usage.csv', 'Account ID,Metric,Date,Value\nA1,logins,2024-01-01,5\n');
      const preview = await h.service.open([file]);
      expect(preview.sheets[0]!.changes?.newRows).toBe(1);
      h.service.commit(preview.sessionId, h.service.automaticChoices(preview), {
        onProgress: () => {
          seen.push(cacheSize(h.ws.db));
        },
      });
      // The first report comes from inside the write; the last once it is over.
      expect([seen[0], seen.at(-1)]).toEqual([-IMPORT_PAGE_CACHE_KIB, own]);
      expect(cacheSize(h.ws.db)).toBe(own);
    });
  });
});
