// An import makes room in sql.js's in-memory file before it writes, so the file does not copy
// itself as it grows (each copy left a buffer as large as the file to the collector; #19.5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileBytes, loadSqlJs, reserveFileBytes } from '../../../src/main/db/sqljs';
import type { Harness } from '../../integration/import/harness';
import { harness } from '../../integration/import/harness';

describe('room in the in-memory file', () => {
  it('keeps the file as it is, and grows in place into the room', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (x TEXT)');
    const before = fileBytes(db).slice();
    reserveFileBytes(db, 4 * 1024 * 1024);
    const room = fileBytes(db).buffer;
    expect(room.byteLength).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(fileBytes(db)).toEqual(before);
    // Less than there is already does nothing.
    reserveFileBytes(db, 1024);
    expect(fileBytes(db).buffer).toBe(room);
    db.run(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
      INSERT INTO t SELECT printf('%0500d', i) FROM n`);
    expect(fileBytes(db).length).toBeGreaterThan(1024 * 1024);
    expect(fileBytes(db).buffer).toBe(room);
    expect(db.exec('SELECT COUNT(*) FROM t')[0]!.values[0]![0]).toBe(3000);
    db.close();
  });

  describe('in the import service', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await harness();
    });
    afterEach(() => h.cleanup());

    it('writes a 20,000-row import without the file copying itself', async () => {
      const day = (i: number) => String((Math.floor(i / 5) % 28) + 1).padStart(2, '0');
      const lines = Array.from(
        { length: 20_000 },
        (_, i) => `A${Math.floor(i / 140)},m${i % 5},2024-01-${day(i)},${i}`,
      );
      const file = h.file('usage.csv', `Account ID,Metric,Date,Value\n${lines.join('\n')}\n`);
      const preview = await h.service.open([file]);
      const size = fileBytes(h.ws.db).length;
      const buffers: ArrayBufferLike[] = [];
      const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview), {
        onProgress: () => buffers.push(fileBytes(h.ws.db).buffer),
      });
      expect(summary.sheets[0]!.inserted).toBe(20_000);
      // The file grew, into the room made before the write began.
      expect(fileBytes(h.ws.db).length).toBeGreaterThan(size + 1_000_000);
      expect(new Set(buffers).size).toBe(1);
      // The same rows again change nothing: no room is made for them, so nothing is copied.
      const again = await h.service.open([file]);
      expect(again.sheets[0]!.changes).toMatchObject({ newRows: 0, unchanged: 20_000 });
      const before = fileBytes(h.ws.db).buffer;
      h.service.commit(again.sessionId, h.service.automaticChoices(again));
      expect(fileBytes(h.ws.db).buffer).toBe(before);
    });
  });
});
