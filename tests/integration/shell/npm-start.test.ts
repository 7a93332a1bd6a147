// The real `npm start` on a machine where Electron's runtime cannot be downloaded (CI here: no
// route to Electron's servers, Node 20). It must stop before building, with the plain message,
// never electron-vite's "Electron uninstall". The download is pointed at a closed local port so
// the result is the same on a machine that does have a network.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeBinary } from '../../../scripts/ensure-electron';

const root = path.resolve(import.meta.dirname, '../../..');
const electronDir = path.join(root, 'node_modules', 'electron');
const installed = runtimeBinary(electronDir).binary !== null;
if (installed)
  console.warn('[npm-start] skipped: Electron runtime is installed, npm start would open the app');

/** A hard safety bound: a hang (a download that never ends) fails the test instead of CI. */
const BOUND_MS = 90_000;

function npmStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], { cwd: root, env, detached: true });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`npm start still running after ${BOUND_MS} ms:\n${output}`));
    }, BOUND_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(installed)('npm start without a downloadable Electron runtime', () => {
  it(
    'stops before building and says why, how to retry, and what works instead',
    async () => {
      const cache = mkdtempSync(path.join(os.tmpdir(), 'qbr-electron-cache-'));
      try {
        const { code, output } = await npmStart({
          ...process.env,
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          electron_config_cache: cache,
        });
        expect(code).not.toBe(0);
        expect(output).toContain("Electron's runtime could not be downloaded");
        expect(output).toMatch(/Why: \S/);
        expect(output).toContain('npm run demo');
        expect(output).not.toContain('Electron uninstall');
        // Vite's build output ("transforming...", "built in 1.2s") would mean it built first.
        expect(output).not.toMatch(/transforming|built in \d/);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    BOUND_MS + 10_000,
  );
});
