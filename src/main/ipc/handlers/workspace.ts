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
  'settings:get': (_input, s) => getSettings(s.workspaces.require().db),
  'settings:set': (patch, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => setSettings(ws.db, patch));
  },
};
