import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../../src/main/app';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  windowOptions,
} from '../../../src/main/window';
import { RPC_IPC_CHANNEL } from '../../../src/shared/ipc/channels';

type Listener = (...args: unknown[]) => void;

function fakeEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: vi.fn((event: string, l: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), l]);
    }),
    once: vi.fn((event: string, l: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), l]);
    }),
    fire(event: string, ...args: unknown[]) {
      for (const l of listeners.get(event) ?? []) l(...args);
    },
  };
}

function fakeContents(url = 'app://qbr/index.html') {
  return { ...fakeEmitter(), setWindowOpenHandler: vi.fn(), getURL: () => url, send: vi.fn() };
}

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
  };
}

describe('window security', () => {
  it('uses secure webPreferences', () => {
    const prefs = windowOptions('/p/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('blocks navigation, redirects, webviews and new windows', () => {
    const contents = fakeContents();
    hardenWebContents(contents as never, undefined);
    const prevent = vi.fn();
    contents.fire('will-navigate', { preventDefault: prevent }, 'https://evil.example/');
    contents.fire('will-attach-webview', { preventDefault: prevent });
    contents.fire('will-redirect', { preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(3);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as () => { action: string };
    expect(openHandler()).toEqual({ action: 'deny' });
  });

  it('denies permissions, sets a strict CSP and cancels every remote request', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const onRequest = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      p: string,
      cb: (v: boolean) => void,
    ) => void;
    const answer = vi.fn();
    onRequest(null, 'geolocation', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect((session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);

    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const headers = vi.fn();
    onHeaders({ responseHeaders: {} }, headers);
    expect(headers.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);

    const onBefore = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      let cancel = false;
      onBefore({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide('http://10.0.0.1/')).toBe(true);
    expect(decide('app://qbr/index.html')).toBe(false);
    // The app is served from app:// now: file:// and localhost are strangers outside development.
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('http://localhost:5173/')).toBe(true);
  });
});

describe('app bootstrap', () => {
  // Never the real process: the crash handlers would swallow vitest's own errors.
  const fakeProcess = { on: vi.fn() };
  function fakeElectron(gotLock = true) {
    const app = {
      ...fakeEmitter(),
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => '/tmp/qbr-user-data-test'),
      getVersion: vi.fn(() => '0.0.0'),
      getLocale: vi.fn(() => 'en-GB'),
      enableSandbox: vi.fn(),
      isPackaged: true,
    };
    const contents = fakeContents();
    const windows: { options: unknown }[] = [];
    class BrowserWindow {
      webContents = contents;
      on = vi.fn();
      once = vi.fn();
      loadFile = vi.fn(async () => {});
      loadURL = vi.fn(async () => {});
      constructor(readonly options: unknown) {
        windows.push(this);
      }
    }
    const ipcMain = { handle: vi.fn() };
    const session = { defaultSession: fakeSession() };
    return {
      app,
      BrowserWindow,
      ipcMain,
      session,
      dialog: {},
      contents,
      windows,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      crashReporter: { start: vi.fn() },
      shell: { openPath: vi.fn() },
    };
  }

  it('quits when another instance holds the lock', () => {
    const e = fakeElectron(false);
    bootstrap(
      e as never,
      { preloadDir: '/p', rendererDir: '/r', devServerUrl: undefined },
      fakeProcess,
    );
    expect(e.app.quit).toHaveBeenCalled();
    expect(e.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('registers one RPC handler that refuses unknown senders', async () => {
    const e = fakeElectron();
    bootstrap(
      e as never,
      { preloadDir: '/p', rendererDir: '/r', devServerUrl: undefined },
      fakeProcess,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(e.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(e.ipcMain.handle.mock.calls[0]![0]).toBe(RPC_IPC_CHANNEL);
    expect(e.windows).toHaveLength(1);
    expect(
      (e.windows[0]!.options as { webPreferences: { sandbox: boolean } }).webPreferences.sandbox,
    ).toBe(true);
    const handler = e.ipcMain.handle.mock.calls[0]![1] as (
      ev: unknown,
      c: unknown,
      i: unknown,
    ) => Promise<{ ok: boolean; error?: { code: string } }>;
    const stranger = await handler(
      { sender: {}, senderFrame: { url: 'app://qbr/index.html' } },
      'workspace:info',
      {},
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const remote = await handler(
      { sender: e.contents, senderFrame: { url: 'https://evil.example/' } },
      'workspace:info',
      {},
    );
    expect(remote).toMatchObject({ ok: false });
    const mine = await handler(
      { sender: e.contents, senderFrame: { url: 'app://qbr/index.html' } },
      'workspace:info',
      {},
    );
    expect(mine).toMatchObject({ ok: true, value: { open: false } });
    expect(e.app.listeners.has('before-quit')).toBe(true);
    expect(e.app.listeners.has('web-contents-created')).toBe(true);
  });
});
