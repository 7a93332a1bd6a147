import type * as ElectronModule from 'electron';
import { EVENT_IPC_PREFIX, RPC_IPC_CHANNEL } from '../shared/ipc/channels';
import { createServices } from './create-services';
import { dispatch } from './ipc/dispatch';
import { systemClock } from './platform/clock';
import { electronDialogs } from './platform/electron-dialogs';
import { installQuitGuard } from './quit-guard';
import type { Services } from './services';
import { Locale } from '../shared/ipc/contract/workspace';
import { menuLocaleOf, menuText } from '../shared/i18n/menu';
import { createCrashLog, installCrashHandlers } from './shell/crash-log';
import { menuTemplate } from './shell/menu';
import {
  APP_SCHEME,
  PRIVILEGED_SCHEMES,
  appProtocolHandler,
  devServerUrlFor,
} from './shell/protocol';
import {
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  hardenSession,
  hardenWebContents,
  isAppUrl,
} from './window';

type Electron = Pick<
  typeof ElectronModule,
  | 'app'
  | 'BrowserWindow'
  | 'crashReporter'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'protocol'
  | 'session'
  | 'shell'
>;

export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface AppPaths {
  preloadDir: string;
  rendererDir: string;
  devServerUrl: string | undefined;
}

/**
 * Wires the app: one instance, every renderer sandboxed, the UI served from app:// only, hardened
 * sessions and windows, an explicit menu, a local crash log, the RPC handler with a sender
 * check, and a flush of the workspace on quit. Takes electron (and the process, for its error
 * events) as parameters so tests can pass mocks and check every setting.
 */
export function bootstrap(
  electron: Electron,
  paths: AppPaths,
  proc: ProcessEvents = process,
): { services: () => Services | null } {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } = electron;
  let services: Services | null = null;
  let mainWindow: ElectronModule.BrowserWindow | null = null;
  // An installed app never loads its UI from a dev server, whatever the environment says.
  const devServerUrl = devServerUrlFor(paths.devServerUrl, app.isPackaged);

  // Both must happen before `ready`.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { services: () => null };
  }

  const crashLog = createCrashLog({ userDataDir: app.getPath('userData') });
  installCrashHandlers(crashLog, { process: proc, app, crashReporter: electron.crashReporter });

  let menuLocale: Locale = 'en';
  const setMenu = (locale: Locale) => {
    menuLocale = locale;
    const template = menuTemplate({
      platform: process.platform,
      locale,
      development: !app.isPackaged,
      actions: {
        showShortcuts: () => mainWindow?.webContents.send(EVENT_IPC_PREFIX + 'help:shortcuts', {}),
        showLogs: () => {
          crashLog.record('info', 'logs opened from the Help menu');
          void shell.openPath(crashLog.dir);
        },
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: menuText(locale, 'menu.about'),
            message: 'QBR Studio',
            detail: menuText(locale, 'menu.aboutDetail', { version: app.getVersion() }),
          }),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  /** The menu follows the workspace's language once the page reads or changes it. */
  const followLocale = (channel: unknown, result: unknown) => {
    if (channel !== 'settings:get' && channel !== 'settings:set') return;
    const value = (result as { ok?: boolean; value?: { locale?: unknown } }).value;
    const parsed = Locale.safeParse(value?.locale);
    if ((result as { ok?: boolean }).ok && parsed.success && parsed.data !== menuLocale) {
      setMenu(parsed.data);
    }
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', () => {
    try {
      services?.workspaces.closeAll();
    } catch (err) {
      console.error('[app] could not save the workspace on quit:', err);
    }
  });

  void app.whenReady().then(() => {
    protocol.handle(
      APP_SCHEME,
      appProtocolHandler({
        rootDir: paths.rendererDir,
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
    );
    hardenSession(session.defaultSession, devServerUrl);
    // The system language (readable only once ready, on Windows) until a workspace says otherwise.
    setMenu(menuLocaleOf(app.getLocale()));
    const created = createServices({
      clock: systemClock,
      dialogs: electronDialogs(dialog, () => mainWindow),
      emit: (event, payload) => mainWindow?.webContents.send(EVENT_IPC_PREFIX + event, payload),
      dataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
    });
    services = created;
    ipcMain.handle(RPC_IPC_CHANNEL, async (event, channel: unknown, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!mainWindow || event.sender !== mainWindow.webContents || !isAppUrl(url, devServerUrl)) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Request from an unknown sender.' },
        };
      }
      const result = await dispatch(channel, input, created);
      followLocale(channel, result);
      return result;
    });
    mainWindow = createMainWindow(BrowserWindow, { ...paths, devServerUrl });
    mainWindow.on('closed', () => (mainWindow = null));
    installQuitGuard(mainWindow, () => services);
  });

  return { services: () => services };
}
