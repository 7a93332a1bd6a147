// An opaque RGB PNG from resvg's RGBA pixels. pdfkit embeds an RGB, non-interlaced PNG by
// copying its compressed data as is, but must inflate, split and re-deflate an RGBA one to
// build the soft mask; for charts on a white background that was most of a QBR pack's time.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A fast level: charts are mostly flat colour, which compresses well at any level. */
const DEFLATE_LEVEL = 4;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba` is width*height*4 bytes, premultiplied or not: pixels are composited on white. */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    // filter byte 0 (none) leads each scanline
    let out = y * stride + 1;
    let at = y * width * 4;
    for (let x = 0; x < width; x++, at += 4) {
      const alpha = rgba[at + 3]!;
      const blank = 255 - alpha;
      // resvg's pixels are premultiplied, so adding the white that shows through is enough
      raw[out++] = Math.min(255, rgba[at]! + blank);
      raw[out++] = Math.min(255, rgba[at + 1]! + blank);
      raw[out++] = Math.min(255, rgba[at + 2]! + blank);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: DEFLATE_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
