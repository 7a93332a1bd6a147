// The local crash log: what is written where, with the home folder hidden, and which events
// are recorded. Nothing here uploads anything.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_LOG_BYTES,
  createCrashLog,
  installCrashHandlers,
} from '../../../src/main/shell/crash-log';

type Listener = (...args: never[]) => void;

function emitter() {
  const listeners = new Map<string, Listener>();
  return {
    on: vi.fn((event: string, l: Listener) => listeners.set(event, l)),
    fire: (event: string, ...args: unknown[]) =>
      (listeners.get(event) as (...a: unknown[]) => void)(...args),
  };
}

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'qbr-crash-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const now = () => new Date('2026-12-02T08:00:00.000Z');

describe('crash log', () => {
  it('appends timestamped entries to <userData>/logs/main.log, hiding the home folder', () => {
    const log = createCrashLog({ userDataDir: userData, now, homeDir: '/home/ayse' });
    expect(log.file).toBe(path.join(userData, 'logs', 'main.log'));
    const error = new Error('boom in /home/ayse/Documents/Acme.qbr');
    log.record('uncaughtException', error);
    log.record('render-process-gone', { reason: 'crashed', exitCode: 139 });
    const text = readFileSync(log.file, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(
      '2026-12-02T08:00:00.000Z [uncaughtException] Error: boom in ~/Documents/Acme.qbr',
    );
    expect(text).not.toContain('/home/ayse');
    expect(text).toContain('[render-process-gone] {"reason":"crashed","exitCode":139}');
  });

  it('rotates a log that grew past its bound instead of growing for ever', () => {
    mkdirSync(path.join(userData, 'logs'));
    writeFileSync(path.join(userData, 'logs', 'main.log'), 'x'.repeat(MAX_LOG_BYTES + 1));
    const log = createCrashLog({ userDataDir: userData, now });
    log.record('info', 'after rotation');
    expect(existsSync(path.join(userData, 'logs', 'main.old.log'))).toBe(true);
    expect(readFileSync(log.file, 'utf8')).toBe('2026-12-02T08:00:00.000Z [info] after rotation\n');
  });

  it('never throws when the folder cannot be written', () => {
    writeFileSync(path.join(userData, 'logs'), 'a file where the folder should be');
    const log = createCrashLog({ userDataDir: userData, now });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => log.record('info', 'x')).not.toThrow();
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('starts the crash reporter without uploads and logs main errors and renderer crashes', () => {
    const log = createCrashLog({ userDataDir: userData, now, homeDir: '/nowhere' });
    const proc = emitter();
    const app = emitter();
    const crashReporter = { start: vi.fn() };
    installCrashHandlers(log, { process: proc, app, crashReporter });
    expect(crashReporter.start).toHaveBeenCalledWith({ uploadToServer: false });

    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    proc.fire('uncaughtException', new Error('main broke'));
    proc.fire('unhandledRejection', 'a promise nobody awaited');
    quiet.mockRestore();
    app.fire('render-process-gone', {}, {}, { reason: 'clean-exit', exitCode: 0 });
    app.fire('render-process-gone', {}, {}, { reason: 'oom', exitCode: -1 });
    app.fire('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });

    const lines = readFileSync(log.file, 'utf8').trim().split('\n');
    const kinds = lines.filter((l) => /^\d{4}-/.test(l)).map((l) => /\[([\w-]+)\]/.exec(l)![1]);
    expect(kinds).toEqual([
      'uncaughtException',
      'unhandledRejection',
      'render-process-gone',
      'child-process-gone',
    ]);
    expect(readFileSync(log.file, 'utf8')).toContain('main broke');
    expect(readFileSync(log.file, 'utf8')).not.toContain('clean-exit');
  });
});
