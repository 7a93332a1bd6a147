// The recompute reads usage straight into the engine's index and writes snapshots in bulk; an
// incremental recompute after an import scores only the weeks the import can have changed.
// Both must store exactly what scoring each account's loaded data week by week stores: the
// same weeks, the same score to the last bit, the same band and components. Random books
// with fractional values, so any change in the order values are summed in shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import path from 'node:path';
import { Workspace } from '../../../src/main/db/workspace';
import { fixedClock } from '../../../src/main/platform/clock';
import { loadAccountData, loadAccounts } from '../../../src/main/health/load';
import { currentModel } from '../../../src/main/health/model-store';
import {
  ACCOUNTS_PER_RUN,
  churnDates,
  ensureHealthFresh,
  historySpan,
  recomputeHealth,
} from '../../../src/main/health/recompute';
import { encodeComponents } from '../../../src/main/health/snapshot-store';
import { createBatch } from '../../../src/main/db/repos/import-batches';
import { TABLES } from '../../../src/main/db/tables';
import { BulkWriter, CHUNK } from '../../../src/main/import/write/bulk-writer';
import { fromDay, toDay, weeklySnapshots } from '../../../src/shared/analytics/health';
import type { ContractLine, UsagePoint } from '../../../src/shared/domain/entities';
import { account, line } from '../../unit/health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { TEST_NOW, testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { mulberry32 as random } from '../../../src/shared/analytics/experiments';

let t: TestServices;
let ws: Workspace;

beforeEach(async () => {
  t = testServices();
  ws = await openWorkspace(t);
});
afterEach(() => t.cleanup());

const METRICS = ['active_users', 'exports', 'logins', 'reports'];
const FIRST_DAY = toDay('2024-01-01');

interface Book {
  rand: () => number;
  ids: string[];
  /** Per account, the day each metric starts and the cadence of its points. */
  shape: Map<string, { metric: string; start: number; step: number }[]>;
}

function newBook(seed: number, accounts: number): Book {
  const rand = random(seed);
  const ids = Array.from({ length: accounts }, (_, i) => `R${String(i).padStart(3, '0')}`);
  const shape = new Map(
    ids.map((id) => [
      id,
      METRICS.filter(() => rand() < 0.8).map((metric) => ({
        metric,
        // Some metrics start late: with the new weeks, or just before them.
        start: FIRST_DAY + Math.floor(rand() * (rand() < 0.2 ? 300 : 120)),
        step: rand() < 0.2 ? 1 : 7,
      })),
    ]),
  );
  return { rand, ids, shape };
}

/** Usage of every account and metric on days in [from, to), fractional and sometimes zero. */
function usageBetween(book: Book, from: number, to: number): UsagePoint[] {
  const points: UsagePoint[] = [];
  for (const id of book.ids)
    for (const { metric, start, step } of book.shape.get(id) ?? [])
      for (let day = Math.max(start, from); day < to; day++) {
        if ((day - start) % step !== 0) continue;
        const value = book.rand() < 0.1 ? 0 : Math.round(book.rand() * 4000) / 100 + 0.1;
        points.push({ accountId: id, metric, date: fromDay(day), value });
      }
  return points;
}

function accountsAndLines(book: Book) {
  const lines: ContractLine[] = [];
  const accounts = book.ids.map((id, i) => {
    lines.push(line(`L-${id}`, { accountId: id, seats: 5 + (i % 7) }));
    return account({
      id,
      name: id,
      signupDate: i % 3 === 0 ? null : fromDay(FIRST_DAY + (i % 40)),
      seats: i % 4 === 0 ? null : 10,
    });
  });
  return { accounts, contract_lines: lines };
}

type StoredRow = [string, string, number | null, string | null, string];

function storedSnapshots(db: Database): StoredRow[] {
  const rows: StoredRow[] = [];
  const result = db.exec(
    'SELECT account_id, week, score, band, components FROM health_snapshots ORDER BY account_id, week',
  );
  for (const row of result[0]?.values ?? [])
    rows.push([
      String(row[0]),
      String(row[1]),
      row[2] as number | null,
      row[3] as string | null,
      String(row[4]),
    ]);
  return rows;
}

/** What scoring each account's loaded points week by week gives, as it would be stored. */
function expectedSnapshots(db: Database, today: string): StoredRow[] {
  const model = currentModel(db).model;
  const ended = churnDates(db);
  const rows: StoredRow[] = [];
  for (const acc of loadAccounts(db)) {
    const data = loadAccountData(db, acc);
    const span = historySpan(data, ended.get(acc.id), today);
    if (!span) continue;
    for (const s of weeklySnapshots(model, data, span.from, span.to))
      rows.push([acc.id, s.date, s.score, s.band, encodeComponents(s)]);
  }
  return rows;
}

describe('recompute stores what scoring the loaded data gives', () => {
  // 12 accounts fit one run of the recompute; 70 span three (ACCOUNTS_PER_RUN is 32).
  it.each([
    [1, 12],
    [2, 12],
    [3, 70],
  ])('a full recompute of a random book (seed %i, %i accounts)', (seed, accounts) => {
    expect(ACCOUNTS_PER_RUN).toBeLessThan(70);
    const book = newBook(seed, accounts);
    const end = FIRST_DAY + 300;
    writeRows(ws, { ...accountsAndLines(book), usage: usageBetween(book, FIRST_DAY, end) });
    const today = fromDay(end + 2);
    recomputeHealth(ws, today);
    const stored = storedSnapshots(ws.db);
    expect(stored.length).toBeGreaterThan(accounts * 30);
    expect(stored).toEqual(expectedSnapshots(ws.db, today));
  });
});

function taskKeysOf(db: Database): string[] {
  const result = db.exec('SELECT dedupe_key FROM tasks ORDER BY dedupe_key');
  return (result[0]?.values ?? []).map((row) => String(row[0]));
}

/** Some earlier points of a few accounts with new values (updates, not inserts). */
function revisions(book: Book, points: readonly UsagePoint[], count: number): UsagePoint[] {
  return Array.from({ length: count }, () => {
    const point = points[Math.floor(book.rand() * points.length)] as UsagePoint;
    return { ...point, value: Math.round(book.rand() * 4000) / 100 + 0.05 };
  });
}

describe('an incremental recompute after an import equals a full one', () => {
  it.each([
    [4, 10],
    [5, 10],
    [6, 10],
    [7, 45],
  ])('new weeks of usage, some revised points (seed %i, %i accounts)', async (seed, accounts) => {
    const book = newBook(seed, accounts);
    const end = FIRST_DAY + 280;
    const weeks = 1 + (seed % 3);
    const older = usageBetween(book, FIRST_DAY, end);
    const newer = usageBetween(book, end, end + 7 * weeks);
    const revised = revisions(book, older, seed % 2 === 0 ? 3 : 0);
    // A second workspace beside the app's one (which keeps one open at a time).
    const full = await Workspace.open(path.join(t.dir, 'full.qbr'), {
      clock: fixedClock(TEST_NOW),
      create: true,
      backupIntervalMs: Infinity,
    });
    try {
      for (const w of [ws, full]) {
        writeRows(w, { ...accountsAndLines(book), usage: older });
        recomputeHealth(w, fromDay(end + 1));
        writeRows(w, { usage: [...newer, ...revised] });
      }
      const today = fromDay(end + 7 * weeks + 1);
      const incremental = ensureHealthFresh(ws, today);
      const everything = recomputeHealth(full, today);
      // The incremental one scored a few weeks per account (more where a point was revised).
      expect(incremental?.snapshots).toBeLessThan(everything.snapshots / 3);
      expect(storedSnapshots(ws.db)).toEqual(storedSnapshots(full.db));
      expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, today));
      expect(taskKeysOf(ws.db)).toEqual(taskKeysOf(full.db));
    } finally {
      full.close();
    }
  });

  it('a backfill within the covered weeks rescores only the accounts it touched', () => {
    const book = newBook(8, 10);
    const end = FIRST_DAY + 280;
    const older = usageBetween(book, FIRST_DAY, end);
    writeRows(ws, { ...accountsAndLines(book), usage: older });
    const today = fromDay(end + 1);
    recomputeHealth(ws, today);
    const touched = older.filter((p) => p.accountId === 'R003' && p.date >= fromDay(end - 30));
    writeRows(ws, { usage: touched.map((p) => ({ ...p, value: p.value + 1.25 })) });
    const incremental = ensureHealthFresh(ws, today);
    expect(incremental?.accounts).toBe(1);
    expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, today));
  });
});

/** Usage written as the importer writes it: inserted keys logged a chunk at a time. */
function importUsage(w: Workspace, points: readonly UsagePoint[]): void {
  w.transaction(() => {
    const writer = new BulkWriter(w.db, createBatch(w.db, 'test', '2026-01-01T00:00:00.000Z'));
    const upsert = writer.upserter(TABLES.usage);
    for (let at = 0; at < points.length; at += CHUNK)
      upsert(points.slice(at, at + CHUNK) as unknown as Record<string, unknown>[]);
    writer.finish();
  });
}

describe('successive incremental recomputes, each from what the last one kept in memory', () => {
  it.each([
    [11, 24],
    [12, 40],
  ])('equal a full recompute after every import (seed %i, %i accounts)', async (seed, accounts) => {
    const book = newBook(seed, accounts);
    let end = FIRST_DAY + 250;
    const full = await Workspace.open(path.join(t.dir, 'full.qbr'), {
      clock: fixedClock(TEST_NOW),
      create: true,
      backupIntervalMs: Infinity,
    });
    try {
      const older = usageBetween(book, FIRST_DAY, end);
      for (const w of [ws, full]) {
        writeRows(w, { ...accountsAndLines(book), usage: older });
        recomputeHealth(w, fromDay(end + 1));
      }
      let today = fromDay(end + 1);
      for (let step = 0; step < 6; step++) {
        const newer = usageBetween(book, end, end + 7);
        // Revisions within the weeks the last recompute kept, before them (a backfill), and a
        // metric no account had before.
        const revised = [
          ...revisions(book, usageBetween(book, end - 21, end), step % 2 === 0 ? 2 : 0),
          ...revisions(book, older, step === 3 ? 2 : 0),
        ];
        const metric =
          step === 2
            ? [{ accountId: book.ids[1] as string, metric: 'new', date: fromDay(end), value: 3 }]
            : [];
        end += 7;
        // The as-of date moves on a week, but once back two days.
        today = step === 4 ? fromDay(toDay(today) - 2) : fromDay(end + 1);
        const points = [...newer, ...revised, ...metric];
        for (const w of [ws, full])
          if (step % 2 === 0) importUsage(w, points);
          else writeRows(w, { usage: points });
        const incremental = ensureHealthFresh(ws, today);
        const everything = recomputeHealth(full, today);
        expect(incremental?.snapshots).toBeLessThan(everything.snapshots / 3);
        expect(storedSnapshots(ws.db)).toEqual(storedSnapshots(full.db));
        expect(taskKeysOf(ws.db)).toEqual(taskKeysOf(full.db));
      }
      expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, today));
    } finally {
      full.close();
    }
  });

  /** A book recomputed, then one account's recent usage changed behind the importer's back. */
  function changedBehindTheImporter() {
    const book = newBook(13, 8);
    const end = FIRST_DAY + 250;
    writeRows(ws, { ...accountsAndLines(book), usage: usageBetween(book, FIRST_DAY, end) });
    recomputeHealth(ws, fromDay(end + 1));
    const before = fromDay(end - 20);
    ws.db.run(
      "UPDATE usage_points SET value = value + 100 WHERE account_id = 'R001' AND date >= ?",
      [before],
    );
    return { book, end };
  }

  const latestOf = (id: string) =>
    storedSnapshots(ws.db)
      .filter((row) => row[0] === id)
      .at(-1);

  it('reads the weeks before an import from memory, not from the file', () => {
    const { book, end } = changedBehindTheImporter();
    importUsage(ws, usageBetween(book, end, end + 7));
    const today = fromDay(end + 8);
    expect(ensureHealthFresh(ws, today)?.accounts).toBe(book.ids.length);
    const kept = latestOf('R001');
    recomputeHealth(ws, today);
    // Had the incremental one read the file, it would have seen the values changed behind it.
    expect(kept).not.toEqual(latestOf('R001'));
    expect(latestOf('R002')).toBeDefined();
  });

  it('takes the new points from what the importer handed over, not from the file', () => {
    const book = newBook(14, 8);
    const end = FIRST_DAY + 250;
    writeRows(ws, { ...accountsAndLines(book), usage: usageBetween(book, FIRST_DAY, end) });
    recomputeHealth(ws, fromDay(end + 1));
    importUsage(ws, usageBetween(book, end, end + 7));
    ws.db.run(
      "UPDATE usage_points SET value = value + 100 WHERE account_id = 'R001' AND date >= ?",
      [fromDay(end)],
    );
    const today = fromDay(end + 8);
    expect(ensureHealthFresh(ws, today)?.accounts).toBe(book.ids.length);
    const heard = latestOf('R001');
    recomputeHealth(ws, today);
    expect(heard).not.toEqual(latestOf('R001'));
  });

  it('drops the stored weeks after an as-of date moved back past them', () => {
    const book = newBook(16, 10);
    const end = FIRST_DAY + 250;
    writeRows(ws, { ...accountsAndLines(book), usage: usageBetween(book, FIRST_DAY, end) });
    recomputeHealth(ws, fromDay(end + 1));
    importUsage(ws, usageBetween(book, end, end + 14));
    ensureHealthFresh(ws, fromDay(end + 15));
    const weeks = storedSnapshots(ws.db).length;
    // Back past two Mondays: those weeks are no longer scored.
    const today = fromDay(end + 1);
    expect(ensureHealthFresh(ws, today)?.accounts).toBe(book.ids.length);
    expect(storedSnapshots(ws.db).length).toBeLessThan(weeks);
    expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, today));
  });

  it('forgets what a rolled-back import wrote, though its batch id is used again', () => {
    const book = newBook(15, 10);
    const end = FIRST_DAY + 250;
    writeRows(ws, { ...accountsAndLines(book), usage: usageBetween(book, FIRST_DAY, end) });
    recomputeHealth(ws, fromDay(end + 1));
    const week = usageBetween(book, end, end + 7);
    expect(() =>
      ws.transaction(() => {
        importUsage(
          ws,
          week.map((p) => ({ ...p, value: p.value + 50 })),
        );
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    // The same batch id again, by the other writer, with half of the points.
    writeRows(ws, { usage: week.filter((p) => p.accountId < 'R005') });
    const today = fromDay(end + 8);
    ensureHealthFresh(ws, today);
    expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, today));
    importUsage(ws, usageBetween(book, end + 7, end + 14));
    ensureHealthFresh(ws, fromDay(end + 15));
    expect(storedSnapshots(ws.db)).toEqual(expectedSnapshots(ws.db, fromDay(end + 15)));
  });

  it('does not use what a recompute that was rolled back kept', () => {
    const { book, end } = changedBehindTheImporter();
    const today = fromDay(end + 8);
    expect(() =>
      ws.transaction(() => {
        recomputeHealth(ws, fromDay(end + 1));
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    importUsage(ws, usageBetween(book, end, end + 7));
    expect(ensureHealthFresh(ws, today)?.accounts).toBe(book.ids.length);
    // The weeks it rescored read the file (those before it keep what was scored before the change).
    const read = latestOf('R001');
    recomputeHealth(ws, today);
    expect(read).toEqual(latestOf('R001'));
  });
});
