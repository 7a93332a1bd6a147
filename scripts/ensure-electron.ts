// Runs before `npm start` and `npm run dev`: makes sure Electron's runtime is on disk, and when it
// cannot be, stops with a plain explanation before anything is built. Electron 45's npm package
// no longer downloads its runtime at install time; only its own `install-electron` bin writes
// node_modules/electron/path.txt and dist/, which electron-vite reads. Without this step a fresh
// clone builds twice and then fails with electron-vite's bare "Electron uninstall".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Electron 45's installer (@electron/get 5) needs this Node version or later. */
export const INSTALLER_MIN_NODE = '22.12.0';

export type InstallResult = { ok: true } | { ok: false; error: string };

/** Downloads the runtime; injectable so tests can fake success and failure. */
export type Installer = () => Promise<InstallResult>;

export interface EnsureOptions {
  /** node_modules/electron */
  electronDir: string;
  install: Installer;
  env?: NodeJS.ProcessEnv;
  nodeVersion?: string;
}

export type EnsureOutcome =
  { ok: true; binary: string; installed: boolean } | { ok: false; message: string };

/** The runtime executable path.txt names, or why there is none yet. */
export function runtimeBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { binary: string | null; missing: string | null } {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { binary: null, missing: `${pathFile} does not exist` };
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return { binary: null, missing: `${pathFile} is empty` };
  // The same lookup as electron's index.js, including its override for a runtime kept elsewhere.
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary)
    ? { binary, missing: null }
    : { binary: null, missing: `${binary} does not exist` };
}

/** Whether `version` (like v20.20.2) is at least `min` (like 22.12.0). */
export function nodeAtLeast(version: string, min: string): boolean {
  const parse = (v: string) => v.replace(/^v/, '').split('.').map(Number);
  const [a, b] = [parse(version), parse(min)];
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** The first non-empty line of an error output: the "why" a user can act on or search for. */
export function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? 'no error output'
  );
}

export function failureMessage(why: string, nodeVersion: string): string {
  const lines = [
    "QBR Studio cannot start: Electron's runtime could not be downloaded.",
    `  Why: ${why}`,
  ];
  const oldNode = !nodeAtLeast(nodeVersion, INSTALLER_MIN_NODE);
  if (oldNode) {
    lines.push(
      `  Electron's installer needs Node ${INSTALLER_MIN_NODE} or later; this is Node ${nodeVersion}.`,
    );
  }
  lines.push(
    `  To retry: ${oldNode ? `switch to Node ${INSTALLER_MIN_NODE}+, ` : ''}check the internet connection (and any proxy),`,
    '  then run `npm start` again (or `npx install-electron` to download the runtime alone).',
    '  Without it, `npm run demo` and the command line (`npm run cli -- --help`) still work.',
  );
  return lines.join('\n');
}

export async function ensureElectron(options: EnsureOptions): Promise<EnsureOutcome> {
  const env = options.env ?? process.env;
  const nodeVersion = options.nodeVersion ?? process.version;
  const before = runtimeBinary(options.electronDir, env);
  if (before.binary !== null) return { ok: true, binary: before.binary, installed: false };

  const result = await options.install();
  if (!result.ok)
    return { ok: false, message: failureMessage(firstLine(result.error), nodeVersion) };

  // An installer that exits 0 but leaves no runtime (interrupted unzip, a full disk) is a failure.
  const after = runtimeBinary(options.electronDir, env);
  if (after.binary === null) {
    return {
      ok: false,
      message: failureMessage(
        `the installer reported success but ${after.missing ?? 'the runtime is missing'}`,
        nodeVersion,
      ),
    };
  }
  return { ok: true, binary: after.binary, installed: true };
}

/** Runs electron's own `install-electron` bin with this Node, keeping its error output. */
export function electronInstaller(electronDir: string): Installer {
  return () =>
    new Promise((resolve) => {
      const pkg = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as {
        bin?: Record<string, string>;
      };
      const bin = pkg.bin?.['install-electron'];
      if (bin === undefined) {
        resolve({ ok: false, error: 'electron has no install-electron bin' });
        return;
      }
      const child = spawn(process.execPath, [path.join(electronDir, bin)], {
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (err) => resolve({ ok: false, error: err.message }));
      child.on('close', (code) =>
        resolve(code === 0 ? { ok: true } : { ok: false, error: stderr || `exit code ${code}` }),
      );
    });
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (runtimeBinary(electronDir).binary === null) {
    console.log("Downloading Electron's runtime (first start only)...");
  }
  const outcome = await ensureElectron({ electronDir, install: electronInstaller(electronDir) });
  if (!outcome.ok) {
    console.error(outcome.message);
    process.exit(1);
  }
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  void main();
}
