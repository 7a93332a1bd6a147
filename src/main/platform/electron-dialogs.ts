import type { BrowserWindow, Dialog } from 'electron';
import type { Dialogs } from './dialogs';

const WORKSPACE_FILTER = [{ name: 'QBR Studio workspace', extensions: ['qbr'] }];

export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | null): Dialogs {
  return {
    async openFiles({ title, filters }) {
      const win = window();
      const opts = {
        title,
        filters,
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
      };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? [] : res.filePaths;
    },
    async openWorkspace() {
      const win = window();
      const opts = {
        title: 'Open workspace',
        filters: WORKSPACE_FILTER,
        properties: ['openFile'] as 'openFile'[],
      };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? null : (res.filePaths[0] ?? null);
    },
    async saveWorkspace() {
      const win = window();
      const opts = {
        title: 'New workspace',
        filters: WORKSPACE_FILTER,
        defaultPath: 'My book.qbr',
      };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return res.canceled ? null : (res.filePath ?? null);
    },
    async saveFile({ title, defaultName, filters }) {
      const win = window();
      const opts = { title, filters, defaultPath: defaultName };
      const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return res.canceled ? null : (res.filePath ?? null);
    },
    async chooseFolder({ title }) {
      const win = window();
      const opts = {
        title,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? null : (res.filePaths[0] ?? null);
    },
  };
}
