import type { BrowserWindow, Dialog } from 'electron';
import path from 'node:path';
import { reliabilityText as text } from '../../shared/i18n/reliability';
import type { Dialogs, UnsavedQuitChoice } from './dialogs';

const WORKSPACE_FILTER = [{ name: 'QBR Studio workspace', extensions: ['qbr'] }];

export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | null): Dialogs {
  /** A question with buttons; answers the index of the button chosen (cancelId on Escape). */
  const ask = async (opts: {
    title: string;
    message: string;
    detail?: string;
    buttons: string[];
    cancelId: number;
  }): Promise<number> => {
    const win = window();
    const full = { type: 'warning' as const, defaultId: opts.cancelId, noLink: true, ...opts };
    const res = win ? await dialog.showMessageBox(win, full) : await dialog.showMessageBox(full);
    return res.response;
  };
  return {
    async confirmTakeOver(locked, locale) {
      const since = locked.startedAt ?? text(locale, 'lock.since.unknown');
      const who = locked.sameMachine
        ? text(locale, 'lock.body.here', { pid: locked.pid ?? '?', since })
        : text(locale, 'lock.body.other', {
            host: locked.hostname ?? '?',
            pid: locked.pid ?? '?',
            since,
          });
      const answer = await ask({
        title: text(locale, 'lock.title'),
        message: who,
        detail: text(locale, 'lock.takeOver.confirm'),
        buttons: [text(locale, 'lock.cancel'), text(locale, 'lock.takeOver')],
        cancelId: 0,
      });
      return answer === 1;
    },
    async confirmReplace(files, locale) {
      const answer = await ask({
        title: text(locale, 'export.overwrite.title'),
        message: text(locale, 'export.overwrite.title'),
        detail: text(locale, 'export.overwrite.body', {
          files: files.map((f) => path.basename(f)).join('\n'),
        }),
        buttons: [
          text(locale, 'export.overwrite.cancel'),
          text(locale, 'export.overwrite.replace'),
        ],
        cancelId: 0,
      });
      return answer === 1;
    },
    async unsavedOnQuit(reason, locale): Promise<UnsavedQuitChoice> {
      const choices: UnsavedQuitChoice[] = ['cancel', 'saveAs', 'quit'];
      const answer = await ask({
        title: text(locale, 'quit.unsaved.title'),
        message: text(locale, 'quit.unsaved.title'),
        detail: text(locale, 'quit.unsaved.body', { reason }),
        buttons: [
          text(locale, 'quit.unsaved.cancel'),
          text(locale, 'quit.unsaved.saveAs'),
          text(locale, 'quit.unsaved.quit'),
        ],
        cancelId: 0,
      });
      return choices[answer] ?? 'cancel';
    },
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
      // The OS asks before replacing the chosen file (Linux and Windows only do when told to).
      const opts = {
        title,
        filters,
        defaultPath: defaultName,
        properties: ['showOverwriteConfirmation', 'createDirectory'] as (
          'showOverwriteConfirmation' | 'createDirectory'
        )[],
      };
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
