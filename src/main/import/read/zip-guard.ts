import fs from 'node:fs';
import type { ImportMessage } from '../../../shared/ipc/contract';
import { message } from '../check/messages';
import { damage } from './refusal';

/** Limits for what an .xlsx may declare before any of it is inflated. */
export const ZIP_LIMITS = {
  maxEntries: 10_000,
  maxTotalUncompressed: 1024 * 1024 * 1024,
  /** A worksheet's XML compresses well (often 10-40x); bombs compress a thousand-fold. */
  maxRatio: 200,
  /** Small entries may compress absurdly well (a run of blanks) without being dangerous. */
  ratioCheckFrom: 10 * 1024 * 1024,
} as const;

export interface ZipEntryInfo {
  name: string;
  compressed: number;
  uncompressed: number;
  encrypted: boolean;
  method: number;
  crc: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * Reads the zip's central directory (the table of contents at its end) without inflating
 * anything, so declared sizes can be checked before a reader is allowed near the data.
 * Throws a WorkbookDamage when the directory is missing or damaged.
 */
export function readZipDirectory(filePath: string): ZipEntryInfo[] {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damage('import.reason.noDirectory');
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || count === 0xffff) throw damage('import.reason.zip64');
    if (dirOffset + dirSize > size) throw damage('import.reason.directoryPastEnd');
    const dir = Buffer.alloc(dirSize);
    fs.readSync(fd, dir, 0, dirSize, dirOffset);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
        throw damage('import.reason.directoryDamaged');
      }
      const flags = dir.readUInt16LE(p + 8);
      const method = dir.readUInt16LE(p + 10);
      const crc = dir.readUInt32LE(p + 16);
      const localOffset = dir.readUInt32LE(p + 42);
      const compressed = dir.readUInt32LE(p + 20);
      const uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      entries.push({
        name,
        compressed,
        uncompressed,
        encrypted: (flags & 1) === 1,
        method,
        crc,
        localOffset,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a workbook must not be inflated, or null when its declared sizes are reasonable. */
export function zipBombReason(entries: readonly ZipEntryInfo[]): ImportMessage | null {
  if (entries.length > ZIP_LIMITS.maxEntries)
    return message('import.reason.tooManyParts', { count: { count: entries.length } });
  let total = 0;
  let packed = 0;
  for (const e of entries) {
    if (e.encrypted) return message('import.reason.encrypted');
    if (e.uncompressed === 0xffffffff || e.compressed === 0xffffffff)
      return message('import.reason.partZip64');
    total += e.uncompressed;
    packed += e.compressed;
    if (
      e.uncompressed >= ZIP_LIMITS.ratioCheckFrom &&
      e.uncompressed > e.compressed * ZIP_LIMITS.maxRatio
    ) {
      const ratio = Math.round(e.uncompressed / Math.max(1, e.compressed));
      return message('import.reason.expands', { part: e.name, ratio: { count: ratio } });
    }
  }
  // Many parts each under the size the ratio is checked from can still add up to a bomb: the
  // whole file is held to the same ratio as one part.
  if (
    total > ZIP_LIMITS.maxTotalUncompressed ||
    (total >= ZIP_LIMITS.ratioCheckFrom && total > packed * ZIP_LIMITS.maxRatio)
  ) {
    const size = Math.round(total / 1024 / 1024);
    return message('import.reason.expandsTo', { size: { count: size } });
  }
  return null;
}
