// bootstrap() with a mocked electron: the production hardening it wires before and after
// `ready` (sandbox, app:// scheme and handler, dev server only unpackaged, menu, crash log).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { bootstrap } from '../../../src/main/app';
import { isAppUrl } from '../../../src/main/window';

type Listener = (...args: unknown[]) => void;

function emitterOf() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: vi.fn((event: string, l: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), l]);
    }),
    once: vi.fn(),
  };
}

let userData: string;
let rendererDir: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'qbr-shell-user-'));
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'qbr-shell-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<title>built</title>');
});
afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

function fakeElectron(isPackaged: boolean) {
  const order: string[] = [];
  const contents = {
    ...emitterOf(),
    setWindowOpenHandler: vi.fn(),
    getURL: () => '',
    send: vi.fn(),
  };
  const windows: { loadURL: ReturnType<typeof vi.fn>; loadFile: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    webContents = contents;
    on = vi.fn();
    once = vi.fn();
    loadFile = vi.fn(async () => {});
    loadURL = vi.fn(async () => {});
    constructor() {
      windows.push(this);
    }
  }
  const app = {
    ...emitterOf(),
    isPackaged,
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => (order.push('lock'), true)),
    quit: vi.fn(),
    whenReady: vi.fn(() => (order.push('whenReady'), Promise.resolve())),
    getPath: vi.fn(() => userData),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => 'tr-TR'),
  };
  let menu: MenuItemConstructorOptions[] = [];
  return {
    order,
    windows,
    contents,
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: { handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
      handle: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => (menu = t)),
      setApplicationMenu: vi.fn(),
    },
    menu: () => menu,
    crashReporter: { start: vi.fn() },
    shell: { openPath: vi.fn(async () => '') },
  };
}

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [
    i.label ?? '',
    ...(Array.isArray(i.submenu) ? labels(i.submenu as MenuItemConstructorOptions[]) : []),
  ]);

async function start(isPackaged: boolean, devServerUrl: string | undefined) {
  const e = fakeElectron(isPackaged);
  const proc = emitterOf();
  const handle = bootstrap(e as never, { preloadDir: '/p', rendererDir, devServerUrl }, proc);
  await new Promise((r) => setTimeout(r, 0));
  return { e, proc, handle };
}

describe('bootstrap hardening', () => {
  it('sandboxes every renderer and registers app:// before ready', async () => {
    const { e } = await start(true, undefined);
    expect(e.order.indexOf('enableSandbox')).toBeLessThan(e.order.indexOf('whenReady'));
    expect(e.order.indexOf('registerSchemes')).toBeLessThan(e.order.indexOf('whenReady'));
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer folder through app:// and loads the window from it', async () => {
    const { e } = await start(true, undefined);
    expect(e.protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = e.protocol.handle.mock.calls[0] as unknown as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const page = await handler(new Request('app://qbr/index.html'));
    expect(await page.text()).toBe('<title>built</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handler(new Request('app://qbr/%2e%2e%2fetc%2fpasswd'))).status).toBe(403);
    expect(e.windows[0]!.loadURL).toHaveBeenCalledWith('app://qbr/index.html');
    expect(e.windows[0]!.loadFile).not.toHaveBeenCalled();
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, and has no developer tools there', async () => {
    const { e } = await start(true, 'http://localhost:5173/');
    expect(e.windows[0]!.loadURL).toHaveBeenCalledWith('app://qbr/index.html');
    expect(JSON.stringify(e.menu())).not.toContain('toggleDevTools');
    // The RPC handler refuses a page from the dev server too.
    const rpc = e.ipcMain.handle.mock.calls[0]![1] as (...a: unknown[]) => Promise<{ ok: boolean }>;
    const fromDev = await rpc(
      { sender: e.contents, senderFrame: { url: 'http://localhost:5173/' } },
      'workspace:info',
      {},
    );
    expect(fromDev.ok).toBe(false);
  });

  it('uses a local dev server when not packaged, with developer tools in the menu', async () => {
    const { e } = await start(false, 'http://localhost:5173/');
    expect(e.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(JSON.stringify(e.menu())).toContain('toggleDevTools');
    const remote = await start(false, 'https://evil.example/');
    expect(remote.e.windows[0]!.loadURL).toHaveBeenCalledWith('app://qbr/index.html');
  });

  it('starts the crash log: no uploads, main errors written under userData/logs', async () => {
    const { e, proc } = await start(true, undefined);
    expect(e.crashReporter.start).toHaveBeenCalledWith({ uploadToServer: false });
    expect(proc.listeners.has('uncaughtException')).toBe(true);
    expect(proc.listeners.has('unhandledRejection')).toBe(true);
    expect(e.app.listeners.has('render-process-gone')).toBe(true);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    proc.listeners.get('uncaughtException')![0]!(new Error('kaboom'));
    quiet.mockRestore();
    expect(readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toContain('kaboom');
  });

  it('sets an explicit menu in the system language; Help > Show logs opens the log folder', async () => {
    const { e } = await start(true, undefined);
    expect(e.Menu.setApplicationMenu).toHaveBeenCalled();
    const all = labels(e.menu());
    expect(all).toContain('Yardım');
    const help = e.menu().at(-1)!.submenu as MenuItemConstructorOptions[];
    expect(help[1]!.label).toBe('Günlükleri göster');
    help[1]!.click!(undefined as never, undefined, undefined as never);
    expect(e.shell.openPath).toHaveBeenCalledWith(path.join(userData, 'logs'));
  });

  it('Help > Keyboard shortcuts sends the page the event that opens its shortcuts dialog', async () => {
    const { e } = await start(true, undefined);
    const help = e.menu().at(-1)!.submenu as MenuItemConstructorOptions[];
    expect(help[0]!.label).toBe('Klavye kısayolları');
    e.contents.send.mockClear();
    help[0]!.click!(undefined as never, undefined, undefined as never);
    expect(e.contents.send).toHaveBeenCalledWith('qbr:event:help:shortcuts', {});
  });

  it('switches the menu to the language the workspace is set to', async () => {
    const { e, handle } = await start(true, undefined);
    await handle.services()!.workspaces.open(path.join(userData, 'menu.qbr'), true);
    const rpc = e.ipcMain.handle.mock.calls[0]![1] as (...a: unknown[]) => Promise<{ ok: boolean }>;
    const me = { sender: e.contents, senderFrame: { url: 'app://qbr/index.html' } };
    expect((await rpc(me, 'settings:set', { locale: 'th' })).ok).toBe(true);
    expect(labels(e.menu())).toContain('ความช่วยเหลือ');
    expect((await rpc(me, 'settings:set', { locale: 'en' })).ok).toBe(true);
    expect(labels(e.menu())).toContain('Help');
    handle.services()!.workspaces.closeAll();
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://qbr/index.html', undefined, true],
    ['app://qbr/assets/x.js', undefined, true],
    ['app://qbr.evil/index.html', undefined, false],
    ['app://user@qbr/index.html', undefined, false],
    ['app://qbr:81/index.html', undefined, false],
    ['file:///opt/app/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['http://localhost.evil.example:5173/', 'http://localhost:5173/', false],
    ['not a url', undefined, false],
  ] as const)('%s (dev server %s) is the app: %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});
