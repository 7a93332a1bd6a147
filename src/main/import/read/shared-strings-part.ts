import { damage } from './refusal';
import { EXCEL_MAX_CELL_CHARS, MAX_RAW_CELL_CHARS } from './limits';
import type { PackageParts } from './package';
import type { ScanOptions } from './part-scan';
import { scanPart } from './part-scan';
import { decodeXml, unescapeExcel } from './xml-text';

/**
 * The workbook's shared strings. An item longer than Excel allows in a cell is kept as null in
 * `tooLong`'s eyes: only a cell that uses it is refused, by its reference.
 */
export interface SharedStrings {
  items: (string | null)[];
  tooLong: Set<number>;
}

/** A string item's visible text: its runs joined, phonetic guides (<rPh>) left out. */
export async function readSharedStrings(
  parts: PackageParts,
  part: string | null,
  options: ScanOptions & { maxChars: number },
): Promise<SharedStrings> {
  const out: SharedStrings = { items: [], tooLong: new Set() };
  const entry = part ? parts.get(part) : undefined;
  if (!entry) return out;
  let total = 0;
  let inItem = false;
  let phonetic = 0;
  let text = '';
  let raw = 0;
  let over = false;
  const sink = {
    wantsText: false,
    open(name: string, _attrs: string, empty: boolean) {
      if (name === 'si') {
        if (empty) out.items.push('');
        else {
          inItem = true;
          text = '';
          raw = 0;
          over = false;
        }
      } else if (name === 'rPh' && inItem && !empty) phonetic++;
      else if (name === 't' && inItem && phonetic === 0 && !empty) sink.wantsText = true;
    },
    close(name: string) {
      if (name === 't') sink.wantsText = false;
      else if (name === 'rPh' && phonetic > 0) phonetic--;
      else if (name === 'si' && inItem) {
        inItem = false;
        const value = unescapeExcel(text);
        if (over || value.length > EXCEL_MAX_CELL_CHARS) {
          out.tooLong.add(out.items.length);
          out.items.push(null);
        } else {
          // Each item costs a slot besides its text: a million empty items are not free.
          total += value.length + 8;
          if (total > options.maxChars)
            throw damage('import.reason.textTooLarge', {
              size: { count: Math.max(1, Math.round(options.maxChars / 1_000_000)) },
            });
          out.items.push(value);
        }
      }
    },
    text(chunk: string, cdata: boolean) {
      if (over) return;
      raw += chunk.length;
      if (raw > MAX_RAW_CELL_CHARS) {
        over = true;
        text = '';
        return;
      }
      text += cdata ? chunk : decodeXml(chunk);
    },
  };
  await scanPart(parts.filePath, entry, sink, options);
  return out;
}
