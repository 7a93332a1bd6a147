import type { ZipEntryInfo } from './zip-guard';
import { cancelled, damage } from './refusal';
import { inflateEntry } from './zip-entry';
import { MAX_TOKEN_CHARS } from './limits';
import { TokenTooLarge, XmlScanner } from './xml-scan';
import type { XmlSink } from './xml-scan';

export interface ScanOptions {
  signal?: AbortSignal;
  /** Told after each inflated chunk how far the scanner got (in characters of the part). */
  onChunk?: (position: number) => void;
}

/** UTF-16 parts announce themselves with a byte order mark; everything else is UTF-8. */
function decoderFor(first: Buffer): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * Streams one zip part through the XML scanner into a sink: inflated a chunk at a time (sizes
 * and checksum checked by inflateEntry), cancel looked at between chunks, and nothing of the
 * XML kept once scanned.
 */
export async function scanPart(
  filePath: string,
  entry: ZipEntryInfo,
  sink: XmlSink,
  options: ScanOptions = {},
): Promise<void> {
  const scanner = new XmlScanner(sink, MAX_TOKEN_CHARS);
  let decoder: TextDecoder | null = null;
  try {
    for await (const chunk of inflateEntry(filePath, entry)) {
      if (options.signal?.aborted) throw cancelled();
      decoder ??= decoderFor(chunk);
      scanner.push(decoder.decode(chunk, { stream: true }));
      options.onChunk?.(scanner.position);
    }
    if (decoder) scanner.push(decoder.decode());
  } catch (err) {
    if (err instanceof TokenTooLarge)
      throw damage('import.reason.tagTooLarge', { part: entry.name });
    throw err;
  }
  if (!scanner.end()) throw damage('import.reason.partCutShort', { part: entry.name });
}
