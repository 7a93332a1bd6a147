import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the real CLI in a child process under the bounds the hostile-file acceptance checks use
 * (issue #14: a heap cap and a wall-clock limit), so a test can assert that a hostile file ends
 * in a summary or a one-line refusal instead of taking the process down, and that a refusal
 * leaves the workspace byte-identical.
 *
 * Launched as `npm run cli` does (tsx on src/main/cli/index.ts), but through `node --import tsx`
 * so the heap cap applies to the process doing the work and a kill reaches it directly.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI_ENTRY = path.join(ROOT, 'src', 'main', 'cli', 'index.ts');
const MAX_RSS_PRELOAD = path.join(ROOT, 'tests', 'helpers', 'bounded-cli-maxrss.mjs');
/** Output kept per stream: enough for any summary, small enough that a runaway print can't hurt the test. */
const OUTPUT_CAP = 1 << 20;

export interface BoundedCliOptions {
  /** Arguments after `src/main/cli/index.ts`, e.g. ['import', '--workspace', W, FILE]. */
  args: readonly string[];
  /** Workspace file hashed before and after the run (absent file hashes as null). */
  workspace?: string;
  /** Wall-clock limit; the child is killed (SIGKILL) when it passes. Default 90 s (#14). */
  timeoutMs?: number;
  /** V8 old-space cap in MB. Default 1536 (#14). */
  maxOldSpaceMb?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Another TypeScript entry to run under the same bounds (a test driver for a path the CLI
   * has no command for, e.g. pasting observations); the CLI by default. */
  entry?: string;
}

export interface BoundedCliResult {
  /** Exit code, or null when the process ended by a signal (killed, aborted). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** True when the wall-clock limit killed the child. */
  killed: boolean;
  /** Peak resident memory of the child in bytes, when it exited normally enough to report it. */
  maxRssBytes: number | null;
  hashBefore: string | null;
  hashAfter: string | null;
  /** hashBefore === hashAfter (both null counts as unchanged: no workspace was left behind). */
  workspaceUnchanged: boolean;
}

/** sha256 of a file's bytes, or null when the file does not exist. */
export function sha256OfFile(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function collector(): { push(chunk: Buffer): void; text(): string } {
  const parts: Buffer[] = [];
  let size = 0;
  return {
    push(chunk) {
      if (size >= OUTPUT_CAP) return;
      const room = OUTPUT_CAP - size;
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      parts.push(kept);
      size += kept.length;
    },
    text: () => Buffer.concat(parts).toString('utf8'),
  };
}

/** Runs the CLI with the given arguments in a bounded child process. */
export async function runBoundedCli(options: BoundedCliOptions): Promise<BoundedCliResult> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const maxOld = options.maxOldSpaceMb ?? 1536;
  const hashBefore = options.workspace ? sha256OfFile(options.workspace) : null;
  const rssFile = path.join(
    os.tmpdir(),
    `qbr-bounded-cli-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.rss`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${maxOld}`,
      '--import',
      'tsx',
      '--import',
      MAX_RSS_PRELOAD,
      options.entry ?? CLI_ENTRY,
      ...options.args,
    ],
    {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env, QBR_MAXRSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out = collector();
  const err = collector();
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const { code, signal } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  }).finally(() => clearTimeout(timer));
  const wallMs = performance.now() - started;
  let maxRssBytes: number | null = null;
  try {
    maxRssBytes = Number(fs.readFileSync(rssFile, 'utf8')) || null;
    fs.rmSync(rssFile, { force: true });
  } catch {
    // The child died before reporting (killed or aborted): no figure, and nothing to remove.
  }
  const hashAfter = options.workspace ? sha256OfFile(options.workspace) : null;
  return {
    code,
    signal,
    stdout: out.text(),
    stderr: err.text(),
    wallMs,
    killed,
    maxRssBytes,
    hashBefore,
    hashAfter,
    workspaceUnchanged: hashBefore === hashAfter,
  };
}

/** `import --workspace W FILE... [extra]` under the bounds. */
export function runBoundedImport(
  workspace: string,
  files: readonly string[],
  extra: readonly string[] = [],
  options: Omit<BoundedCliOptions, 'args' | 'workspace'> = {},
): Promise<BoundedCliResult> {
  return runBoundedCli({
    ...options,
    workspace,
    args: ['import', '--workspace', workspace, ...files, ...extra],
  });
}

/** A fresh temp folder for one test's generated files; call the returned remove() in afterEach/finally. */
export function tempFolder(prefix = 'qbr-hostile-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Non-empty lines of a text (a one-line refusal has exactly one). */
export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}
