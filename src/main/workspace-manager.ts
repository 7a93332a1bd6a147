import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceInfo } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/result';
import { countAccounts } from './db/repos/accounts';
import { schemaVersion } from './db/migrate';
import { writeFileAtomic } from './db/atomic-write';
import type { LockedDetails } from './db/lock';
import { acquireLock } from './db/lock';
import { Workspace, isHealthyDatabaseFile, listBackups } from './db/workspace';
import type { LockMode, SaveFailure } from './db/workspace';
import type { Clock } from './platform/clock';

/** The one workspace the app has open; switching closes (and flushes) the previous one. */
export class WorkspaceManager {
  private current: Workspace | null = null;
  private damaged: { path: string; backups: number } | null = null;
  /** The last open refused because another process holds the file; the user may resolve it. */
  private locked: LockedDetails | null = null;

  constructor(
    private readonly opts: {
      /** Remembers the last workspace between runs; none in tests that don't care. */
      stateFile?: string;
      clock: Clock;
      onSaved?: (file: string, savedAt: string) => void;
      onSaveFailed?: (file: string, failure: SaveFailure) => void;
      saveDelayMs?: number;
      maxSaveWaitMs?: number;
    },
  ) {}

  async open(file: string, create = false, lock: LockMode = 'exclusive'): Promise<Workspace> {
    const absolute = path.resolve(file);
    if (this.current?.file === absolute && lock === 'exclusive') return this.current;
    // Switching saves the current workspace first: if that save fails, it stays open.
    this.current?.flush();
    let next: Workspace;
    try {
      next = await Workspace.open(absolute, {
        clock: this.opts.clock,
        create,
        lock,
        ...(this.opts.saveDelayMs === undefined ? {} : { saveDelayMs: this.opts.saveDelayMs }),
        ...(this.opts.maxSaveWaitMs === undefined
          ? {}
          : { maxSaveWaitMs: this.opts.maxSaveWaitMs }),
        onSaved: (at) => this.opts.onSaved?.(absolute, at),
        onSaveFailed: (failure) => this.opts.onSaveFailed?.(absolute, failure),
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'WORKSPACE_CORRUPT') {
        this.damaged = { path: absolute, backups: listBackups(absolute).length };
      }
      if (err instanceof AppError && err.code === 'WORKSPACE_LOCKED' && err.details) {
        this.locked = err.details as LockedDetails;
      }
      throw err;
    }
    this.damaged = null;
    // Read-only keeps who holds the file, so the user can still take it over from the banner.
    if (lock !== 'readOnly') this.locked = null;
    if (this.current && this.current !== next) {
      // Same file reopened (read-only -> taken over): the old copy holds nothing unsaved.
      if (this.current.file === absolute) this.current.discard();
      else this.current.close();
    }
    this.current = next;
    this.remember(absolute);
    return next;
  }

  /** Who holds the file the last open was refused for, or null. */
  get lockedOpen(): LockedDetails | null {
    return this.locked;
  }

  /**
   * Opens the file the last open was refused for because another process holds it: read-only
   * (nothing is saved, changes are refused), or taking the lock over once the user confirmed.
   * A take-over only replaces the very holder the user was shown; if the lock changed meanwhile
   * the open is refused again with the new holder.
   */
  async resolveLocked(mode: 'readOnly' | 'takeOver'): Promise<Workspace> {
    const locked = this.locked;
    if (!locked) throw new AppError('NOT_FOUND', 'No locked workspace is waiting to be opened.');
    return this.open(
      locked.path,
      false,
      mode === 'readOnly' ? 'readOnly' : { takeOver: locked.lockContent },
    );
  }

  /** Tries the current workspace's failed save again now. */
  retrySave(): void {
    this.require().retrySave();
  }

  /**
   * Writes the open workspace to another file and continues there (the banner's Save as... after
   * a failed save). The target's lock is taken first, so a file another process holds is never
   * overwritten.
   */
  async saveAs(target: string): Promise<Workspace> {
    const ws = this.require();
    const absolute = path.resolve(target);
    if (absolute === ws.file) {
      ws.retrySave();
      return ws;
    }
    const lock = acquireLock(absolute);
    try {
      writeFileAtomic(absolute, ws.exportBytes());
    } finally {
      lock.release();
    }
    // The new file holds every change; the old location could not be written.
    ws.discard();
    this.current = null;
    return this.open(absolute);
  }

  /** Reopens the workspace used last time. */
  async openRecent(): Promise<Workspace> {
    const recent = this.recentPath();
    if (!recent) throw new AppError('NOT_FOUND', 'There is no recent workspace.');
    return this.open(recent);
  }

  /**
   * Replaces a damaged workspace with its newest backup that opens cleanly. The damaged file is
   * kept beside it (renamed), never deleted: it may still hold work someone can rescue.
   */
  async restoreNewestBackup(): Promise<Workspace> {
    const damaged = this.damaged;
    if (!damaged) throw new AppError('NOT_FOUND', 'No damaged workspace is waiting for a backup.');
    for (const backup of listBackups(damaged.path)) {
      if (!(await isHealthyDatabaseFile(backup))) continue;
      const stamp = this.opts.clock.now().toISOString().replace(/[:.]/g, '-');
      fs.renameSync(damaged.path, `${damaged.path}.damaged-${stamp}`);
      writeFileAtomic(damaged.path, fs.readFileSync(backup));
      return this.open(damaged.path);
    }
    throw new AppError(
      'WORKSPACE_CORRUPT',
      'None of the backups of this workspace could be opened either.',
    );
  }

  recentPath(): string | null {
    if (!this.opts.stateFile) return null;
    try {
      const state = JSON.parse(fs.readFileSync(this.opts.stateFile, 'utf8')) as {
        recent?: unknown;
      };
      return typeof state.recent === 'string' && fs.existsSync(state.recent) ? state.recent : null;
    } catch {
      return null;
    }
  }

  private remember(file: string): void {
    if (!this.opts.stateFile) return;
    try {
      fs.mkdirSync(path.dirname(this.opts.stateFile), { recursive: true });
      writeFileAtomic(this.opts.stateFile, Buffer.from(JSON.stringify({ recent: file })));
    } catch {
      // Remembering is a convenience; failing to must not stop the workspace from opening.
    }
  }

  require(): Workspace {
    if (!this.current) throw new AppError('NO_WORKSPACE', 'Open or create a workspace first.');
    return this.current;
  }

  get active(): Workspace | null {
    return this.current;
  }

  info(): WorkspaceInfo {
    const ws = this.current;
    if (!ws) {
      return {
        open: false,
        path: null,
        name: null,
        accountCount: 0,
        lastSavedAt: null,
        schemaVersion: 0,
        recentPath: this.recentPath(),
        damaged: this.damaged,
        readOnly: false,
        saveError: null,
        locked: this.locked ? lockedInfo(this.locked) : null,
      };
    }
    return {
      open: true,
      path: ws.file,
      name: path.basename(ws.file).replace(/\.[^.]+$/, ''),
      accountCount: countAccounts(ws.db),
      lastSavedAt: ws.lastSavedAt,
      schemaVersion: schemaVersion(ws.db),
      recentPath: this.recentPath(),
      damaged: null,
      readOnly: ws.readOnly,
      saveError: ws.lastSaveError,
      locked: this.locked ? lockedInfo(this.locked) : null,
    };
  }

  closeAll(): void {
    this.current?.close();
    this.current = null;
  }
}

function lockedInfo(details: LockedDetails): NonNullable<WorkspaceInfo['locked']> {
  return {
    path: details.path,
    pid: details.holder.pid,
    hostname: details.holder.hostname,
    startedAt: details.holder.startedAt,
    sameMachine: details.sameMachine,
  };
}
