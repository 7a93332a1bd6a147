// Which text encoding a delimited-text file is in, decided from its bytes (#13.7, #14.7).
//
// A byte-order mark or a pattern of zero bytes names UTF-16/UTF-32. Otherwise the whole file is
// scanned once for UTF-8: valid UTF-8 is UTF-8. A file that is not valid UTF-8 but holds valid
// multi-byte sequences too mixes encodings: it is read as UTF-8 when those outnumber the bad
// bytes, and the bad lines are reported either way, never hidden behind a whole-file guess. A
// file with no UTF-8 in it is in a legacy code page: each candidate decodes a sample, and the one
// whose non-ASCII characters read most like letters of its language wins (Turkish ş ğ ı İ under
// Windows-1254 where Windows-1252 yields þ ð ý; Thai words under Windows-874 where 1252 yields
// symbol soup).
import { isAscii } from 'node:buffer';
import type { TextEncodingName } from '../../../shared/ipc/contract/csv-messages';
import { TEXT_ENCODINGS } from '../../../shared/ipc/contract/csv-messages';

export type { TextEncodingName };

/** Why an encoding was used; each has a message `import.encoding.reason.<reason>`. */
export type EncodingReason =
  | 'bom'
  | 'zeroBytes'
  | 'ascii'
  | 'validUtf8'
  | 'mixed'
  | 'turkish'
  | 'thai'
  | 'western'
  | 'euro'
  | 'chosen';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  reason: EncodingReason;
  /** 1-based lines holding bytes that are not valid UTF-8 (first MAX_BAD_LINES). */
  badLines: number[];
  /** How many invalid UTF-8 sequences the file holds in all. */
  badCount: number;
}

export const MAX_BAD_LINES = 10;

/** Resolves a user's encoding name (utf8, cp1254, iso-8859-9, tis-620...) to one we decode. */
export function resolveEncoding(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-');
  const utf32 = /^utf-?32(le|-le)?$/.test(l)
    ? 'utf-32le'
    : /^utf-?32-?be$/.test(l)
      ? 'utf-32be'
      : null;
  if (utf32) return utf32;
  const aliases: Record<string, string> = { cp874: 'windows-874', utf16: 'utf-16le' };
  const cp = /^(?:cp|windows)(125[24])$/.exec(l);
  const name = cp ? `windows-${cp[1]}` : (aliases[l] ?? l);
  let canonical: string;
  try {
    canonical = new TextDecoder(name).encoding;
  } catch {
    return null;
  }
  return (TEXT_ENCODINGS as readonly string[]).includes(canonical)
    ? (canonical as TextEncodingName)
    : null;
}

/** The encoding a byte-order mark or a pattern of zero bytes announces, if any. */
export function sniffUnicode(
  head: Uint8Array,
): { encoding: TextEncodingName; bomLength: number } | null {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', bomLength: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (head.length < 4) return null;
  // Without a mark: ASCII text in UTF-32 has three zero bytes per character, in UTF-16 one.
  if (a !== 0 && b === 0 && c === 0 && d === 0) return { encoding: 'utf-32le', bomLength: 0 };
  if (a === 0 && b === 0 && c === 0 && d !== 0) return { encoding: 'utf-32be', bomLength: 0 };
  if (a !== 0 && b === 0 && d === 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (a === 0 && c === 0 && b !== 0) return { encoding: 'utf-16be', bomLength: 0 };
  return null;
}

/**
 * Scans bytes chunk by chunk for UTF-8 validity, counting lines, in one linear pass. A sequence
 * cut by a chunk's end is finished in the next chunk.
 */
export class Utf8Scanner {
  validMultiByte = 0;
  badCount = 0;
  readonly badLines: number[] = [];
  /** A zero byte: no text file in a one-byte encoding holds one. */
  sawNul = false;
  private line = 1;
  /** Continuation bytes still expected by the sequence in progress, and bounds for the next. */
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  push(bytes: Uint8Array): void {
    // Most files are ASCII: checked natively, with the lines counted by a native search.
    if (this.need === 0 && isAscii(bytes)) {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let at = buf.indexOf(0x0a); at >= 0; at = buf.indexOf(0x0a, at + 1)) this.line++;
      if (buf.indexOf(0) >= 0) this.sawNul = true;
      return;
    }
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.need > 0) {
        if (b >= this.lower && b <= this.upper) {
          this.lower = 0x80;
          this.upper = 0xbf;
          if (--this.need === 0) this.validMultiByte++;
          continue;
        }
        // The sequence broke off: it is bad, and this byte starts afresh.
        this.bad();
        this.need = 0;
        this.lower = 0x80;
        this.upper = 0xbf;
      }
      if (b < 0x80) {
        if (b === 0x0a) this.line++;
        else if (b === 0) this.sawNul = true;
      } else if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        // Overlong forms and UTF-16 surrogates are not valid UTF-8 (WHATWG's decoder agrees).
        if (b === 0xe0) this.lower = 0xa0;
        else if (b === 0xed) this.upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        if (b === 0xf0) this.lower = 0x90;
        else if (b === 0xf4) this.upper = 0x8f;
      } else this.bad();
    }
  }

  /** Ends the scan: a sequence cut off by the end of the file is bad. */
  end(): void {
    if (this.need > 0) this.bad();
    this.need = 0;
  }

  private bad(): void {
    this.badCount++;
    const last = this.badLines[this.badLines.length - 1];
    if (last !== this.line && this.badLines.length < MAX_BAD_LINES) this.badLines.push(this.line);
  }
}

/** Legacy code pages tried in this order; the first of equal scores wins. */
const LEGACY: readonly TextEncodingName[] = [
  'windows-1252',
  'windows-1254',
  'iso-8859-15',
  'windows-874',
];

/** Letters only Turkish needs among the Latin code pages (where 1252 has Icelandic ones). */
const TURKISH = /[şŞğĞıİ]/u;
const ICELANDIC = /[þÞðÐýÝ]/u;
const THAI = /[\u0E00-\u0E7F]/u;
const LETTER = /[\p{L}\p{M}]/u;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * How much a decoding reads like text: each non-ASCII character scores +1 when it is a letter
 * that fits its neighbours, less when it is a symbol, a control, undefined in the code page, or
 * a letter from a script the neighbours do not use.
 */
export function textScore(text: string): number {
  let score = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch.charCodeAt(0) < 0x80) continue;
    const before = chars[i - 1] ?? ' ';
    const after = chars[i + 1] ?? ' ';
    if (ch === '\uFFFD' || /[\u0080-\u009F]|\p{Co}/u.test(ch)) score -= 3;
    else if (ch === '€') score += 1;
    else if (THAI.test(ch)) {
      // Thai runs between spaces or other Thai; a lone Thai sign inside a Latin word is noise.
      score += ASCII_LETTER.test(before) || ASCII_LETTER.test(after) ? -1 : 1;
    } else if (LETTER.test(ch)) {
      if (THAI.test(before) || THAI.test(after)) score -= 1;
      else if (TURKISH.test(ch)) score += 2;
      else if (ICELANDIC.test(ch)) score += 0;
      else score += 1;
    } else score -= 1;
  }
  return score;
}

/** The legacy code page a sample of bytes (not UTF-8) reads best in, and why. */
export function guessLegacy(sample: Uint8Array): {
  encoding: TextEncodingName;
  reason: EncodingReason;
} {
  let best: TextEncodingName = 'windows-1252';
  let bestScore = -Infinity;
  let bestText = '';
  for (const encoding of LEGACY) {
    const text = new TextDecoder(encoding).decode(sample);
    const score = textScore(text);
    if (score > bestScore) {
      bestScore = score;
      best = encoding;
      bestText = text;
    }
  }
  const reason: EncodingReason =
    best === 'windows-874'
      ? 'thai'
      : best === 'windows-1254' && TURKISH.test(bestText)
        ? 'turkish'
        : best === 'iso-8859-15'
          ? 'euro'
          : 'western';
  return { encoding: best, reason };
}

/**
 * Decides a file's encoding from its UTF-8 scan and a sample of its first bytes: valid UTF-8 is
 * UTF-8; a file mostly in UTF-8 with bad bytes is UTF-8 with them reported; else a code page.
 */
export function decideEncoding(scan: Utf8Scanner, sample: Uint8Array): EncodingGuess {
  const report = { bomLength: 0, badLines: [...scan.badLines], badCount: scan.badCount };
  if (scan.badCount === 0) {
    return {
      ...report,
      encoding: 'utf-8',
      reason: scan.validMultiByte === 0 ? 'ascii' : 'validUtf8',
    };
  }
  if (scan.validMultiByte >= scan.badCount)
    return { ...report, encoding: 'utf-8', reason: 'mixed' };
  const legacy = guessLegacy(sample);
  // Some UTF-8 among many bad bytes mixes encodings: said so, with the lines. Thai code-page
  // text forms valid UTF-8 pairs and triples by chance (a quarter as many as its bad bytes in
  // ordinary Thai), Latin code pages hardly ever.
  const coincidences = legacy.encoding === 'windows-874' ? scan.badCount / 2 : 0;
  if (scan.validMultiByte > coincidences)
    return { ...report, encoding: legacy.encoding, reason: 'mixed' };
  // A whole file in a code page has no bad lines to report: every byte means a character.
  return { ...report, badLines: [], badCount: 0, ...legacy };
}

/** Streams UTF-32 (which TextDecoder does not know) as TextDecoder streams the others. */
export class Utf32Decoder {
  private carry: Uint8Array = new Uint8Array(0);

  constructor(private readonly littleEndian: boolean) {}

  decode(bytes: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    let data = bytes;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + bytes.length);
      data.set(this.carry);
      data.set(bytes, this.carry.length);
    }
    const whole = data.length - (data.length % 4);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const parts: string[] = [];
    let codes: number[] = [];
    for (let i = 0; i < whole; i += 4) {
      const cp = view.getUint32(i, this.littleEndian);
      codes.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
      // fromCodePoint takes its arguments on the stack: flush in bounded batches.
      if (codes.length === 8192) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
    }
    parts.push(String.fromCodePoint(...codes));
    this.carry = data.slice(whole);
    if (!options.stream && this.carry.length > 0) {
      this.carry = new Uint8Array(0);
      parts.push('\uFFFD');
    }
    return parts.join('');
  }
}

/** A streaming decoder for any encoding we read. */
export function decoderFor(encoding: TextEncodingName): {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
} {
  if (encoding === 'utf-32le') return new Utf32Decoder(true);
  if (encoding === 'utf-32be') return new Utf32Decoder(false);
  return new TextDecoder(encoding);
}
