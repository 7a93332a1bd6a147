// Drives the real renderer build in Debian's chromium, with window.api backed by the real
// dispatch through page.exposeFunction: the same services as the app, minus Electron.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, Page, Request } from 'playwright-core';
import { createServices } from '../../src/main/create-services';
import { dispatch } from '../../src/main/ipc/dispatch';
import { systemClock } from '../../src/main/platform/clock';
import type { Dialogs } from '../../src/main/platform/dialogs';
import type { Services } from '../../src/main/services';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

function serveStatic(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function chromiumPath(): string {
  const found = execSync('command -v chromium || command -v chromium-browser || true', {
    shell: '/bin/sh',
  })
    .toString()
    .trim();
  if (!found) throw new Error('Debian chromium is not installed: apt-get install -y chromium');
  return found;
}

export interface AppHarness {
  page: Page;
  services: Services;
  dataDir: string;
  /** Paths the fake "Open files" dialog answers with next. */
  nextFiles: string[];
  /** The path the fake "Save file" dialog answers with next (null: the user cancels). */
  nextSavePath: string | null;
  /** The folder the fake "Choose folder" dialog answers with next (null: the user cancels). */
  nextFolder: string | null;
  /** Every request the page made, to prove the app stays offline. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchApp(): Promise<AppHarness> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('Build the renderer first: npm run build');
  }
  const server = await serveStatic(RENDERER_DIR);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-e2e-'));
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const harness: AppHarness = {
    page,
    dataDir,
    nextFiles: [],
    nextSavePath: null,
    nextFolder: null,
    requests: [],
    services: undefined as unknown as Services,
    async close() {
      harness.services.workspaces.closeAll();
      await browser.close();
      await new Promise((r) => server.close(r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const dialogs: Dialogs = {
    openFiles: async () => harness.nextFiles.splice(0),
    openWorkspace: async () => null,
    saveWorkspace: async () => path.join(dataDir, 'new.qbr'),
    saveFile: async () => {
      const answer = harness.nextSavePath;
      harness.nextSavePath = null;
      return answer;
    },
    chooseFolder: async () => {
      const answer = harness.nextFolder;
      harness.nextFolder = null;
      return answer;
    },
  };
  harness.services = createServices({
    clock: systemClock,
    dialogs,
    dataDir,
    appVersion: 'e2e',
    saveDelayMs: 50,
    emit: (event, payload) => {
      void page
        .evaluate(
          ([e, p]) =>
            (window as unknown as { __qbrEmit?: (e: string, p: unknown) => void }).__qbrEmit?.(
              e,
              p,
            ),
          [event, payload] as const,
        )
        .catch(() => {});
    },
  });
  page.on('request', (req: Request) => harness.requests.push(req.url()));
  await page.exposeFunction('__qbrInvoke', (channel: unknown, input: unknown) =>
    dispatch(channel, input, harness.services),
  );
  // Under tsx (benchmarks), esbuild wraps named functions in __name(); give the page a no-op one
  // so functions passed to the browser run the same as under Playwright's own transpiler.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    const listeners = new Map<string, Set<(p: unknown) => void>>();
    const w = window as unknown as Record<string, unknown>;
    w.__qbrEmit = (event: string, payload: unknown) =>
      listeners.get(event)?.forEach((l) => l(payload));
    w.api = {
      invoke: (channel: string, input: unknown) =>
        (w.__qbrInvoke as (c: string, i: unknown) => Promise<unknown>)(channel, input),
      on: (event: string, listener: (p: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)?.delete(listener);
      },
    };
  });
  await page.goto(origin);
  return harness;
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screens');
