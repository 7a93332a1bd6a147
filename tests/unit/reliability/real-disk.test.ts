// Saving onto a real full disk and a real read-only folder: a 4 MB tmpfs, filled and then
// remounted read-only. Mounting needs root (CI and the dev machines run as root); elsewhere the
// injected-failure test in foundation/workspace.test.ts covers the same promise.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/main/db/workspace';
import { fixedClock } from '../../../src/main/platform/clock';

const clock = fixedClock('2026-10-01T09:00:00Z');
const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-tmpfs-'));

function tryMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

const mounted = tryMount();
const remount = (mode: 'ro' | 'rw') =>
  execFileSync('mount', ['-o', `remount,${mode}`, mountPoint], { stdio: 'ignore' });

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
  fs.rmSync(mountPoint, { recursive: true, force: true });
});

const notes = (ws: Workspace) =>
  ws.db.exec(
    "SELECT COUNT(*), COALESCE(SUM(LENGTH(value)), 0) FROM settings WHERE key LIKE 'note%'",
  )[0]!.values[0]!;

describe.skipIf(!mounted)('saving on a real full or read-only disk', () => {
  const file = path.join(mountPoint, 'book.qbr');
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.open(file, { clock, create: true, backupIntervalMs: Infinity });
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('note0', 'kept')"));
    ws.saveNow();
  });
  afterAll(() => ws.close());

  it('fails a save that does not fit with a clear message, keeps the work in memory and the old file whole', () => {
    const before = fs.readFileSync(file);
    // Other files fill the disk, then 1.5 MB of new work no longer fits.
    const ballast = path.join(mountPoint, 'other-files.bin');
    fs.writeFileSync(ballast, Buffer.alloc(3 * 1024 * 1024));
    ws.transaction(() => {
      for (let i = 1; i <= 3; i++)
        ws.db.run('INSERT INTO settings VALUES (?, ?)', [`note${i}`, 'x'.repeat(512 * 1024)]);
    });
    expect(() => ws.saveNow()).toThrow(/Could not save the workspace \(ENOSPC\).*kept in memory/);
    expect(ws.isDirty).toBe(true);
    expect(notes(ws)).toEqual([4, 3 * 512 * 1024 + 4]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // No half-written temp file is left taking the space.
    expect(fs.readdirSync(mountPoint).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The user frees some space; the next save goes through with all the work.
    fs.rmSync(ballast);
    ws.saveNow();
    expect(ws.isDirty).toBe(false);
    expect(fs.statSync(file).size).toBeGreaterThan(3 * 512 * 1024);
  });

  it('fails a save into a read-only folder the same way, and saves once it is writable again', () => {
    const before = fs.readFileSync(file);
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('note9', 'after')"));
    remount('ro');
    try {
      expect(() => ws.saveNow()).toThrow(/Could not save the workspace \(EROFS\)/);
      expect(ws.isDirty).toBe(true);
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      remount('rw');
    }
    ws.saveNow();
    expect(ws.isDirty).toBe(false);
    const bytes = fs.readFileSync(file);
    expect(bytes.equals(before)).toBe(false);
  });
});
