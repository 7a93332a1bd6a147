import path from 'node:path';
import { HealthRefresher } from './health/refresher';
import { ImportService } from './import/service';
import type { Clock } from './platform/clock';
import type { Dialogs } from './platform/dialogs';
import { ensureSampleWorkspace } from './sample-workspace';
import type { Emit, Services } from './services';
import { WorkspaceManager } from './workspace-manager';

export interface ServiceOptions {
  clock: Clock;
  dialogs: Dialogs;
  emit: Emit;
  /** Where the sample workspace and its source files live (the app's user-data folder). */
  dataDir: string;
  appVersion: string;
  saveDelayMs?: number;
}

export function createServices(opts: ServiceOptions): Services {
  const workspaces = new WorkspaceManager({
    clock: opts.clock,
    stateFile: path.join(opts.dataDir, 'state.json'),
    ...(opts.saveDelayMs === undefined ? {} : { saveDelayMs: opts.saveDelayMs }),
    onSaved: (file, savedAt) => opts.emit('workspace:saved', { path: file, savedAt }),
    onSaveFailed: (file, failure) => opts.emit('workspace:saveFailed', { path: file, ...failure }),
  });
  const services: Services = {
    clock: opts.clock,
    dialogs: opts.dialogs,
    emit: opts.emit,
    workspaces,
    imports: new ImportService({ workspace: () => workspaces.require(), clock: opts.clock }),
    health: new HealthRefresher({ onProgress: (p) => opts.emit('health:progress', p) }),
    appVersion: opts.appVersion,
    openSample: async () => {
      await ensureSampleWorkspace(services, path.join(opts.dataDir, 'Sample workspace.qbr'));
    },
  };
  return services;
}
