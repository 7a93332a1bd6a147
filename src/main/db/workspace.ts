import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { AppError } from '../../shared/ipc/result';
import type { Clock } from '../platform/clock';
import { writeFileAtomic } from './atomic-write';
import { acquireLock } from './lock';
import type { WorkspaceLock } from './lock';
import { migrate } from './migrate';
import { loadSqlJs } from './sqljs';

export interface WorkspaceOptions {
  clock: Clock;
  /** Debounce between a mutation and its save. */
  saveDelayMs?: number;
  /** Minimum time between two rolling backups. */
  backupIntervalMs?: number;
  backupsKept?: number;
  /** Create the file when it does not exist. */
  create?: boolean;
  onSaved?: (savedAt: string) => void;
}

/**
 * One open workspace: a sql.js database held in memory and persisted to one file. Every write
 * goes through `transaction`, saves are debounced and atomic, and a lock file keeps a second
 * process from writing the same file.
 */
export class Workspace {
  private saveTimer: NodeJS.Timeout | null = null;
  private dirty = false;
  private txDepth = 0;
  private lastBackupAt = 0;
  private closed = false;
  lastSavedAt: string | null = null;
  lastSaveError: string | null = null;

  private constructor(
    readonly file: string,
    readonly db: Database,
    private readonly lock: WorkspaceLock,
    private readonly opts: Required<Omit<WorkspaceOptions, 'onSaved'>> &
      Pick<WorkspaceOptions, 'onSaved'>,
  ) {
    this.applyConnectionSettings();
  }

  static async open(file: string, options: WorkspaceOptions): Promise<Workspace> {
    const opts = {
      saveDelayMs: 400,
      backupIntervalMs: 10 * 60_000,
      backupsKept: 5,
      create: false,
      ...options,
    };
    const absolute = path.resolve(file);
    const exists = fs.existsSync(absolute);
    if (!exists && !opts.create) {
      throw new AppError('NOT_FOUND', `No workspace at ${absolute}.`);
    }
    const SQL = await loadSqlJs();
    const lock = acquireLock(absolute);
    try {
      const db = exists ? openExisting(SQL, absolute) : new SQL.Database();
      try {
        migrate(db, opts.clock);
      } catch (err) {
        db.close();
        throw err;
      }
      const ws = new Workspace(absolute, db, lock, opts);
      if (!exists) ws.saveNow();
      return ws;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /** Runs `fn` in one SQLite transaction; nested calls join the outer one. */
  transaction<T>(fn: () => T): T {
    this.assertOpen();
    if (this.txDepth > 0) return fn();
    this.db.run('BEGIN');
    this.txDepth++;
    try {
      const result = fn();
      this.db.run('COMMIT');
      this.markDirty();
      return result;
    } catch (err) {
      this.db.run('ROLLBACK');
      throw err;
    } finally {
      this.txDepth--;
    }
  }

  markDirty(): void {
    this.dirty = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      try {
        this.saveNow();
      } catch {
        // Recorded in lastSaveError; the in-memory work is kept and the next save retries.
      }
    }, this.opts.saveDelayMs);
    this.saveTimer.unref?.();
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Writes the database now, atomically, keeping a rolling backup of the previous file. */
  saveNow(): void {
    this.assertOpen();
    if (this.txDepth > 0) throw new Error('cannot save inside a transaction');
    const bytes = this.db.export();
    // export() resets connection state in sql.js: restore it before anything else runs.
    this.applyConnectionSettings();
    try {
      this.rollBackup();
      writeFileAtomic(this.file, bytes);
    } catch (err) {
      this.lastSaveError = (err as Error).message;
      throw new AppError(
        'SAVE_FAILED',
        `Could not save the workspace (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Your changes are kept in memory and the previous file is intact; free some space or choose another folder.`,
      );
    }
    this.dirty = false;
    this.lastSaveError = null;
    this.lastSavedAt = this.opts.clock.now().toISOString();
    this.opts.onSaved?.(this.lastSavedAt);
  }

  /** Saves pending changes (if any). Called on quit and at the end of every CLI command. */
  flush(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.dirty) this.saveNow();
  }

  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
      this.db.close();
      this.lock.release();
    }
  }

  backupsFolder(): string {
    return backupsFolderOf(this.file);
  }

  private rollBackup(): void {
    const nowMs = this.opts.clock.now().getTime();
    if (!fs.existsSync(this.file) || nowMs - this.lastBackupAt < this.opts.backupIntervalMs) return;
    const folder = this.backupsFolder();
    fs.mkdirSync(folder, { recursive: true });
    const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
    const target = path.join(folder, `${path.basename(this.file)}.${stamp}.bak`);
    // A hard link costs nothing and keeps the old bytes once the rename replaces the file.
    try {
      fs.linkSync(this.file, target);
    } catch {
      fs.copyFileSync(this.file, target);
    }
    this.lastBackupAt = nowMs;
    for (const old of listBackups(this.file).slice(this.opts.backupsKept))
      fs.rmSync(old, { force: true });
  }

  private applyConnectionSettings(): void {
    this.db.run('PRAGMA foreign_keys = ON');
    // The database already lives in memory, but SQLite's default 2 MB page cache makes a large
    // import spill pages to the in-memory file and read them back; 64 MB keeps a 200k-row
    // import's pages in the cache until commit.
    this.db.run('PRAGMA cache_size = -65536');
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('NO_WORKSPACE', 'The workspace is closed.');
  }
}

function backupsFolderOf(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file)}.backups`);
}

/** Backups of a workspace file, newest first. */
export function listBackups(file: string): string[] {
  const folder = backupsFolderOf(path.resolve(file));
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.bak'))
    .sort()
    .reverse()
    .map((name) => path.join(folder, name));
}

/** Whether a file holds a readable, undamaged SQLite database (used to pick a good backup). */
export async function isHealthyDatabaseFile(file: string): Promise<boolean> {
  try {
    const SQL = await loadSqlJs();
    openExisting(SQL, file).close();
    return true;
  } catch {
    return false;
  }
}

function openExisting(SQL: Awaited<ReturnType<typeof loadSqlJs>>, file: string): Database {
  const bytes = fs.readFileSync(file);
  const corrupt = (why: string) =>
    new AppError(
      'WORKSPACE_CORRUPT',
      `The workspace file is damaged (${why}). It was not changed.`,
      {
        backups: listBackups(file),
      },
    );
  if (bytes.length < 100 || bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3') {
    throw corrupt('not a QBR Studio workspace');
  }
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    const check = db.exec('PRAGMA quick_check');
    const verdict = String(check[0]?.values[0]?.[0] ?? '');
    if (verdict !== 'ok') {
      db.close();
      throw corrupt(verdict || 'integrity check failed');
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw corrupt((err as Error).message);
  }
  return db;
}
