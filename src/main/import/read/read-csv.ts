// Reads a delimited-text file (.csv, .tsv, .txt) into rows, chunk by chunk: the file's text is
// never held whole, every bound is checked on the row still being read, and the event loop gets
// a turn after each chunk so a cancel is honoured within one chunk's work.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { TextEncodingInfo, TextEncodingName } from '../../../shared/ipc/contract/csv-messages';
import type { SheetRows } from './sheet-rows';
import { message } from '../check/messages';
import type { ReadProgress } from '../progress';
import { CsvBoundError, CsvParser, detectDelimiter, parseCsv } from './csv-parser';
import type { CsvLimits } from './csv-parser';
import type { EncodingGuess } from './encoding';
import { Utf8Scanner, decideEncoding, decoderFor, sniffUnicode } from './encoding';
import { cancelled, refusal } from './refusal';

export { CsvParser, detectDelimiter, parseCsv };

/** Bytes read and parsed between two looks at the cancel signal: a few ms of work on a quiet
 * machine, well under 250 ms on a loaded one. */
const CHUNK = 256 * 1024;
/** Bytes the legacy code-page guess reads its letters from. */
const SAMPLE = 64 * 1024;

export interface CsvReadOptions extends ReadProgress, CsvLimits {
  /** The user's choice; detected from the bytes when absent. */
  encoding?: TextEncodingName;
}

export interface CsvRead {
  rows: SheetRows;
  encoding: TextEncodingInfo;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Decodes a small buffer as the file reader would (detected encoding). */
export function decodeText(bytes: Uint8Array): string {
  const guess = guessFromBytes(bytes);
  return decoderFor(guess.encoding).decode(bytes.subarray(guess.bomLength));
}

function guessFromBytes(bytes: Uint8Array): EncodingGuess {
  const unicode = sniffUnicode(bytes.subarray(0, 4));
  if (unicode) return { ...unicode, reason: 'bom', badLines: [], badCount: 0 };
  const scan = new Utf8Scanner();
  scan.push(bytes);
  scan.end();
  return decideEncoding(scan, bytes.subarray(0, SAMPLE));
}

/** The preview's account of the encoding: its name, why, and the lines that did not decode. */
export function encodingInfo(guess: EncodingGuess): TextEncodingInfo {
  const lines = guess.badLines.join(', ');
  const count = { count: guess.badCount };
  const reason =
    guess.reason === 'mixed'
      ? message('import.encoding.reason.mixed', { count, lines })
      : guess.reason === 'chosen' && guess.badCount > 0
        ? message('import.encoding.reason.chosenBad', { count, lines })
        : message(`import.encoding.reason.${guess.reason}`);
  return {
    encoding: guess.encoding,
    reason,
    badLines: guess.badLines,
    warning: guess.badCount > 0,
  };
}

/** The delimiter a file's extension asks for when its lines hold it. */
const preferredDelimiter = (filePath: string) =>
  path.extname(filePath).toLowerCase() === '.tsv' ? '\t' : undefined;

export async function readCsvFile(
  filePath: string,
  options: CsvReadOptions = {},
): Promise<CsvRead> {
  const file = path.basename(filePath);
  const fd = fs.openSync(filePath, 'r');
  try {
    const guess = await chooseEncoding(fd, file, options);
    const rows = await parseFd(fd, file, guess, preferredDelimiter(filePath), options);
    return { rows, encoding: encodingInfo(guess) };
  } finally {
    fs.closeSync(fd);
  }
}

const notText = (file: string) =>
  refusal('UNSUPPORTED_FILE', 'import.file.notSpreadsheet', { file });

/** The user's encoding, else a byte-order mark's or zero bytes', else a scan of the whole file. */
async function chooseEncoding(
  fd: number,
  file: string,
  options: CsvReadOptions,
): Promise<EncodingGuess> {
  const head = Buffer.alloc(4);
  const headLength = fs.readSync(fd, head, 0, 4, 0);
  const unicode = sniffUnicode(head.subarray(0, headLength));
  if (options.encoding && options.encoding !== 'utf-8') {
    // A mark that names the chosen encoding is still a mark, not text.
    const bomLength = unicode?.encoding === options.encoding ? unicode.bomLength : 0;
    return { encoding: options.encoding, bomLength, reason: 'chosen', badLines: [], badCount: 0 };
  }
  // UTF-16/32 are taken at their word; a UTF-8 mark still has its bytes checked below.
  if (unicode && unicode.encoding !== 'utf-8' && !options.encoding) {
    const reason = unicode.bomLength > 0 ? 'bom' : 'zeroBytes';
    return { ...unicode, reason, badLines: [], badCount: 0 };
  }
  const bomLength = unicode?.encoding === 'utf-8' ? unicode.bomLength : 0;
  const scan = new Utf8Scanner();
  const buffer = Buffer.alloc(CHUNK);
  // The letters that tell code pages apart may sit anywhere: the sample is the lines holding
  // non-ASCII bytes, from wherever in the file they are, up to SAMPLE bytes.
  const sample: Buffer[] = [];
  let sampled = 0;
  for (let position = bomLength; ;) {
    const read = fs.readSync(fd, buffer, 0, CHUNK, position);
    if (read === 0) break;
    if (sampled < SAMPLE) {
      const piece = nonAsciiLines(buffer.subarray(0, read), SAMPLE - sampled);
      sample.push(piece);
      sampled += piece.length;
    }
    scan.push(buffer.subarray(0, read));
    position += read;
    await turn();
    if (options.signal?.aborted) throw cancelled();
  }
  scan.end();
  // No text in a one-byte encoding holds a zero byte: this is some binary file.
  if (scan.sawNul) throw notText(file);
  if (options.encoding === 'utf-8') {
    return {
      encoding: 'utf-8',
      bomLength,
      reason: 'chosen',
      badLines: scan.badLines,
      badCount: scan.badCount,
    };
  }
  if (bomLength > 0) {
    // The mark says UTF-8: bytes that are not are reported, not a reason to guess a code page.
    const reason = scan.badCount > 0 ? 'mixed' : 'bom';
    const { badLines, badCount } = scan;
    return { encoding: 'utf-8', bomLength, reason, badLines, badCount };
  }
  const guess = decideEncoding(scan, Buffer.concat(sample));
  return { ...guess, bomLength: guess.encoding === 'utf-8' ? bomLength : 0 };
}

/** A copy of the bytes from the line holding the chunk's first non-ASCII byte, at most `limit`. */
function nonAsciiLines(chunk: Buffer, limit: number): Buffer {
  if (isAscii(chunk)) return Buffer.alloc(0);
  let first = 0;
  while (chunk[first]! < 0x80) first++;
  const start = chunk.lastIndexOf(0x0a, first) + 1;
  return Buffer.from(chunk.subarray(start, start + limit));
}

function boundRefusal(file: string, err: CsvBoundError) {
  return refusal('FILE_REFUSED', 'import.file.tooManyColumns', {
    file,
    row: err.row,
    limit: { count: err.limit },
  });
}

async function parseFd(
  fd: number,
  file: string,
  guess: EncodingGuess,
  preferred: string | undefined,
  options: CsvReadOptions,
): Promise<SheetRows> {
  const decoder = decoderFor(guess.encoding);
  const buffer = Buffer.alloc(CHUNK);
  let position = guess.bomLength;
  let parser: CsvParser | null = null;
  let sample = '';
  let counted = 0;
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK, position);
      position += read;
      const text = decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
      if (text.includes('\u0000')) throw notText(file);
      if (!parser) {
        sample += text;
        if (sample.length < 64 * 1024 && read > 0) continue;
        parser = new CsvParser(detectDelimiter(sample, preferred), options);
        parser.push(sample);
        sample = '';
      } else parser.push(text);
      // Cells of the row still being read count too: one endless row is refused like many rows.
      options.onCells?.(parser.cellsEnded - counted);
      counted = parser.cellsEnded;
      options.onRows?.(parser.rows.length);
      if (read === 0) break;
      await turn();
      if (options.signal?.aborted) throw cancelled();
    }
    return parser.end();
  } catch (err) {
    // The rows read so far are given back (their pages may be on disk).
    parser?.rows.dispose();
    if (err instanceof CsvBoundError) throw boundRefusal(file, err);
    throw err;
  }
}
