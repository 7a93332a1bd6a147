import { AppError } from '../../../shared/ipc/result';
import { getSettings, setSettings } from '../../db/repos/settings';
import type { HandlerMap } from './types';

type WorkspaceChannel =
  | 'app:info'
  | 'workspace:info'
  | 'workspace:openSample'
  | 'workspace:openDialog'
  | 'workspace:createDialog'
  | 'workspace:openRecent'
  | 'workspace:restoreBackup'
  | 'workspace:retrySave'
  | 'workspace:saveAsDialog'
  | 'workspace:resolveLock'
  | 'settings:get'
  | 'settings:set';

export const workspaceHandlers: HandlerMap<WorkspaceChannel> = {
  'app:info': (_input, s) => ({ version: s.appVersion, platform: process.platform }),
  'workspace:info': (_input, s) => s.workspaces.info(),
  'workspace:openSample': async (_input, s) => {
    await s.openSample();
    return s.workspaces.info();
  },
  'workspace:openDialog': async (_input, s) => {
    const file = await s.dialogs.openWorkspace();
    if (!file) return null;
    await s.workspaces.open(file);
    return s.workspaces.info();
  },
  'workspace:createDialog': async (_input, s) => {
    const file = await s.dialogs.saveWorkspace();
    if (!file) return null;
    await s.workspaces.open(file, true);
    return s.workspaces.info();
  },
  'workspace:openRecent': async (_input, s) => {
    await s.workspaces.openRecent();
    return s.workspaces.info();
  },
  'workspace:restoreBackup': async (_input, s) => {
    await s.workspaces.restoreNewestBackup();
    return s.workspaces.info();
  },
  'workspace:retrySave': (_input, s) => {
    s.workspaces.retrySave();
    return s.workspaces.info();
  },
  'workspace:saveAsDialog': async (_input, s) => {
    s.workspaces.require();
    const file = await s.dialogs.saveWorkspace();
    if (!file) return null;
    await s.workspaces.saveAs(file);
    return s.workspaces.info();
  },
  'workspace:resolveLock': async ({ mode, locale }, s) => {
    const locked = s.workspaces.info().locked;
    if (!locked) throw new AppError('NOT_FOUND', 'No locked workspace is waiting to be opened.');
    // Taking over from a holder that may still be running is confirmed in a dialog naming it;
    // a port without that dialog never takes over.
    if (mode === 'takeOver' && !((await s.dialogs.confirmTakeOver?.(locked, locale)) ?? false)) {
      return s.workspaces.info();
    }
    await s.workspaces.resolveLocked(mode);
    return s.workspaces.info();
  },
  'settings:get': (_input, s) => getSettings(s.workspaces.require().db),
  'settings:set': (patch, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => setSettings(ws.db, patch));
  },
};
