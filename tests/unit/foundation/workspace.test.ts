import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import { Workspace, listBackups } from '../../../src/main/db/workspace';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { fixedClock } from '../../../src/main/platform/clock';
import type { Clock } from '../../../src/main/platform/clock';

let dir: string;
const clock = fixedClock('2026-10-01T09:00:00Z');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-ws-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, 'book.qbr');

describe('Workspace', () => {
  it('creates a database with every migration recorded, and reopens it', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    const versions = ws.db
      .exec('SELECT version FROM schema_migrations ORDER BY version')[0]!
      .values.flat();
    expect(versions.at(-1)).toBe(LATEST_SCHEMA_VERSION);
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('k', '1')"));
    ws.close();
    const again = await Workspace.open(file(), { clock });
    expect(again.db.exec("SELECT value FROM settings WHERE key = 'k'")[0]!.values[0]![0]).toBe('1');
    again.close();
  });

  it('rolls back a failed transaction and keeps the earlier state', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    expect(() =>
      ws.transaction(() => {
        ws.db.run("INSERT INTO settings VALUES ('a', '1')");
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(ws.db.exec("SELECT COUNT(*) FROM settings WHERE key = 'a'")[0]!.values[0]![0]).toBe(0);
    ws.close();
  });

  it('refuses a database from a newer app and leaves the file untouched', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    ws.transaction(() =>
      ws.db.run("INSERT INTO schema_migrations VALUES (?, 'future', '2030-01-01')", [
        LATEST_SCHEMA_VERSION + 1,
      ]),
    );
    ws.close();
    const bytes = fs.readFileSync(file());
    await expect(Workspace.open(file(), { clock })).rejects.toMatchObject({
      code: 'WORKSPACE_TOO_NEW',
    });
    expect(fs.readFileSync(file()).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file()}.lock`)).toBe(false);
  });

  it('detects a damaged file and points at the backups', async () => {
    fs.writeFileSync(file(), 'SQLite format 3\0' + 'garbage'.repeat(100));
    await expect(Workspace.open(file(), { clock })).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
    });
    fs.writeFileSync(file(), 'hello');
    await expect(Workspace.open(file(), { clock })).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
    });
  });

  it('debounces saves and flushes pending work on close', async () => {
    const ws = await Workspace.open(file(), { clock, create: true, saveDelayMs: 60_000 });
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('pending', '1')"));
    expect(ws.isDirty).toBe(true);
    ws.close();
    const SQL = await loadSqlJs();
    const db = new SQL.Database(fs.readFileSync(file()));
    expect(db.exec("SELECT value FROM settings WHERE key = 'pending'")[0]!.values[0]![0]).toBe('1');
    db.close();
  });

  it('keeps a bounded number of rolling backups', async () => {
    let now = Date.parse('2026-10-01T09:00:00Z');
    const ticking: Clock = { now: () => new Date((now += 60_000)) };
    const ws = await Workspace.open(file(), {
      clock: ticking,
      create: true,
      backupIntervalMs: 0,
      backupsKept: 3,
    });
    for (let i = 0; i < 6; i++) {
      ws.transaction(() => ws.db.run('INSERT INTO settings VALUES (?, ?)', [`k${i}`, String(i)]));
      ws.saveNow();
    }
    ws.close();
    const backups = listBackups(file());
    expect(backups).toHaveLength(3);
    // The newest backup is the state before the last save: it holds k4 but not k5.
    const SQL = await loadSqlJs();
    const db = new SQL.Database(fs.readFileSync(backups[0]!));
    expect(
      db.exec("SELECT COUNT(*) FROM settings WHERE key IN ('k4', 'k5')")[0]!.values[0]![0],
    ).toBe(1);
    db.close();
  });

  it('keeps the in-memory work and the old file when saving fails', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    const before = fs.readFileSync(file());
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('x', '1')"));
    fs.chmodSync(dir, 0o500);
    try {
      if (process.getuid?.() === 0) {
        // root ignores folder permissions: make the temp-file path unusable instead.
        fs.chmodSync(dir, 0o700);
        fs.mkdirSync(path.join(dir, `.book.qbr.${process.pid}.${Date.now()}.tmp`), {
          recursive: true,
        });
        const realNow = Date.now;
        Date.now = () => 42;
        fs.mkdirSync(path.join(dir, `.book.qbr.${process.pid}.42.tmp`));
        try {
          expect(() => ws.saveNow()).toThrow(/Could not save/);
        } finally {
          Date.now = realNow;
        }
      } else {
        expect(() => ws.saveNow()).toThrow(/Could not save/);
      }
    } finally {
      fs.chmodSync(dir, 0o700);
    }
    expect(ws.isDirty).toBe(true);
    expect(fs.readFileSync(file()).equals(before)).toBe(true);
    expect(ws.db.exec("SELECT value FROM settings WHERE key = 'x'")[0]!.values[0]![0]).toBe('1');
    ws.close();
  });
});

describe('the workspace lock', () => {
  it('refuses a second opener while the first is alive, and takes over a dead one', async () => {
    const ws = await Workspace.open(file(), { clock, create: true });
    ws.close();
    const child = spawn(process.execPath, [
      '-e',
      `require('fs').writeFileSync(${JSON.stringify(`${file()}.lock`)}, String(process.pid)); console.log('locked'); setInterval(() => {}, 1000)`,
    ]);
    await new Promise((r) => child.stdout.once('data', r));
    await expect(Workspace.open(file(), { clock })).rejects.toMatchObject({
      code: 'WORKSPACE_LOCKED',
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const reopened = await Workspace.open(file(), { clock });
    reopened.close();
    expect(fs.existsSync(`${file()}.lock`)).toBe(false);
  });
});
