import fs from 'node:fs';
import path from 'node:path';

/**
 * The temp file beside `file`. A background write and a synchronous save of the same file may
 * start in the same millisecond: `kind` keeps their temp files apart.
 */
function tempPathFor(file: string, kind = ''): string {
  const name = `.${path.basename(file)}.${process.pid}.${Date.now()}${kind}.tmp`;
  return path.join(path.dirname(file), name);
}

/**
 * Replaces `file` with `bytes` so that a crash at any instant leaves either the old file or the
 * new one, never a torn mix: write a temp file in the same folder, fsync it, rename it over the
 * target (atomic on one filesystem), then fsync the folder so the rename itself is durable.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const tmp = tempPathFor(file);
  let fd: number | null = fs.openSync(tmp, 'w', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fsyncDir(path.dirname(file));
}

/**
 * writeFileAtomic with the write and the fsyncs on libuv's thread pool, so the calling thread is
 * free while the disk works. `beforeRename` runs on the calling thread right before the rename,
 * which is synchronous: nothing else on that thread can write `file` between the two. It returns
 * false when these bytes are no longer wanted (a newer save already replaced the file); the temp
 * file is removed and false returned.
 */
export async function writeFileAtomicAsync(
  file: string,
  bytes: Uint8Array,
  beforeRename: () => boolean,
): Promise<boolean> {
  const tmp = tempPathFor(file, '.background');
  let handle: fs.promises.FileHandle | null = await fs.promises.open(tmp, 'w', 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = null;
    if (!beforeRename()) {
      fs.rmSync(tmp, { force: true });
      return false;
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    if (handle !== null) await handle.close();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  await fsyncDirAsync(path.dirname(file));
  return true;
}

function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

async function fsyncDirAsync(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | null = null;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // As fsyncDir: the rename is atomic even where the folder cannot be fsynced.
  } finally {
    await handle?.close();
  }
}
