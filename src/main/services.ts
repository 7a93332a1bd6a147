import type { EventChannel } from '../shared/ipc/channels';
import type { EventPayload } from '../shared/ipc/contract';
import type { Workspace } from './db/workspace';
import type { HealthRefresher } from './health/refresher';
import type { ImportService } from './import/service';
import type { Clock } from './platform/clock';
import type { Dialogs } from './platform/dialogs';
import type { WorkspaceManager } from './workspace-manager';

export type Emit = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;

/** Everything a handler may use. Built once by the app, the CLI or a test, with its own ports. */
export interface Services {
  clock: Clock;
  dialogs: Dialogs;
  emit: Emit;
  workspaces: WorkspaceManager;
  imports: ImportService;
  /** Brings health snapshots up to date a slice at a time; readers await it. */
  health: HealthRefresher;
  appVersion: string;
  /** Opens the built-in sample workspace, building it on first use. */
  openSample(): Promise<void>;
}

export type { Workspace };
