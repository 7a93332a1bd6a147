// A save with nothing new to write does not even take the database's bytes and leaves the file
// alone; any change since the last save, through a transaction or not, rows or schema, is still
// written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src/main/db/sqljs';
import { Workspace } from '../../../src/main/db/workspace';
import { fixedClock } from '../../../src/main/platform/clock';

let dir: string;
let file: string;
const clock = fixedClock('2026-10-01T09:00:00Z');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-save-unchanged-'));
  file = path.join(dir, 'book.qbr');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The file's identity: a save replaces it by rename, so a new inode means it was written. */
const inode = () => fs.statSync(file).ino;

async function settingsOnDisk(): Promise<string[]> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(fs.readFileSync(file));
  try {
    return (db.exec('SELECT key FROM settings ORDER BY key')[0]?.values ?? []).map((r) =>
      String(r[0]),
    );
  } finally {
    db.close();
  }
}

describe('saving an unchanged workspace', () => {
  it('does not take the bytes or rewrite the file when nothing changed since the last save', async () => {
    const ws = await Workspace.open(file, { clock, create: true, backupIntervalMs: Infinity });
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('a', '1')"));
    ws.saveNow();
    const written = inode();
    let exports = 0;
    const db = ws.db as typeof ws.db & { fileBytes(): Uint8Array };
    const realBytes = db.fileBytes.bind(db);
    db.fileBytes = () => {
      exports++;
      return realBytes();
    };
    ws.saveNow();
    ws.flush();
    expect(exports).toBe(0);
    expect(inode()).toBe(written);
    // A change through a transaction is saved.
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('b', '2')"));
    ws.saveNow();
    expect(exports).toBe(1);
    expect(inode()).not.toBe(written);
    ws.close();
    expect(await settingsOnDisk()).toEqual(['a', 'b']);
  });

  it('still saves a change made outside a transaction, and a schema change', async () => {
    const ws = await Workspace.open(file, { clock, create: true, backupIntervalMs: Infinity });
    ws.saveNow();
    const first = inode();
    // Not through transaction(): the workspace is not marked dirty, but SQLite counted the row.
    ws.db.run("INSERT INTO settings VALUES ('direct', '1')");
    ws.saveNow();
    const second = inode();
    expect(second).not.toBe(first);
    // DDL changes no rows; the schema version tells it apart.
    ws.db.run('CREATE TABLE scratch (x)');
    ws.saveNow();
    expect(inode()).not.toBe(second);
    ws.close();
    expect(await settingsOnDisk()).toContain('direct');
  });

  it('writes again when the file was removed behind its back', async () => {
    const ws = await Workspace.open(file, { clock, create: true, backupIntervalMs: Infinity });
    ws.transaction(() => ws.db.run("INSERT INTO settings VALUES ('kept', '1')"));
    ws.saveNow();
    fs.rmSync(file);
    ws.saveNow();
    ws.close();
    expect(await settingsOnDisk()).toEqual(['kept']);
  });
});
