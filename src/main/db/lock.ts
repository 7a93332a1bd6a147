import fs from 'node:fs';
import { AppError } from '../../shared/ipc/result';

/** Whether a process with this id is alive on this machine. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface WorkspaceLock {
  release(): void;
}

/**
 * A lock file beside the workspace holding the owner's pid, created exclusively. A lock left by
 * a process that no longer exists (a crash) is taken over; a live owner makes us refuse.
 */
export function acquireLock(workspaceFile: string): WorkspaceLock {
  const lockFile = `${workspaceFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.rmSync(lockFile);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readOrEmpty(lockFile), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'WORKSPACE_LOCKED',
          `This workspace is open in another QBR Studio process (pid ${owner}). Close it there first.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new AppError('WORKSPACE_LOCKED', 'Could not lock the workspace file.');
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
