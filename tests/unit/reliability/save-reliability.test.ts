// Issue 14.4: work is never silently lost. Every change reaches the disk within 2 s however
// often edits come; a save that fails is announced at once with its reason and retried with
// back-off until it works; Retry and Save as recover it; closing never drops unsaved work.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { Workspace } from '../../../src/main/db/workspace';
import type { SaveFailure } from '../../../src/main/db/workspace';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { fixedClock } from '../../../src/main/platform/clock';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { testServices } from '../../helpers/services';

const clock = fixedClock('2026-10-01T09:00:00Z');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-save-'));
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The highest edit number in the file on disk (what a crash right now would keep). */
async function newestOnDisk(file: string): Promise<number> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(fs.readFileSync(file));
  try {
    return Number(db.exec('SELECT COALESCE(MAX(n), 0) FROM edits')[0]!.values[0]![0]);
  } finally {
    db.close();
  }
}

describe('the save debounce has a maximum wait', () => {
  it.each([0, 800])(
    'edits every 300 ms for 10 s (and a background job every 50 ms), saves taking %i ms: the file is never more than 2 s behind',
    async (saveMs) => {
      const file = path.join(dir, 'book.qbr');
      // Each save, the moment its write finished and the newest edit it holds.
      const saves: { at: number; newest: number }[] = [];
      const edits = { newest: 0 };
      const ws = await Workspace.open(file, {
        clock,
        create: true,
        backupIntervalMs: Infinity,
        onSaved: () => saves.push({ at: Date.now(), newest: edits.newest }),
      });
      ws.transaction(() => ws.db.run('CREATE TABLE edits (n INTEGER PRIMARY KEY, at INTEGER)'));
      ws.transaction(() => ws.db.run('CREATE TABLE job (slice INTEGER)'));
      vi.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      // A large workspace: each save takes `saveMs` of the clock (taking its bytes stands for the
      // whole save), as its first save since opening already showed.
      const db = ws.db as typeof ws.db & { fileBytes(): Uint8Array };
      const bytesNow = db.fileBytes.bind(db);
      db.fileBytes = () => {
        vi.setSystemTime(Date.now() + saveMs);
        return bytesNow();
      };
      ws.saveNow();
      const start = Date.now();
      const madeAt: number[] = [0];
      let n = 0;
      let worstLagMs = 0;
      // Like the background health recompute: a small transaction every 50 ms the whole time.
      let slice = 0;
      const job = setInterval(
        () => ws.transaction(() => ws.db.run('INSERT INTO job VALUES (?)', [slice++])),
        50,
      );
      for (let elapsed = 0; elapsed <= 10_000; elapsed += 100) {
        if (elapsed % 300 === 0) {
          n++;
          madeAt[n] = Date.now();
          ws.transaction(() => ws.db.run('INSERT INTO edits VALUES (?, ?)', [n, Date.now()]));
          edits.newest = n;
        }
        await vi.advanceTimersByTimeAsync(100);
        const onDisk = await newestOnDisk(file);
        // The oldest edit not yet on disk, if any, has been waiting this long.
        const lag = onDisk < n ? Date.now() - madeAt[onDisk + 1]! : 0;
        worstLagMs = Math.max(worstLagMs, lag);
      }
      clearInterval(job);
      await vi.advanceTimersByTimeAsync(2000);
      expect(Date.now() - start).toBeGreaterThanOrEqual(10_000);
      expect(n).toBe(34);
      expect(worstLagMs).toBeGreaterThan(0);
      expect(worstLagMs).toBeLessThanOrEqual(2000);
      // And from each save's own end: every edit landed within 2 s of being made.
      let covered = 0;
      for (const save of saves) {
        for (let i = covered + 1; i <= save.newest; i++) {
          expect(save.at - madeAt[i]!, `edit ${i}`).toBeLessThanOrEqual(2000);
        }
        covered = Math.max(covered, save.newest);
      }
      expect(covered).toBe(34);
      vi.useRealTimers();
      ws.close();
      expect(await newestOnDisk(file)).toBe(34);
    },
  );
});

describe('a failed background save', () => {
  it('is announced at once with its reason, retried with back-off, and saved when the disk is back', async () => {
    const file = path.join(dir, 'book.qbr');
    const failures: SaveFailure[] = [];
    let saved = 0;
    const ws = await Workspace.open(file, {
      clock,
      create: true,
      backupIntervalMs: Infinity,
      saveDelayMs: 100,
      retryDelaysMs: [1000, 2000, 4000],
      onSaveFailed: (f) => failures.push(f),
      onSaved: () => saved++,
    });
    const savedBefore = saved;
    // The file's place is taken by a folder: every save's rename onto it fails.
    fs.renameSync(file, `${file}.moved`);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'keep'), 'x');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    ws.transaction(() => ws.db.run('CREATE TABLE work (x)'));
    await vi.advanceTimersByTimeAsync(100);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ attempt: 1, retryInMs: 1000 });
    expect(failures[0]!.reason).toMatch(/^E[A-Z]+$/);
    expect(ws.lastSaveError).toBe(failures[0]!.reason);
    // Edits meanwhile do not hammer the disk: the retry timer owns the next save.
    ws.transaction(() => ws.db.run('INSERT INTO work VALUES (1)'));
    await vi.advanceTimersByTimeAsync(999);
    expect(failures).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(failures.map((f) => f.retryInMs)).toEqual([1000, 2000]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(failures.map((f) => f.retryInMs)).toEqual([1000, 2000, 4000]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(failures.map((f) => f.retryInMs)).toEqual([1000, 2000, 4000, 4000]);
    expect(saved).toBe(savedBefore);
    // Closing now would lose the work: it refuses and the workspace stays open.
    expect(() => ws.close()).toThrow(/Could not save/);
    expect(ws.isDirty).toBe(true);
    // The disk is back: the next retry saves everything.
    fs.rmSync(file, { recursive: true });
    await vi.advanceTimersByTimeAsync(4000);
    expect(saved).toBe(savedBefore + 1);
    expect(ws.lastSaveError).toBeNull();
    expect(ws.isDirty).toBe(false);
    vi.useRealTimers();
    ws.close();
    const SQL = await loadSqlJs();
    const db = new SQL.Database(fs.readFileSync(file));
    expect(db.exec('SELECT x FROM work')[0]!.values).toEqual([[1]]);
    db.close();
  });

  it('reaches the renderer as workspace:saveFailed; Retry and Save as recover the work', async () => {
    const rescue = path.join(dir, 'rescued.qbr');
    const t = testServices({ ...noDialogs, saveWorkspace: async () => rescue });
    try {
      const file = path.join(t.dir, 'book.qbr');
      const ws = await t.services.workspaces.open(file, true);
      fs.rmSync(file);
      fs.mkdirSync(file);
      fs.writeFileSync(path.join(file, 'keep'), 'x');
      const note = await dispatch('settings:set', { companyName: 'Kept Co' }, t.services);
      expect(note.ok).toBe(true);
      await vi.waitFor(() =>
        expect(t.events.some((e) => e.event === 'workspace:saveFailed')).toBe(true),
      );
      const event = t.events.find((e) => e.event === 'workspace:saveFailed')!;
      expect(event.payload).toMatchObject({ path: file, attempt: 1, retryInMs: 1000 });
      const info = await dispatch('workspace:info', {}, t.services);
      expect(info).toMatchObject({ ok: true, value: { saveError: expect.stringMatching(/^E/) } });
      const retry = await dispatch('workspace:retrySave', {}, t.services);
      expect(retry).toMatchObject({ ok: false, error: { code: 'SAVE_FAILED' } });
      const saved = await dispatch('workspace:saveAsDialog', {}, t.services);
      expect(saved).toMatchObject({ ok: true, value: { path: rescue, saveError: null } });
      expect(ws.isDirty).toBe(true); // the old copy was set aside, not saved
      const reopened = t.services.workspaces.require();
      expect(reopened.file).toBe(rescue);
      const settings = await dispatch('settings:get', {}, t.services);
      expect(settings).toMatchObject({ ok: true, value: { companyName: 'Kept Co' } });
    } finally {
      t.cleanup();
    }
  });
});
