// The app:// handler against a real folder on disk, called the way Electron calls it (a fetch
// Request in, a Response out). Only files under the renderer folder come back.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  PRIVILEGED_SCHEMES,
  appProtocolHandler,
  devServerUrlFor,
  resolveAppFile,
} from '../../../src/main/shell/protocol';

const base = mkdtempSync(path.join(os.tmpdir(), 'qbr-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>QBR</title>');
writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'Sarabun Regular.ttf'), 'font');
writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = appProtocolHandler({ rootDir: root, contentSecurityPolicy: "default-src 'self'" });
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// scheme', () => {
  it('is registered standard, secure and fetch-able', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(APP_ENTRY_URL).toBe('app://qbr/index.html');
  });

  it('serves the built files with their type and the CSP', async () => {
    const page = await get('app://qbr/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('<title>QBR</title>');
    const script = await get('app://qbr/assets/index-abc.js?v=1#x');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://qbr/')).status).toBe(200);
    expect((await get('app://qbr/assets/Sarabun%20Regular.ttf')).status).toBe(200);
  });

  it.each([
    'app://x/../../etc/passwd',
    'app://qbr/../../etc/passwd',
    'app://qbr/assets/../../secret.txt',
    'app://qbr/%2e%2e/secret.txt',
    'app://qbr/%2E%2E%2Fsecret.txt',
    'app://qbr/..%2fsecret.txt',
    'app://qbr/%252e%252e/secret.txt',
    'app://qbr/assets%5c..%5c..%5csecret.txt',
    'app://qbr/..\\..\\secret.txt',
    'app://qbr//etc/passwd',
    'app://qbr/%2Fetc%2Fpasswd',
    `app://qbr/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    'app://qbr/C:/Windows/win.ini',
    'app://qbr/index.html%00.js',
    'app://qbr.evil/index.html',
    'app://user@qbr/index.html',
    'app://qbr:8080/index.html',
    'file:///etc/passwd',
    'https://qbr/index.html',
  ])('refuses %s', async (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
    // As Electron hands it over: Request() resolves `..` and %2e%2e first (what is left names a
    // file inside the folder, or nothing), and rejects credentials outright.
    let response: Response | null = null;
    try {
      response = await get(url);
    } catch {
      response = null;
    }
    if (response) {
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).toBe('');
    }
  });

  it('does not follow a symlink out of the folder', async () => {
    expect(resolveAppFile('app://qbr/assets/link.txt', root)).not.toBeNull();
    expect((await get('app://qbr/assets/link.txt')).status).toBe(403);
  });

  it('serves from inside app.asar, where the disk has no real path to resolve', async () => {
    const asarRoot = '/opt/QBR Studio/resources/app.asar/out/renderer';
    const inAsar = appProtocolHandler({
      rootDir: asarRoot,
      contentSecurityPolicy: "default-src 'self'",
      realpath: () => Promise.reject(new Error('ENOENT')),
      readFile: async (file) => {
        if (file !== path.join(asarRoot, 'index.html')) throw new Error('ENOENT');
        return new TextEncoder().encode('from the archive');
      },
    });
    const page = await inAsar(new Request('app://qbr/index.html'));
    expect(await page.text()).toBe('from the archive');
    expect((await inAsar(new Request('app://qbr/..%2f..%2fapp.asar'))).status).toBe(403);
  });

  it('answers 404 for a missing file and 405 for anything but GET or HEAD', async () => {
    expect((await get('app://qbr/nope.js')).status).toBe(404);
    expect((await get('app://qbr/index.html', 'POST')).status).toBe(405);
    const head = await get('app://qbr/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('the dev server', () => {
  it('is honoured only unpackaged, and only on this machine over plain http', () => {
    expect(devServerUrlFor('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(devServerUrlFor('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerUrlFor('http://localhost:5173/', true)).toBeUndefined();
    expect(devServerUrlFor('https://evil.example/', false)).toBeUndefined();
    expect(devServerUrlFor('http://localhost.evil.example:5173/', false)).toBeUndefined();
    expect(devServerUrlFor('http://user@localhost:5173/', false)).toBeUndefined();
    expect(devServerUrlFor('file:///tmp/index.html', false)).toBeUndefined();
    expect(devServerUrlFor(undefined, false)).toBeUndefined();
  });
});
