import type { CellValue } from './cells';
import type { ReadProgress } from './progress';
import type { XlsxSheet } from './read-xlsx';
import { cancelled, damage } from './refusal';
import { parseSharedStrings, parseWorkbook, scanRows } from './sheet-xml';
import type { ScannedRow } from './sheet-xml';
import { entryText, inflateEntry } from './zip-entry';
import type { ZipEntryInfo } from './zip-guard';

const PROGRESS_EVERY = 5_000;
/** A row this long is not a spreadsheet row; stop before it exhausts memory. */
const MAX_ROW_CHARS = 64 * 1024 * 1024;

export interface StreamOptions extends ReadProgress {
  /** Overrides MAX_ROW_CHARS (tests refuse a long row without writing 64 MB). */
  maxRowChars?: number;
}

/**
 * Reads a large workbook a chunk of inflated XML at a time: only the plain cell values are
 * kept, never the XML or per-cell objects. Blank rows, which the XML leaves out, come back as
 * empty rows so row numbers stay the ones the user sees. Every part read is checked against its
 * declared size and checksum, so a damaged file fails instead of yielding half a sheet.
 */
export async function readXlsxStream(
  filePath: string,
  entries: readonly ZipEntryInfo[],
  progress: StreamOptions = {},
): Promise<{ sheets: XlsxSheet[]; date1904: boolean }> {
  const maxRowChars = progress.maxRowChars ?? MAX_ROW_CHARS;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const part = (name: string): ZipEntryInfo => {
    const entry = byName.get(name);
    if (!entry) throw damage('import.reason.partMissing', { part: name });
    return entry;
  };
  const workbook = parseWorkbook(
    await entryText(filePath, part('xl/workbook.xml')),
    await entryText(filePath, part('xl/_rels/workbook.xml.rels')),
  );
  const sharedPart = byName.get('xl/sharedStrings.xml');
  const shared = sharedPart ? parseSharedStrings(await entryText(filePath, sharedPart)) : [];
  const sheets: XlsxSheet[] = [];
  let done = 0;
  for (const sheet of workbook.sheets) {
    const rows: CellValue[][] = [];
    const visit = ({ number, cells }: ScannedRow) => {
      while (rows.length < number - 1) rows.push([]);
      rows.push(cells);
      progress.onCells?.(cells.length);
      if (++done % PROGRESS_EVERY === 0) {
        if (progress.signal?.aborted) throw cancelled();
        progress.onRows?.(done);
      }
    };
    const decoder = new TextDecoder('utf-8');
    // Text after the last complete row, kept as pieces: only each new piece (and the few
    // characters before it) is searched for a row's end, so a very long row costs linear time.
    let pending: string[] = [];
    let pendingLength = 0;
    let lastRow = 0;
    for await (const chunk of inflateEntry(filePath, part(sheet.part))) {
      const text = decoder.decode(chunk, { stream: true });
      const tail = pending.length > 0 ? pending[pending.length - 1]!.slice(-5) : '';
      const at = (tail + text).lastIndexOf('</row>');
      if (at < 0) {
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength > maxRowChars)
          throw damage('import.reason.rowTooLarge', { sheet: sheet.name });
        continue;
      }
      const cut = at - tail.length + 6;
      lastRow = scanRows(pending.join('') + text.slice(0, cut), shared, lastRow, visit);
      pending = [text.slice(cut)];
      pendingLength = pending[0]!.length;
    }
    scanRows(pending.join('') + decoder.decode(), shared, lastRow, visit);
    sheets.push({ sheetName: sheet.name, rows });
  }
  progress.onRows?.(done);
  return { sheets, date1904: workbook.date1904 };
}
