import path from 'node:path';
import type {
  BrowserWindow as BrowserWindowT,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
} from 'electron';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './shell/protocol';

/** The only page the window may show. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'QBR Studio',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/**
 * Whether a URL is the app's own page: app://qbr/ (no port, no user), or the exact origin of the
 * dev server in development. Parsed, not prefix-matched, so app://qbr.evil, app://user@qbr and
 * http://localhost.evil.example are strangers.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (devServerUrl) {
    try {
      if (parsed.origin === new URL(devServerUrl).origin && parsed.origin !== 'null') return true;
    } catch {
      // An unparsable dev URL matches nothing.
    }
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Locks the window down: no navigation away, no new windows, no permissions, no webviews, and a
 * CSP header on every response, so a bug in the page cannot reach the network or the system.
 */
export function hardenWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl) || url !== contents.getURL()) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Offline by design: anything that is not the app's own files (or, in development, the dev
  // server) is cancelled. file:// is not the app any more, so it is cancelled too.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local =
      isAppUrl(url, devServerUrl) ||
      url.startsWith('devtools://') ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    callback({ cancel: !local });
  });
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowT,
  opts: { preloadDir: string; rendererDir: string; devServerUrl: string | undefined },
): BrowserWindowT {
  const win = new BrowserWindow(windowOptions(path.join(opts.preloadDir, 'index.cjs')));
  hardenWebContents(win.webContents, opts.devServerUrl);
  win.once('ready-to-show', () => win.show());
  // The built files are served by the app:// handler (src/main/shell/protocol.ts), never file://.
  void win.loadURL(opts.devServerUrl ?? APP_ENTRY_URL);
  return win;
}
