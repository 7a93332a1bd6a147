// Issue 19.3: a large workspace's background save holds the main process only to copy its bytes;
// the write and fsyncs run on libuv's threads. It must still write exactly the state it copied,
// never rename older bytes over a newer synchronous save (flush on quit), count as unsaved work
// until its rename, and fail like any other save. offThreadFromBytes: 0 sends every background
// save of these small workspaces down that path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { Workspace } from '../../../src/main/db/workspace';
import type { SaveFailure } from '../../../src/main/db/workspace';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');
let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-save-off-thread-'));
  file = path.join(dir, 'book.qbr');
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(events: { saved: number; failures: SaveFailure[] }): Promise<Workspace> {
  const ws = await Workspace.open(file, {
    clock,
    create: true,
    backupIntervalMs: Infinity,
    saveDelayMs: 0,
    retryDelaysMs: [60_000],
    offThreadFromBytes: 0,
    onSaved: () => events.saved++,
    onSaveFailed: (f) => events.failures.push(f),
  });
  ws.transaction(() => ws.db.run('CREATE TABLE edits (n INTEGER PRIMARY KEY, payload TEXT)'));
  ws.flush();
  return ws;
}

const edit = (ws: Workspace, n: number) =>
  ws.transaction(() => ws.db.run('INSERT INTO edits VALUES (?, ?)', [n, 'x'.repeat(50_000)]));

async function editsOnDisk(): Promise<number[]> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(fs.readFileSync(file));
  try {
    expect(db.exec('PRAGMA quick_check')[0]!.values[0]![0]).toBe('ok');
    return (db.exec('SELECT n FROM edits ORDER BY n')[0]?.values ?? []).map((r) => Number(r[0]));
  } finally {
    db.close();
  }
}

const tempFiles = () => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/**
 * Holds every fs.promises.open (the background write's first step) until released; `released`
 * then waits until the files held back are open, so that their temp file is there to look for
 * (a look before that finds none, and the write then races the test's cleanup of its folder).
 */
function gateAsyncOpens(): { opened: () => boolean; released: () => Promise<unknown> } {
  const realOpen = fs.promises.open.bind(fs.promises);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const opens: Promise<unknown>[] = [];
  vi.spyOn(fs.promises, 'open').mockImplementation((...args) => {
    const opening = gate.then(() => realOpen(...args));
    opens.push(opening.catch(() => undefined));
    return opening;
  });
  return {
    opened: () => opens.length > 0,
    released: () => {
      release();
      return Promise.all(opens);
    },
  };
}

describe('a background save off the main thread', () => {
  it('writes the state it was started for, and the edits made meanwhile in the next one', async () => {
    const events = { saved: 0, failures: [] as SaveFailure[] };
    const ws = await open(events);
    const before = events.saved;
    edit(ws, 1);
    await vi.waitFor(() => expect(events.saved).toBe(before + 1));
    expect(await editsOnDisk()).toEqual([1]);
    edit(ws, 2);
    edit(ws, 3);
    await vi.waitFor(() => expect(ws.isDirty).toBe(false));
    expect(await editsOnDisk()).toEqual([1, 2, 3]);
    expect(tempFiles()).toEqual([]);
    ws.close();
  });

  it('counts as unsaved until its rename; a flush meanwhile writes the newest state and wins', async () => {
    const events = { saved: 0, failures: [] as SaveFailure[] };
    const ws = await open(events);
    const gate = gateAsyncOpens();
    edit(ws, 1);
    await vi.waitFor(() => expect(gate.opened()).toBe(true));
    // The bytes are copied and on their way: not on disk yet, so a quit must still save.
    expect(ws.isDirty).toBe(true);
    edit(ws, 2);
    ws.flush();
    expect(await editsOnDisk()).toEqual([1, 2]);
    const written = fs.statSync(file).ino;
    // The older background write finishes after the flush: it must not replace the file.
    await gate.released();
    await vi.waitFor(() => expect(tempFiles()).toEqual([]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.statSync(file).ino).toBe(written);
    expect(await editsOnDisk()).toEqual([1, 2]);
    expect(ws.isDirty).toBe(false);
    ws.close();
  });

  it('a flush with no edit after the copy still writes it (quitting before the rename)', async () => {
    const events = { saved: 0, failures: [] as SaveFailure[] };
    const ws = await open(events);
    const gate = gateAsyncOpens();
    edit(ws, 1);
    await vi.waitFor(() => expect(gate.opened()).toBe(true));
    ws.flush();
    expect(await editsOnDisk()).toEqual([1]);
    await gate.released();
    await vi.waitFor(() => expect(tempFiles()).toEqual([]));
    ws.close();
  });

  it('a failed write is announced with its reason, keeps the work, and retries', async () => {
    const events = { saved: 0, failures: [] as SaveFailure[] };
    const ws = await open(events);
    // The file's place is taken by a folder: the rename onto it fails.
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'keep'), 'x');
    edit(ws, 1);
    await vi.waitFor(() => expect(events.failures).toHaveLength(1));
    expect(events.failures[0]).toMatchObject({ attempt: 1, retryInMs: 60_000 });
    expect(events.failures[0]!.reason).toMatch(/^E[A-Z]+$/);
    expect(ws.isDirty).toBe(true);
    expect(tempFiles()).toEqual([]);
    fs.rmSync(file, { recursive: true });
    ws.retrySave();
    expect(await editsOnDisk()).toEqual([1]);
    expect(ws.isDirty).toBe(false);
    ws.close();
  });
});
