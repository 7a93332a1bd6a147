// The pre-start step of `npm start` / `npm run dev`, with a fake installer standing in for
// Electron's download: it must install when the runtime is missing, and otherwise explain.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  failureMessage,
  nodeAtLeast,
  runtimeBinary,
} from '../../../scripts/ensure-electron';
import type { InstallResult } from '../../../scripts/ensure-electron';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qbr-electron-'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"electron"}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What a successful install leaves: path.txt naming the executable under dist/. */
function writeRuntime(withBinary: boolean): void {
  writeFileSync(path.join(dir, 'path.txt'), 'electron');
  if (withBinary) {
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'electron'), '#!/bin/sh\n');
  }
}

const env = {};

describe('ensureElectron', () => {
  it('does not run the installer when the runtime is already there', async () => {
    writeRuntime(true);
    const install = vi.fn(async (): Promise<InstallResult> => ({ ok: true }));
    const outcome = await ensureElectron({
      electronDir: dir,
      install,
      env,
      nodeVersion: 'v20.20.2',
    });
    expect(outcome).toEqual({
      ok: true,
      binary: path.join(dir, 'dist', 'electron'),
      installed: false,
    });
    expect(install).not.toHaveBeenCalled();
  });

  it('installs a missing runtime and goes on', async () => {
    const install = vi.fn(async (): Promise<InstallResult> => {
      writeRuntime(true);
      return { ok: true };
    });
    const outcome = await ensureElectron({
      electronDir: dir,
      install,
      env,
      nodeVersion: 'v22.12.0',
    });
    expect(install).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({
      ok: true,
      binary: path.join(dir, 'dist', 'electron'),
      installed: true,
    });
  });

  it('reinstalls when path.txt names a binary that is gone', async () => {
    writeRuntime(false);
    expect(runtimeBinary(dir, env).missing).toBe(
      `${path.join(dir, 'dist', 'electron')} does not exist`,
    );
    const install = vi.fn(async (): Promise<InstallResult> => {
      writeRuntime(true);
      return { ok: true };
    });
    expect((await ensureElectron({ electronDir: dir, install, env })).ok).toBe(true);
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('explains a network failure with the first line of the error, how to retry, and what still works', async () => {
    const install = async (): Promise<InstallResult> => ({
      ok: false,
      error:
        '\nTypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download',
    });
    const outcome = await ensureElectron({
      electronDir: dir,
      install,
      env,
      nodeVersion: 'v20.20.2',
    });
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toContain("Electron's runtime could not be downloaded");
    expect(message).toContain('Why: TypeError: fetch failed');
    expect(message).not.toContain('undici');
    expect(message).toContain('npm start');
    expect(message).toContain('npm run demo');
    expect(message).toContain('npm run cli');
    expect(message).toContain('needs Node 22.12.0 or later; this is Node v20.20.2');
    expect(message).not.toContain('Electron uninstall');
  });

  it('refuses a "success" that left no runtime behind', async () => {
    const install = async (): Promise<InstallResult> => {
      writeRuntime(false);
      return { ok: true };
    };
    const outcome = await ensureElectron({
      electronDir: dir,
      install,
      env,
      nodeVersion: 'v22.12.0',
    });
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toContain("Electron's runtime could not be downloaded");
    expect(message).toContain('the installer reported success but');
    expect(message).toContain(path.join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    writeRuntime(false);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'qbr-electron-dist-'));
    try {
      writeFileSync(path.join(elsewhere, 'electron'), '');
      expect(runtimeBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }).binary).toBe(
        path.join(elsewhere, 'electron'),
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('the message', () => {
  it('mentions the Node version only when it is too old for the installer', () => {
    expect(failureMessage('x', 'v22.12.0')).not.toContain('this is Node');
    expect(failureMessage('x', 'v24.1.0')).not.toContain('this is Node');
    expect(failureMessage('x', 'v22.11.9')).toContain('this is Node v22.11.9');
  });

  it('compares versions numerically', () => {
    expect(nodeAtLeast('v20.20.2', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v22.9.0', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(nodeAtLeast('v100.0.0', '22.12.0')).toBe(true);
  });
});
