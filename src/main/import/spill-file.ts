import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let spillDir: string | null = null;

/**
 * One private folder per process (0700, as mkdtemp makes it) for what an import keeps on disk
 * instead of in memory, removed when the process exits.
 */
export function spillFolder(): string {
  if (!spillDir) {
    spillDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-import-spill-'));
    const dir = spillDir;
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return spillDir;
}

/** Files dropped without close() (a reader that threw half way) are closed when collected. */
const lost = new FinalizationRegistry<SpillFile>((file) => file.close());

/**
 * A private temp file (0600) written and read at offsets, its name removed as soon as it is open
 * where the system allows: nothing is left behind even if the process dies, and closing it
 * gives its space back. Where the name cannot be removed while open, close() removes it (and the
 * folder goes at exit).
 */
export class SpillFile {
  private fd: number | null;
  private name: string | null;
  /** Bytes written: where the next append goes. */
  size = 0;

  /** `owner`: closes the file when it is collected, should nobody close it first. */
  constructor(owner?: object) {
    const name = path.join(spillFolder(), `${process.pid}-${randomUUID()}`);
    this.fd = fs.openSync(name, 'wx+', 0o600);
    this.name = name;
    try {
      fs.unlinkSync(name);
      this.name = null;
    } catch {
      // Kept until close (Windows without delete sharing).
    }
    if (owner) lost.register(owner, this, this);
  }

  /** Writes `bytes` at the end; returns where they start. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    this.write(bytes, at);
    this.size += bytes.length;
    return at;
  }

  /** Writes `bytes` at `at` (within what was appended). */
  write(bytes: Uint8Array, at: number): void {
    let done = 0;
    while (done < bytes.length)
      done += fs.writeSync(this.open(), bytes, done, bytes.length - done, at + done);
  }

  /** Fills `into` from `at`. */
  read(into: Uint8Array, at: number): void {
    let done = 0;
    while (done < into.length) {
      const n = fs.readSync(this.open(), into, done, into.length - done, at + done);
      if (n === 0) throw new Error('spill file ended early');
      done += n;
    }
  }

  close(): void {
    lost.unregister(this);
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    if (this.name) fs.rmSync(this.name, { force: true });
    this.name = null;
  }

  private open(): number {
    if (this.fd === null) throw new Error('spill file closed');
    return this.fd;
  }
}
