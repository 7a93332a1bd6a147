// The lock file beside a workspace: who holds it, created atomically, and taken over from a
// crashed holder by one process only, however many race for it.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';

/** What a lock file says about its holder. Old lock files held only a pid (token null). */
export interface LockHolder {
  pid: number | null;
  hostname: string | null;
  startedAt: string | null;
  token: string | null;
}

/** Details of a WORKSPACE_LOCKED refusal: enough for the app to say who holds the file. */
export interface LockedDetails {
  path: string;
  holder: LockHolder;
  /** The holder is on this machine (its pid could be checked and is alive). */
  sameMachine: boolean;
  /** Opaque: passed back to `acquireLock` to take over exactly this holder after confirmation. */
  lockContent: string;
}

export interface WorkspaceLock {
  readonly token: string;
  release(): void;
}

export interface AcquireOptions {
  /** The content of a lock the user agreed to take over (from LockedDetails.lockContent). */
  takeOver?: string;
  /** Start time written into the lock; tests pin it. */
  now?: () => Date;
}

/** A lock file still empty this long after it was made was left by a crash mid-creation. */
const EMPTY_LOCK_GRACE_MS = 5_000;
/** A take-over claim older than this was left by a crash mid-take-over. */
const STALE_CLAIM_MS = 30_000;
const MAX_ATTEMPTS = 400;

const lockFileOf = (workspaceFile: string) => `${workspaceFile}.lock`;

/**
 * Locks a workspace file for this process.
 *
 * The lock is made whole and exclusively (see tryCreate), so of any number of processes exactly
 * one makes it; it holds the holder's pid, host name, start time and a random token. A lock whose holder is gone (same machine, pid not alive) is taken over: the taker
 * first makes an exclusive hard link ("claim") to the very lock file it judged stale, re-reads
 * it through the claim to be sure it is still that lock, and only then renames it away and
 * races for a fresh `wx` create like everyone else. A lock held by a live pid (which may be a
 * reused pid) or by another machine is never taken silently: WORKSPACE_LOCKED says who holds
 * it, and the caller may pass that holder back as `takeOver` once the user has confirmed.
 */
export function acquireLock(workspaceFile: string, options: AcquireOptions = {}): WorkspaceLock {
  const lockFile = lockFileOf(workspaceFile);
  const now = options.now ?? (() => new Date());
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const made = tryCreate(lockFile, now);
    if (made) {
      removeLeftovers(lockFile);
      return made;
    }
    const content = readOrNull(lockFile);
    if (content === null) continue; // Removed between our create and our read: try again.
    const holder = parseHolder(content);
    if (holder === null) {
      // Empty or torn: another process is between its create and its write, or crashed there.
      if (ageMs(lockFile) < EMPTY_LOCK_GRACE_MS) {
        sleepMs(5);
        continue;
      }
    } else if (content !== options.takeOver && isHeld(holder)) {
      throw lockedError(workspaceFile, holder, content);
    }
    if (!removeIfStill(lockFile, content)) sleepMs(1 + (attempt % 5));
  }
  throw new AppError(
    'WORKSPACE_LOCKED',
    'Could not lock the workspace file: other processes kept changing its lock. Try again.',
  );
}

/** Reads who holds a workspace's lock, or null when it is not locked. */
export function readLockHolder(workspaceFile: string): LockHolder | null {
  const content = readOrNull(lockFileOf(workspaceFile));
  return content === null ? null : parseHolder(content);
}

/**
 * Makes the lock file whole in one step: the holder is written and synced to a temp file of our
 * own, which is then hard-linked to the lock's name (exclusive: fails if the name exists). So
 * the lock never exists empty or half written, even if we crash mid-way. Null: already locked.
 */
function tryCreate(lockFile: string, now: () => Date): WorkspaceLock | null {
  const token = randomBytes(16).toString('hex');
  const holder: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: now().toISOString(),
    token,
  };
  const content = JSON.stringify(holder);
  const temp = `${lockFile}.${token}.tmp`;
  try {
    writeSynced(temp, content, 'wx');
    try {
      fs.linkSync(temp, lockFile);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return null;
      if (!LINK_UNSUPPORTED.has(code ?? '')) throw err;
      // No hard links here (some network and FAT drives): exclusive create, then write.
      try {
        writeSynced(lockFile, content, 'wx');
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return null;
        throw inner;
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
  let released = false;
  return {
    token,
    release() {
      if (released) return;
      released = true;
      // Only our own lock is removed: if someone took it over after confirmation, it is theirs.
      const current = readOrNull(lockFile);
      if (current !== null && parseHolder(current)?.token === token) {
        fs.rmSync(lockFile, { force: true });
      }
    },
  };
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

function writeSynced(file: string, content: string, flag: 'wx'): void {
  const fd = fs.openSync(file, flag, 0o644);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw err;
  }
  fs.closeSync(fd);
}

/**
 * Removes the lock file only if it still holds `content`. Returns whether this call removed it.
 * Exactly one of any number of callers that saw the same content succeeds: the exclusive claim
 * link is named after that content, and the content is re-read through the claim before the
 * rename, so a fresh lock that replaced it meanwhile is never removed.
 */
function removeIfStill(lockFile: string, content: string): boolean {
  const id = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const claim = `${lockFile}.claim-${id}`;
  try {
    fs.linkSync(lockFile, claim);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EEXIST') {
      // Someone else is taking this lock over; a claim left by a crash is cleared after a while.
      if (ageMs(claim) > STALE_CLAIM_MS) fs.rmSync(claim, { force: true });
      return false;
    }
    if (!LINK_UNSUPPORTED.has(code ?? '')) throw err;
    // File systems without hard links: rename to a name of our own and re-read.
    return renameAndCheck(lockFile, content);
  }
  try {
    if (readOrNull(claim) !== content) return false;
    // Still the lock we judged: while our claim exists nobody else removes it.
    const moved = `${lockFile}.stale-${randomBytes(6).toString('hex')}`;
    fs.renameSync(lockFile, moved);
    fs.rmSync(moved, { force: true });
    return true;
  } finally {
    fs.rmSync(claim, { force: true });
  }
}

function renameAndCheck(lockFile: string, content: string): boolean {
  const moved = `${lockFile}.stale-${randomBytes(6).toString('hex')}`;
  try {
    fs.renameSync(lockFile, moved);
  } catch {
    return false;
  }
  if (readOrNull(moved) === content) {
    fs.rmSync(moved, { force: true });
    return true;
  }
  // We moved a lock someone made meanwhile: put it back unless yet another one appeared.
  try {
    fs.linkSync(moved, lockFile);
  } catch {
    // The lock name is taken again; the moved holder keeps running without its file.
  }
  fs.rmSync(moved, { force: true });
  return false;
}

/** Older than this, a temp or claim file beside the lock was left by a process that crashed. */
const LEFTOVER_MS = 60_000;

/** Removes temp and claim files that crashed processes left beside the lock (tidying only). */
function removeLeftovers(lockFile: string): void {
  const dir = path.dirname(lockFile);
  const base = path.basename(lockFile);
  const leftover = (name: string) => {
    if (!name.startsWith(`${base}.`)) return false;
    const rest = name.slice(base.length + 1);
    return /^[0-9a-f]{32}\.tmp$/.test(rest) || /^claim-[0-9a-f]{16}$/.test(rest);
  };
  try {
    for (const name of fs.readdirSync(dir)) {
      if (!leftover(name)) continue;
      const file = path.join(dir, name);
      if (ageMs(file) > LEFTOVER_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // A folder we cannot list: nothing to tidy.
  }
}

function parseHolder(content: string): LockHolder | null {
  const text = content.trim();
  if (/^\d+$/.test(text)) {
    // A lock written by an earlier version: just the pid, on this machine.
    return { pid: Number(text), hostname: os.hostname(), startedAt: null, token: null };
  }
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null) return null;
    return {
      pid: Number.isSafeInteger(raw.pid) && (raw.pid as number) > 0 ? (raw.pid as number) : null,
      hostname: typeof raw.hostname === 'string' ? raw.hostname.slice(0, 255) : null,
      startedAt: typeof raw.startedAt === 'string' ? raw.startedAt.slice(0, 40) : null,
      token: typeof raw.token === 'string' ? raw.token.slice(0, 64) : null,
    };
  } catch {
    return null;
  }
}

/** Whether the holder may still be using the file: another machine, or a live pid here. */
function isHeld(holder: LockHolder): boolean {
  if (holder.hostname !== null && holder.hostname !== os.hostname()) return true;
  if (holder.pid === null) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(workspaceFile: string, holder: LockHolder, content: string): AppError {
  const sameMachine = holder.hostname === null || holder.hostname === os.hostname();
  const who = sameMachine
    ? `another QBR Studio process on this computer (pid ${holder.pid ?? '?'})`
    : `QBR Studio on ${holder.hostname} (pid ${holder.pid ?? '?'})`;
  const since = holder.startedAt ? ` since ${holder.startedAt}` : '';
  const details: LockedDetails = { path: workspaceFile, holder, sameMachine, lockContent: content };
  return new AppError(
    'WORKSPACE_LOCKED',
    `This workspace is open in ${who}${since}. Close it there first, open it read-only, or take it over.`,
    details,
  );
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** A short synchronous pause while another process finishes writing its lock. */
function sleepMs(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
