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

/** How a workspace is opened with respect to its lock file. */
export type LockMode =
  | 'exclusive'
  /** Another process holds the file: read it, never write it (no lock taken, no saves). */
  | 'readOnly'
  /** Take over the lock whose content the user saw in a WORKSPACE_LOCKED refusal and confirmed. */
  | { takeOver: string };

/** A background save that failed: the reason, and when the next try is. */
export interface SaveFailure {
  reason: string;
  /** Consecutive failed attempts so far. */
  attempt: number;
  retryInMs: number;
}

export interface WorkspaceOptions {
  clock: Clock;
  /** Debounce between a mutation and its save. */
  saveDelayMs?: number;
  /**
   * Longest a change waits for its save, however often edits keep resetting the debounce. It is
   * shortened by how long saves take (see markDirty), so that with the save itself every change
   * is on disk within 2 s of being made.
   */
  maxSaveWaitMs?: number;
  /** Waits before each retry of a failed background save (the last one repeats). */
  retryDelaysMs?: readonly number[];
  /** Minimum time between two rolling backups. */
  backupIntervalMs?: number;
  backupsKept?: number;
  /** Create the file when it does not exist. */
  create?: boolean;
  lock?: LockMode;
  onSaved?: (savedAt: string) => void;
  onSaveFailed?: (failure: SaveFailure) => void;
}

type ResolvedOptions = Required<Omit<WorkspaceOptions, 'onSaved' | 'onSaveFailed' | 'lock'>> &
  Pick<WorkspaceOptions, 'onSaved' | 'onSaveFailed'>;

/** Every change is on disk within this long of being made (issue 14.4). */
const SAVE_DEADLINE_MS = 2000;
/** However slow saves are, changes are batched at least this long (a save per keystroke otherwise). */
const MIN_SAVE_WAIT_MS = 250;

const READ_ONLY_LOCK: WorkspaceLock = { token: '', release() {} };

/**
 * One open workspace: a sql.js database held in memory and persisted to one file. Every write
 * goes through `transaction`, saves are debounced and atomic, and a lock file keeps a second
 * process from writing the same file.
 */
export class Workspace {
  private saveTimer: NodeJS.Timeout | null = null;
  private dirty = false;
  /** When the oldest change not yet on disk was made (Date.now()), for the maximum wait. */
  private dirtySince: number | null = null;
  /** Consecutive failed saves; while above zero the retry timer owns the next save. */
  private failures = 0;
  /** How long the last save took (export, backup, write, fsync), to keep the 2 s promise. */
  private lastSaveMs = 0;
  private txDepth = 0;
  private lastBackupAt = 0;
  /**
   * The connection's change counters when the file last matched memory (null: never saved from
   * this process). A save with the same counters skips sql.js export(), 137 ms at 91 MB.
   */
  private savedVersion: string | null = null;
  private closed = false;
  lastSavedAt: string | null = null;
  lastSaveError: string | null = null;

  private constructor(
    readonly file: string,
    readonly db: Database,
    private readonly lock: WorkspaceLock,
    private readonly opts: ResolvedOptions,
    /** Opened while another process holds the file: nothing is ever written. */
    readonly readOnly: boolean,
  ) {
    this.applyConnectionSettings();
  }

  static async open(file: string, options: WorkspaceOptions): Promise<Workspace> {
    const { lock: lockMode = 'exclusive', ...rest } = options;
    const opts: ResolvedOptions = {
      saveDelayMs: 400,
      maxSaveWaitMs: 1500,
      retryDelaysMs: [1000, 2000, 5000, 10_000, 30_000],
      backupIntervalMs: 10 * 60_000,
      backupsKept: 5,
      create: false,
      ...rest,
    };
    const readOnly = lockMode === 'readOnly';
    const absolute = path.resolve(file);
    const exists = fs.existsSync(absolute);
    if (!exists && !opts.create) {
      throw new AppError('NOT_FOUND', `No workspace at ${absolute}.`);
    }
    if (!exists && readOnly) {
      throw new AppError('NOT_FOUND', `No workspace at ${absolute} to open read-only.`);
    }
    const SQL = await loadSqlJs();
    const lock = readOnly
      ? READ_ONLY_LOCK
      : acquireLock(absolute, typeof lockMode === 'object' ? { takeOver: lockMode.takeOver } : {});
    try {
      const db = exists ? openExisting(SQL, absolute) : new SQL.Database();
      try {
        migrate(db, opts.clock);
      } catch (err) {
        db.close();
        throw err;
      }
      const ws = new Workspace(absolute, db, lock, opts, readOnly);
      // Until a save is timed, guess from the file: saves run at about 100 MB/s (measured 91 MB
      // in 0.78 s), so the first save of a large workspace also lands within 2 s.
      if (exists) ws.lastSaveMs = (fs.statSync(absolute).size / (100 * 1024 * 1024)) * 1000;
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
    this.dirtySince ??= Date.now();
    // Read-only: changes stay in memory. After a failure the retry timer saves everything.
    if (this.readOnly || this.failures > 0) return;
    // A workspace whose save takes 0.8 s (about 90 MB) must start saving by 1.2 s at the latest;
    // the extra half of the save's time covers a save that is a little slower than the last.
    const maxWait = Math.max(
      MIN_SAVE_WAIT_MS,
      Math.min(this.opts.maxSaveWaitMs, SAVE_DEADLINE_MS - 1.5 * this.lastSaveMs),
    );
    const due = Math.min(Date.now() + this.opts.saveDelayMs, this.dirtySince + maxWait);
    this.schedule(due - Date.now());
  }

  /** Tries a failed save again now (the banner's Retry), starting the back-off afresh. */
  retrySave(): void {
    this.failures = 0;
    this.flush();
  }

  /** The bytes of the database as they are in memory now (for Save as). */
  exportBytes(): Uint8Array {
    this.assertOpen();
    const bytes = this.db.export();
    this.applyConnectionSettings();
    return bytes;
  }

  /** Consecutive failed saves (0 when the last save worked). */
  get saveFailures(): number {
    return this.failures;
  }

  private schedule(delayMs: number): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.backgroundSave(), Math.max(0, delayMs));
    this.saveTimer.unref?.();
  }

  private backgroundSave(): void {
    this.saveTimer = null;
    if (this.closed || !this.dirty) return;
    // Only an async caller holding a transaction open could get here mid-way: wait for it.
    if (this.txDepth > 0) {
      this.schedule(50);
      return;
    }
    try {
      this.saveNow();
    } catch {
      // saveNow reported it (onSaveFailed) and scheduled the retry; the work stays in memory.
    }
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Writes the database now, atomically, keeping a rolling backup of the previous file. */
  saveNow(): void {
    this.assertOpen();
    if (this.readOnly) {
      throw new AppError(
        'WORKSPACE_LOCKED',
        'This workspace is open read-only because another QBR Studio holds it; nothing is saved.',
      );
    }
    if (this.txDepth > 0) throw new Error('cannot save inside a transaction');
    const version = this.changeVersion();
    if (!this.dirty && version === this.savedVersion && fs.existsSync(this.file)) return;
    const started = Date.now();
    const bytes = this.db.export();
    // export() resets connection state in sql.js: restore it before anything else runs.
    this.applyConnectionSettings();
    try {
      this.rollBackup();
      writeFileAtomic(this.file, bytes);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      this.failed(reason);
      throw new AppError(
        'SAVE_FAILED',
        `Could not save the workspace (${reason}). Your changes are kept in memory and the previous file is intact; free some space or choose another folder.`,
        { reason },
      );
    }
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.lastSaveMs = Date.now() - started;
    this.savedVersion = version;
    this.dirty = false;
    this.dirtySince = null;
    this.failures = 0;
    this.lastSaveError = null;
    this.lastSavedAt = this.opts.clock.now().toISOString();
    this.opts.onSaved?.(this.lastSavedAt);
  }

  /** Records a failed save, schedules the next try with back-off, and tells the app at once. */
  private failed(reason: string): void {
    this.failures++;
    this.lastSaveError = reason;
    const delays = this.opts.retryDelaysMs;
    const retryInMs = delays[Math.min(this.failures - 1, delays.length - 1)] ?? 30_000;
    if (!this.closed) this.schedule(retryInMs);
    this.opts.onSaveFailed?.({ reason, attempt: this.failures, retryInMs });
  }

  /** Saves pending changes (if any). Called on quit and at the end of every CLI command. */
  flush(): void {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.dirty && !this.readOnly) this.saveNow();
  }

  /**
   * Closes without saving: after Save as wrote these same bytes elsewhere, or when the user chose
   * to quit without the unsaved changes.
   */
  discard(): void {
    if (this.closed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.closed = true;
    this.db.close();
    this.lock.release();
  }

  close(): void {
    if (this.closed) return;
    // A failed save throws and leaves the workspace open: closing would lose the work.
    this.flush();
    this.discard();
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

  /**
   * What the database holds, as far as saving is concerned: rows changed on this connection
   * (total_changes counts every insert, update and delete, transaction or not) and the schema's
   * version (DDL does not count as a change). Equal values mean nothing new to write.
   */
  private changeVersion(): string {
    const row = this.db.exec('SELECT total_changes()')[0]?.values[0]?.[0];
    const schema = this.db.exec('PRAGMA schema_version')[0]?.values[0]?.[0];
    return `${String(row)}:${String(schema)}`;
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
