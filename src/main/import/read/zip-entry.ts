import fs from 'node:fs';
import zlib from 'node:zlib';
import { damage } from './refusal';
import type { ZipEntryInfo } from './zip-guard';

const LOCAL_SIGNATURE = 0x04034b50;
const READ_CHUNK = 1024 * 1024;

/**
 * Yields one zip part's inflated bytes a chunk at a time, never more than the declared size, and
 * fails with a WorkbookDamage when the part is missing, cut short, or does not match its
 * declared size and checksum. The caller has already checked the declared sizes (zipBombReason).
 */
export async function* inflateEntry(
  filePath: string,
  entry: ZipEntryInfo,
): AsyncGenerator<Buffer, void, undefined> {
  const start = dataStart(filePath, entry);
  if (entry.method !== 0 && entry.method !== 8) {
    throw damage('import.reason.compression', { part: entry.name });
  }
  if (entry.compressed === 0) {
    if (entry.uncompressed !== 0) throw damage('import.reason.partDamaged', { part: entry.name });
    return;
  }
  const source = fs.createReadStream(filePath, {
    start,
    end: start + entry.compressed - 1,
    highWaterMark: READ_CHUNK,
  });
  // 64 KB out at a time: a quarter of the chunks (and of the work per chunk) of zlib's 16 KB.
  const inflated =
    entry.method === 8 ? source.pipe(zlib.createInflateRaw({ chunkSize: 64 * 1024 })) : source;
  source.once('error', (err) => inflated.destroy(err));
  let produced = 0;
  let crc = 0;
  try {
    for await (const out of inflated as AsyncIterable<Buffer>) {
      produced += out.length;
      if (produced > entry.uncompressed) throw new Error('longer than declared');
      crc = zlib.crc32(out, crc);
      yield out;
    }
  } catch {
    throw damage('import.reason.partDamaged', { part: entry.name });
  } finally {
    source.destroy();
    inflated.destroy();
  }
  if (produced !== entry.uncompressed || crc !== entry.crc) {
    throw damage('import.reason.partDamaged', { part: entry.name });
  }
}

/** Where the part's data begins, after its local header; checks the header is there. */
function dataStart(filePath: string, entry: ZipEntryInfo): number {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const header = Buffer.alloc(30);
    if (
      entry.localOffset + 30 > size ||
      fs.readSync(fd, header, 0, 30, entry.localOffset) !== 30 ||
      header.readUInt32LE(0) !== LOCAL_SIGNATURE
    ) {
      throw damage('import.reason.partDamaged', { part: entry.name });
    }
    const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressed > size)
      throw damage('import.reason.partCutShort', { part: entry.name });
    // Without a data descriptor (flag bit 3) the local header repeats what the directory
    // declares; a part whose two declarations differ is not trusted.
    const described = (header.readUInt16LE(6) & 8) !== 0;
    if (
      !described &&
      (header.readUInt32LE(14) !== entry.crc ||
        header.readUInt32LE(18) !== entry.compressed ||
        header.readUInt32LE(22) !== entry.uncompressed)
    ) {
      throw damage('import.reason.partDamaged', { part: entry.name });
    }
    return start;
  } finally {
    fs.closeSync(fd);
  }
}

/** The whole (small) part as text: workbook, relationships, shared strings. */
export async function entryText(filePath: string, entry: ZipEntryInfo): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of inflateEntry(filePath, entry)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}
