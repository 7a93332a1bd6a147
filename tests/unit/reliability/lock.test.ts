// Issue 14.5: who holds a workspace is written in its lock; a holder that may be alive (a live
// pid, which may be reused, or another machine) is never taken over silently; read-only mode
// saves nothing and refuses changes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, readLockHolder } from '../../../src/main/db/lock';
import type { LockedDetails } from '../../../src/main/db/lock';
import { Workspace } from '../../../src/main/db/workspace';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { fixedClock } from '../../../src/main/platform/clock';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { AppError } from '../../../src/shared/ipc/result';
import { testServices } from '../../helpers/services';

const clock = fixedClock('2026-10-01T09:00:00Z');
let dir: string;
const file = () => path.join(dir, 'book.qbr');
const lockOf = () => `${file()}.lock`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function lockedDetails(fn: () => unknown): LockedDetails {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('WORKSPACE_LOCKED');
    return (err as AppError).details as LockedDetails;
  }
  throw new Error('expected WORKSPACE_LOCKED');
}

describe('acquireLock', () => {
  it('writes pid, host name, start time and a random token, and releases only its own lock', () => {
    const lock = acquireLock(file(), { now: () => new Date('2026-10-01T09:00:00Z') });
    const holder = JSON.parse(fs.readFileSync(lockOf(), 'utf8')) as Record<string, unknown>;
    expect(holder).toEqual({
      pid: process.pid,
      hostname: os.hostname(),
      startedAt: '2026-10-01T09:00:00.000Z',
      token: lock.token,
    });
    expect(lock.token).toMatch(/^[0-9a-f]{32}$/);
    expect(acquireLock(path.join(dir, 'other.qbr')).token).not.toBe(lock.token);
    // Someone took it over meanwhile: our release leaves their lock alone.
    const theirs = JSON.stringify({ ...holder, token: 'theirs' });
    fs.writeFileSync(lockOf(), theirs);
    lock.release();
    expect(fs.readFileSync(lockOf(), 'utf8')).toBe(theirs);
  });

  it('refuses a second lock in the same process (a live pid), naming the holder', () => {
    const lock = acquireLock(file());
    const details = lockedDetails(() => acquireLock(file()));
    expect(details.holder).toMatchObject({ pid: process.pid, token: lock.token });
    expect(details.sameMachine).toBe(true);
    lock.release();
    expect(fs.existsSync(lockOf())).toBe(false);
    acquireLock(file()).release();
  });

  it("never takes another machine's lock silently, and takes it over only when confirmed", () => {
    const theirs = JSON.stringify({
      pid: 4242,
      hostname: 'csm-laptop-7',
      startedAt: '2026-09-30T08:00:00.000Z',
      token: 'a'.repeat(32),
    });
    fs.writeFileSync(lockOf(), theirs);
    const details = lockedDetails(() => acquireLock(file()));
    expect(details.sameMachine).toBe(false);
    expect(details.holder).toEqual({
      pid: 4242,
      hostname: 'csm-laptop-7',
      startedAt: '2026-09-30T08:00:00.000Z',
      token: 'a'.repeat(32),
    });
    expect(fs.readFileSync(lockOf(), 'utf8')).toBe(theirs);
    // A confirmation given for a different holder (the lock changed since) does not count.
    const other = theirs.replace('4242', '4343');
    lockedDetails(() => acquireLock(file(), { takeOver: other }));
    expect(fs.readFileSync(lockOf(), 'utf8')).toBe(theirs);
    const mine = acquireLock(file(), { takeOver: details.lockContent });
    expect(readLockHolder(file())).toMatchObject({ pid: process.pid, token: mine.token });
    mine.release();
  });

  it('takes over the lock of a crashed process on this machine, old pid-only locks too', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => child.on('exit', r));
    for (const stale of [
      String(child.pid),
      JSON.stringify({ pid: child.pid, hostname: os.hostname(), startedAt: null, token: 'x' }),
    ]) {
      fs.writeFileSync(lockOf(), stale);
      const lock = acquireLock(file());
      expect(readLockHolder(file())?.token).toBe(lock.token);
      lock.release();
    }
  });

  it('a live pid from an old pid-only lock (possibly reused) is not taken silently', () => {
    fs.writeFileSync(lockOf(), String(process.ppid));
    const details = lockedDetails(() => acquireLock(file()));
    expect(details.holder.pid).toBe(process.ppid);
    expect(fs.readFileSync(lockOf(), 'utf8')).toBe(String(process.ppid));
  });

  it('an empty lock left by a crash during creation is taken over once old', () => {
    fs.writeFileSync(lockOf(), '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockOf(), old, old);
    acquireLock(file()).release();
    expect(fs.existsSync(lockOf())).toBe(false);
  });
});

describe('files crashed lockers leave behind', () => {
  it('are removed once old; a fresh one (another process mid-way) is left alone', () => {
    const oldTemp = `${lockOf()}.${'a'.repeat(32)}.tmp`;
    const oldClaim = `${lockOf()}.claim-${'b'.repeat(16)}`;
    const freshTemp = `${lockOf()}.${'c'.repeat(32)}.tmp`;
    const unrelated = `${lockOf()}.notes.tmp`;
    for (const f of [oldTemp, oldClaim, freshTemp, unrelated]) fs.writeFileSync(f, '{}');
    const old = new Date(Date.now() - 120_000);
    for (const f of [oldTemp, oldClaim, unrelated]) fs.utimesSync(f, old, old);
    acquireLock(file()).release();
    expect(fs.readdirSync(dir).sort()).toEqual(
      [freshTemp, unrelated].map((f) => path.basename(f)).sort(),
    );
  });
});

describe('read-only workspaces', () => {
  it('open without a lock, keep changes in memory, never save, and refuse changes over IPC', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    ws.close();
    const bytes = fs.readFileSync(file());
    const holder = acquireLock(file());
    await expect(Workspace.open(file(), { clock })).rejects.toMatchObject({
      code: 'WORKSPACE_LOCKED',
    });
    const ro = await Workspace.open(file(), { clock, lock: 'readOnly', saveDelayMs: 0 });
    expect(ro.readOnly).toBe(true);
    ro.transaction(() => ro.db.run('CREATE TABLE scratch (x)'));
    expect(() => ro.saveNow()).toThrow(/read-only/);
    await new Promise((r) => setTimeout(r, 30));
    ro.close();
    expect(fs.readFileSync(file()).equals(bytes)).toBe(true);
    expect(readLockHolder(file())?.token).toBe(holder.token);
    holder.release();
  });

  it('the app says who holds the file, opens it read-only, and takes it over only after the dialog', async () => {
    let asked: unknown = null;
    let confirm = false;
    const t = testServices({
      ...noDialogs,
      confirmTakeOver: async (locked) => {
        asked = locked;
        return confirm;
      },
    });
    try {
      const target = path.join(t.dir, 'held.qbr');
      (await Workspace.open(target, { clock, create: true })).close();
      const other = JSON.stringify({
        pid: 77,
        hostname: 'other-pc',
        startedAt: '2026-10-01T08:00:00.000Z',
        token: 'b'.repeat(32),
      });
      fs.writeFileSync(`${target}.lock`, other);
      await expect(t.services.workspaces.open(target)).rejects.toMatchObject({
        code: 'WORKSPACE_LOCKED',
      });
      const info = await dispatch('workspace:info', {}, t.services);
      expect(info).toMatchObject({
        ok: true,
        value: { open: false, locked: { path: target, pid: 77, hostname: 'other-pc' } },
      });
      const ro = await dispatch('workspace:resolveLock', { mode: 'readOnly' }, t.services);
      expect(ro).toMatchObject({ ok: true, value: { open: true, readOnly: true } });
      const refused = await dispatch('notes:add', { accountId: 'A1', text: 'hi' }, t.services);
      expect(refused).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/read-only/);
      // Taking over is asked; "no" leaves the other machine's lock in place.
      const declined = await dispatch('workspace:resolveLock', { mode: 'takeOver' }, t.services);
      expect(declined.ok).toBe(true);
      expect(asked).toMatchObject({ hostname: 'other-pc', pid: 77, sameMachine: false });
      expect(fs.readFileSync(`${target}.lock`, 'utf8')).toBe(other);
      confirm = true;
      const taken = await dispatch('workspace:resolveLock', { mode: 'takeOver' }, t.services);
      expect(taken).toMatchObject({ ok: true, value: { open: true, readOnly: false } });
      expect(readLockHolder(target)?.pid).toBe(process.pid);
    } finally {
      t.cleanup();
    }
  });
});
