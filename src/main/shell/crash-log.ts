// A local trace of what went wrong, so a crash on a CSM's laptop can be looked at afterwards:
// main-process errors and renderer crashes are appended to <userData>/logs/main.log, and
// Chromium's own minidumps stay in crashDumps (crashReporter with uploads off). Nothing is sent
// anywhere. The user's home folder is replaced by ~ so a shared log does not name the user.
import { appendFileSync, mkdirSync, statSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOG_FILE_NAME = 'main.log';
/** Past this size the log is rotated once (main.log -> main.old.log), so it cannot grow forever. */
export const MAX_LOG_BYTES = 1_000_000;

export interface CrashLog {
  readonly dir: string;
  readonly file: string;
  record(kind: string, detail: unknown): void;
}

export interface CrashLogOptions {
  userDataDir: string;
  now?: () => Date;
  homeDir?: string;
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

export function redactHome(text: string, homeDir: string): string {
  return homeDir.length > 1 ? text.split(homeDir).join('~') : text;
}

export function createCrashLog(options: CrashLogOptions): CrashLog {
  const dir = path.join(options.userDataDir, 'logs');
  const file = path.join(dir, LOG_FILE_NAME);
  const now = options.now ?? (() => new Date());
  const home = options.homeDir ?? os.homedir();
  return {
    dir,
    file,
    record(kind, detail) {
      const line = `${now().toISOString()} [${kind}] ${redactHome(describe(detail), home)}\n`;
      try {
        mkdirSync(dir, { recursive: true });
        try {
          if (statSync(file).size > MAX_LOG_BYTES) {
            renameSync(file, path.join(dir, 'main.old.log'));
          }
        } catch {
          // No log yet.
        }
        appendFileSync(file, line);
      } catch (err) {
        // The log is a help, never a reason to crash harder: fall back to stderr.
        console.error('[crash-log] could not write the log:', err, line);
      }
    },
  };
}

interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

interface AppLike {
  on(
    event: 'render-process-gone',
    listener: (
      event: unknown,
      contents: unknown,
      details: { reason: string; exitCode: number },
    ) => void,
  ): unknown;
  on(
    event: 'child-process-gone',
    listener: (event: unknown, details: { type: string; reason: string; exitCode: number }) => void,
  ): unknown;
}

interface CrashReporterLike {
  start(options: { uploadToServer: boolean }): void;
}

/**
 * Starts Chromium's crash reporter with uploads off and logs main-process errors and renderer
 * or helper crashes. A clean exit of a renderer is not a crash and is not logged.
 */
export function installCrashHandlers(
  log: CrashLog,
  deps: { process: ProcessLike; app: AppLike; crashReporter: CrashReporterLike },
): void {
  deps.crashReporter.start({ uploadToServer: false });
  deps.process.on('uncaughtException', (error) => {
    log.record('uncaughtException', error);
    console.error('[main] uncaught exception:', error);
  });
  deps.process.on('unhandledRejection', (reason) => {
    log.record('unhandledRejection', reason);
    console.error('[main] unhandled rejection:', reason);
  });
  deps.app.on('render-process-gone', (_event, _contents, details) => {
    if (details.reason === 'clean-exit') return;
    log.record('render-process-gone', details);
  });
  deps.app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.record('child-process-gone', details);
  });
}
