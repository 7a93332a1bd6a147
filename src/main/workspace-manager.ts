import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceInfo } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/result';
import { countAccounts } from './db/repos/accounts';
import { schemaVersion } from './db/migrate';
import { writeFileAtomic } from './db/atomic-write';
import { Workspace, isHealthyDatabaseFile, listBackups } from './db/workspace';
import type { Clock } from './platform/clock';

/** The one workspace the app has open; switching closes (and flushes) the previous one. */
export class WorkspaceManager {
  private current: Workspace | null = null;
  private damaged: { path: string; backups: number } | null = null;

  constructor(
    private readonly opts: {
      /** Remembers the last workspace between runs; none in tests that don't care. */
      stateFile?: string;
      clock: Clock;
      onSaved?: (file: string, savedAt: string) => void;
      saveDelayMs?: number;
    },
  ) {}

  async open(file: string, create = false): Promise<Workspace> {
    const absolute = path.resolve(file);
    if (this.current?.file === absolute) return this.current;
    let next: Workspace;
    try {
      next = await Workspace.open(absolute, {
        clock: this.opts.clock,
        create,
        ...(this.opts.saveDelayMs === undefined ? {} : { saveDelayMs: this.opts.saveDelayMs }),
        onSaved: (at) => this.opts.onSaved?.(absolute, at),
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'WORKSPACE_CORRUPT') {
        this.damaged = { path: absolute, backups: listBackups(absolute).length };
      }
      throw err;
    }
    this.damaged = null;
    this.current?.close();
    this.current = next;
    this.remember(absolute);
    return next;
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
    };
  }

  closeAll(): void {
    this.current?.close();
    this.current = null;
  }
}
