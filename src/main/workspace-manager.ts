import path from 'node:path';
import type { WorkspaceInfo } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/result';
import { countAccounts } from './db/repos/accounts';
import { schemaVersion } from './db/migrate';
import { Workspace } from './db/workspace';
import type { Clock } from './platform/clock';

/** The one workspace the app has open; switching closes (and flushes) the previous one. */
export class WorkspaceManager {
  private current: Workspace | null = null;

  constructor(
    private readonly opts: {
      clock: Clock;
      onSaved?: (file: string, savedAt: string) => void;
      saveDelayMs?: number;
    },
  ) {}

  async open(file: string, create = false): Promise<Workspace> {
    const absolute = path.resolve(file);
    if (this.current?.file === absolute) return this.current;
    const next = await Workspace.open(absolute, {
      clock: this.opts.clock,
      create,
      ...(this.opts.saveDelayMs === undefined ? {} : { saveDelayMs: this.opts.saveDelayMs }),
      onSaved: (at) => this.opts.onSaved?.(absolute, at),
    });
    this.current?.close();
    this.current = next;
    return next;
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
      };
    }
    return {
      open: true,
      path: ws.file,
      name: path.basename(ws.file).replace(/\.[^.]+$/, ''),
      accountCount: countAccounts(ws.db),
      lastSavedAt: ws.lastSavedAt,
      schemaVersion: schemaVersion(ws.db),
    };
  }

  closeAll(): void {
    this.current?.close();
    this.current = null;
  }
}
