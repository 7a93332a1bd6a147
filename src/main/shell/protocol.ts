// The renderer is served from app://qbr/ instead of file://: a standard, secure origin of its own
// (so 'self' in the CSP means exactly the app's files), and a handler that maps a URL only to a
// file under the built renderer folder. Anything else (another host, a path that climbs out by
// .., %2e%2e, a backslash, an absolute or encoded path) is refused without touching the disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'qbr';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `ready` (Electron requires it): a standard, secure, fetch-able scheme. */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  },
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** An encoded dot, slash or backslash, or a percent left after decoding (double encoding). */
const ENCODED_SEPARATOR = /%2e|%2f|%5c|%00/i;

/**
 * The file under `rootDir` an app:// URL names, or null when the URL is not one the app may
 * serve. Checked on the raw text first, because URL parsing silently resolves `..` segments.
 */
export function resolveAppFile(rawUrl: string, rootDir: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!rawUrl.toLowerCase().startsWith(prefix)) return null;
  const rawPath = rawUrl.slice(prefix.length).split(/[?#]/)[0] ?? '';
  if (ENCODED_SEPARATOR.test(rawPath) || rawPath.includes('\\')) return null;

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.port !== '' || url.username !== '' || url.password !== '') return null;

  let relative: string;
  try {
    relative = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (relative === '') relative = 'index.html';
  const segments = relative.split('/');
  if (
    relative.includes('\0') ||
    relative.includes('%') ||
    relative.startsWith('/') ||
    /^[a-z]:/i.test(relative) ||
    segments.some((s) => s === '..' || s === '.' || s === '')
  ) {
    return null;
  }
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export interface ProtocolOptions {
  rootDir: string;
  /** The CSP header sent with every response (the page also carries it in a meta tag). */
  contentSecurityPolicy: string;
  readFile?: (file: string) => Promise<Uint8Array>;
  realpath?: (file: string) => Promise<string>;
}

const refuse = (status: number) => new Response(null, { status });

/** The `protocol.handle('app', …)` handler. Pure enough to test with `new Request(url)`. */
export function appProtocolHandler(
  options: ProtocolOptions,
): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((file: string) => fs.readFile(file));
  const realpath = options.realpath ?? ((file: string) => fs.realpath(file));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppFile(request.url, options.rootDir);
    if (file === null) return refuse(403);
    try {
      // A symlink inside the folder must not lead outside it either. Inside app.asar there are
      // no real paths to resolve (and the archive is integrity-checked): keep the lexical ones.
      const [root, real] = await Promise.all([
        realpath(options.rootDir).catch(() => path.resolve(options.rootDir)),
        realpath(file).catch(() => file),
      ]);
      const inside = path.relative(root, real);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return refuse(403);
      const body = await readFile(real);
      return new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
        status: 200,
        headers: {
          'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': options.contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return refuse(404);
    }
  };
}

/**
 * The development server, only when the app is not packaged and the URL is a plain http origin
 * on this machine: an installed app never loads its UI from anywhere but its own files.
 */
export function devServerUrlFor(url: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    const plain = parsed.username === '' && parsed.password === '';
    return parsed.protocol === 'http:' && local && plain ? url : undefined;
  } catch {
    return undefined;
  }
}
