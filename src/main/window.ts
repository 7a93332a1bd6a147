import path from 'node:path';
import type {
  BrowserWindow as BrowserWindowT,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
} from 'electron';

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

/** Whether a URL is the app's own page (the built file, or the dev server in development). */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.startsWith('file://');
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

export function hardenSession(session: Session): void {
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
  // Offline by design: anything that is not the app's own files or dev server is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local =
      url.startsWith('file://') ||
      url.startsWith('devtools://') ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url);
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
  if (opts.devServerUrl) void win.loadURL(opts.devServerUrl);
  else void win.loadFile(path.join(opts.rendererDir, 'index.html'));
  return win;
}
