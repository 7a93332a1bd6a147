// Deterministic crashes: once armed, the process SIGKILLs itself just before its k-th call to
// one of the file-system functions a save goes through (QBR_KILL_AT=k). Stepping k walks the
// kill point through every stage of a save: temp file open, write, fsync, close, rename, folder
// fsync, backup link; no timing luck involved.
import fs from 'node:fs';

const FS_STEPS = [
  'openSync',
  'writeSync',
  'fsyncSync',
  'closeSync',
  'renameSync',
  'linkSync',
] as const;

export function armKillSwitch(): void {
  const killAt = Number(process.env.QBR_KILL_AT ?? 0);
  if (!(killAt > 0)) return;
  let calls = 0;
  const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of FS_STEPS) {
    const original = target[name]!;
    target[name] = (...args: unknown[]) => {
      calls++;
      if (calls === killAt) process.kill(process.pid, 'SIGKILL');
      return original.apply(fs, args);
    };
  }
}
