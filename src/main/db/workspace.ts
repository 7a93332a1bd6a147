import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'sql.js';
import { AppError } from '../../shared/ipc/result';
import type { Clock } from '../platform/clock';
import { writeFileAtomic, writeFileAtomicAsync } from './atomic-write';
import { acquireLock } from './lock';
import type { WorkspaceLock } from './lock';
import { migrate } from './migrate';
import { fileBytes, loadSqlJs } from './sqljs';
import { warmBuffer } from './warm-buffer';

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
  /**
   * Background saves of a database at least this large write from a copy on libuv's threads
   * instead of holding the main process for the write and fsync (about 1.2 ms per MB, plus the
   * disk's fsync latency). Smaller ones write synchronously: the copy would cost more than it
   * saves.
   */
  offThreadFromBytes?: number;
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
   * this process). A save with the same counters writes nothing.
   */
  private savedVersion: string | null = null;
  /** Numbers every save; a background write whose number is no longer the latest is dropped. */
  private saveGeneration = 0;
  /** The number of the background write in progress, if any (one at a time). */
  private writing: number | null = null;
  /**
   * What background saves copy the database into, kept from one to the next: a fresh 91 MB
   * buffer costs 80-180 ms of page faults on first touch, a warm one copies in 10-20 ms. It
   * costs its size in memory while the workspace is open, and only for workspaces large enough
   * to save off the main thread.
   */
  private saveBuffer: Uint8Array | null = null;
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
      offThreadFromBytes: 8 * 1024 * 1024,
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
    if (this.txDepth > 0) throw new Error('cannot export inside a transaction');
    return fileBytes(this.db).slice();
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
    // One background write at a time; its end schedules the changes made meanwhile.
    if (this.writing !== null) return;
    if (this.databaseBytes() >= this.opts.offThreadFromBytes) {
      void this.saveOffThread();
      return;
    }
    try {
      this.saveNow();
    } catch {
      // saveNow reported it (onSaveFailed) and scheduled the retry; the work stays in memory.
    }
  }

  /** Changes not yet safely on disk: unsaved, or a background write of them still under way. */
  get isDirty(): boolean {
    return this.dirty || this.writing === this.saveGeneration;
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
    // A background write still under way may never finish (the app is quitting): write anyway.
    if (!this.isDirty && version === this.savedVersion && fs.existsSync(this.file)) return;
    const started = Date.now();
    // Any background write under way holds older bytes: it must not rename over these.
    this.saveGeneration++;
    try {
      this.rollBackup();
      // Outside a transaction sql.js's in-memory file is the committed database: write it as is.
      writeFileAtomic(this.file, fileBytes(this.db));
    } catch (err) {
      const reason = saveErrorReason(err);
      this.failed(reason);
      throw new AppError(
        'SAVE_FAILED',
        `Could not save the workspace (${reason}). Your changes are kept in memory and the previous file is intact; free some space or choose another folder.`,
        { reason },
      );
    }
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.dirty = false;
    this.dirtySince = null;
    this.saved(version, Date.now() - started);
  }

  /**
   * A background save that holds the main process only to copy the bytes (10-20 ms at 91 MB
   * into a warm buffer) and leaves the write and fsyncs to libuv's threads. A synchronous save
   * meanwhile (flush on quit, close) supersedes it: this one then never renames its file.
   */
  private async saveOffThread(): Promise<void> {
    const generation = ++this.saveGeneration;
    this.writing = generation;
    const started = Date.now();
    const current = () => generation === this.saveGeneration && !this.closed;
    try {
      const needed = this.databaseBytes();
      if (!this.saveBuffer || this.saveBuffer.length < needed) {
        this.saveBuffer = null;
        // Room to grow: a file that outgrew it by the time of the copy goes into a new one.
        this.saveBuffer = await warmBuffer(Math.ceil(needed * 1.125));
      }
      const buffer = this.saveBuffer;
      if (!current()) return;
      if (this.txDepth > 0) {
        this.schedule(50);
        return;
      }
      const version = this.changeVersion();
      if (version === this.savedVersion && fs.existsSync(this.file)) {
        this.dirty = false;
        this.dirtySince = null;
        return;
      }
      const live = fileBytes(this.db);
      const bytes =
        live.length <= buffer.length
          ? buffer.subarray(0, live.length)
          : new Uint8Array(live.length);
      bytes.set(live);
      const dirtySince = this.dirtySince;
      this.dirty = false;
      this.dirtySince = null;
      try {
        const renamed = await writeFileAtomicAsync(this.file, bytes, () => {
          if (!current()) return false;
          this.rollBackup();
          return true;
        });
        if (!renamed) return;
      } catch (err) {
        if (!current()) return;
        this.dirty = true;
        this.dirtySince = Math.min(dirtySince ?? Date.now(), this.dirtySince ?? Infinity);
        this.failed(saveErrorReason(err));
        return;
      }
      this.saved(version, Date.now() - started);
    } finally {
      if (this.writing === generation) this.writing = null;
      // Changes made while this one wrote (their timer found it busy) get their own save.
      if (this.dirty && !this.closed && this.failures === 0 && !this.saveTimer) this.markDirty();
    }
  }

  /** Bookkeeping after the file on disk came to hold `version`. */
  private saved(version: string, tookMs: number): void {
    this.lastSaveMs = tookMs;
    this.savedVersion = version;
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
    if (this.isDirty && !this.readOnly) this.saveNow();
  }

  /**
   * Closes without saving: after Save as wrote these same bytes elsewhere, or when the user chose
   * to quit without the unsaved changes.
   */
  discard(): void {
    if (this.closed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    // A background write under way must not rename its file once the lock is released.
    this.saveGeneration++;
    this.closed = true;
    this.saveBuffer = null;
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

  private databaseBytes(): number {
    const pages = this.db.exec('PRAGMA page_count')[0]?.values[0]?.[0];
    const pageSize = this.db.exec('PRAGMA page_size')[0]?.values[0]?.[0];
    return Number(pages) * Number(pageSize);
  }

  private applyConnectionSettings(): void {
    this.db.run('PRAGMA foreign_keys = ON');
    // The database already lives in memory, but a page read from sql.js's in-memory file still
    // costs a copy and the pager's work, so reads keep up to 64 MB of pages cached. That memory
    // is never given back: imports, which would fill the cache with the pages they write, bound
    // it for their own run (import/write/page-cache.ts).
    this.db.run('PRAGMA cache_size = -65536');
  }

  /** Throws NO_WORKSPACE once closed or discarded (work queued for it has nothing to do). */
  assertOpen(): void {
    if (this.closed) throw new AppError('NO_WORKSPACE', 'The workspace is closed.');
  }
}

function saveErrorReason(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
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
