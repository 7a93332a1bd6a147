// The benchmark book is read once per state of the workspace: a batch of QBRs with benchmarks
// must not re-read the whole book per account (accounts x accounts), yet any change to the data
// must be seen by the next read.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBenchmarkBook } from '../../../src/main/benchmarks/book-cache';
import { benchmarkBook } from '../../../src/main/benchmarks/values';
import type { BenchmarkSubject } from '../../../src/shared/analytics/benchmarks';
import type { Workspace } from '../../../src/main/db/workspace';
import { recordExport } from '../../../src/main/qbr/export-log';
import { testServices, type TestServices } from '../../helpers/services';

const AS_OF = '2026-09-27';
let t: TestServices;
let ws: Workspace;

beforeEach(async () => {
  t = testServices();
  ws = await t.services.workspaces.open(path.join(t.dir, 'book.qbr'), true);
  ws.transaction(() => {
    for (let a = 0; a < 6; a++) {
      ws.db.run(
        "INSERT INTO accounts (id, name, currency, segment, seats, churned) VALUES (?, ?, 'USD', 'SMB', 10, 0)",
        [`A${a}`, `Account ${a}`],
      );
      ws.db.run(
        "INSERT INTO usage_points (account_id, metric, date, value) VALUES (?, 'logins', '2026-09-21', ?)",
        [`A${a}`, 10 * (a + 1)],
      );
    }
  });
});
afterEach(() => t.cleanup());

const usagePerSeat = (book: readonly BenchmarkSubject[], id: string) =>
  book.find((s) => s.id === id)?.values.usage_per_seat;

describe('cachedBenchmarkBook', () => {
  it('answers an unchanged workspace from the book already read, equal to a fresh read', () => {
    const first = cachedBenchmarkBook(ws.db, AS_OF);
    expect(first).toEqual(benchmarkBook(ws.db, AS_OF));
    expect(cachedBenchmarkBook(ws.db, AS_OF)).toBe(first);
  });

  it('reads afresh after any change to the data, and for another day', () => {
    const first = cachedBenchmarkBook(ws.db, AS_OF);
    ws.transaction(() => ws.db.run("UPDATE usage_points SET value = 700 WHERE account_id = 'A0'"));
    const changed = cachedBenchmarkBook(ws.db, AS_OF);
    expect(changed).not.toBe(first);
    expect(usagePerSeat(changed, 'A0')).toBeCloseTo((700 * 7) / 28 / 10, 10);
    expect(usagePerSeat(changed, 'A0')).not.toBe(usagePerSeat(first, 'A0'));
    const later = cachedBenchmarkBook(ws.db, '2026-12-31');
    expect(later).not.toBe(changed);
    expect(usagePerSeat(later, 'A0')).toBeNull();
  });

  it('keeps the book across the export log a batch writes after each account', () => {
    const first = cachedBenchmarkBook(ws.db, AS_OF);
    for (const accountId of ['A0', 'A1']) {
      ws.transaction(() =>
        recordExport(ws.db, {
          accountId,
          quarter: '2026-Q3',
          language: 'en',
          files: [],
          exportedAt: '2026-10-01T09:00:00.000Z',
        }),
      );
      expect(cachedBenchmarkBook(ws.db, AS_OF)).toBe(first);
    }
    ws.transaction(() => ws.db.run("DELETE FROM usage_points WHERE account_id = 'A1'"));
    expect(usagePerSeat(cachedBenchmarkBook(ws.db, AS_OF), 'A1')).toBeNull();
  });
});
