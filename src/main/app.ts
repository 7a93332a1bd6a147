import type * as ElectronModule from 'electron';
import { EVENT_IPC_PREFIX, RPC_IPC_CHANNEL } from '../shared/ipc/channels';
import { createServices } from './create-services';
import { dispatch } from './ipc/dispatch';
import { systemClock } from './platform/clock';
import { electronDialogs } from './platform/electron-dialogs';
import { installQuitGuard } from './quit-guard';
import type { Services } from './services';
import { createMainWindow, hardenSession, hardenWebContents, isAppUrl } from './window';

type Electron = Pick<
  typeof ElectronModule,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'session'
>;

export interface AppPaths {
  preloadDir: string;
  rendererDir: string;
  devServerUrl: string | undefined;
}

/**
 * Wires the app: one instance, hardened sessions and windows, the RPC handler with a sender
 * check, and a flush of the workspace on quit. Takes electron as a parameter so tests can pass a
 * mock and check every setting.
 */
export function bootstrap(
  electron: Electron,
  paths: AppPaths,
): { services: () => Services | null } {
  const { app, BrowserWindow, dialog, ipcMain, session } = electron;
  let services: Services | null = null;
  let mainWindow: ElectronModule.BrowserWindow | null = null;

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { services: () => null };
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, paths.devServerUrl),
  );

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', () => {
    try {
      services?.workspaces.closeAll();
    } catch (err) {
      console.error('[app] could not save the workspace on quit:', err);
    }
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const created = createServices({
      clock: systemClock,
      dialogs: electronDialogs(dialog, () => mainWindow),
      emit: (event, payload) => mainWindow?.webContents.send(EVENT_IPC_PREFIX + event, payload),
      dataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
    });
    services = created;
    ipcMain.handle(RPC_IPC_CHANNEL, (event, channel: unknown, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (
        !mainWindow ||
        event.sender !== mainWindow.webContents ||
        !isAppUrl(url, paths.devServerUrl)
      ) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Request from an unknown sender.' },
        };
      }
      return dispatch(channel, input, created);
    });
    mainWindow = createMainWindow(BrowserWindow, paths);
    mainWindow.on('closed', () => (mainWindow = null));
    installQuitGuard(mainWindow, () => services);
  });

  return { services: () => services };
}
