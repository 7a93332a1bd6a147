// The one reader for every .xlsx/.xlsm, whatever its size: the parts are streamed out of the zip
// and scanned once, and only the cells that hold values are kept (issue #13.6, #14.1).
import type { SheetRows } from './sheet-rows';
import type { ReadProgress } from '../progress';
import type { ZipEntryInfo } from './zip-guard';
import { MAX_ROW_CHARS, MAX_SHARED_CHARS } from './limits';
import { PackageParts } from './package';
import { readSharedStrings } from './shared-strings-part';
import { readDateStyles } from './styles-part';
import { readWorkbookLayout } from './workbook-part';
import { readWorksheet } from './worksheet-part';

export interface XlsxSheet {
  sheetName: string;
  rows: SheetRows;
}

export interface XlsxOptions extends ReadProgress {
  /** Overrides MAX_ROW_CHARS (tests refuse a long row without writing 64 MB). */
  maxRowChars?: number;
  /** Overrides MAX_SHARED_CHARS (tests refuse too much text without writing 200 MB). */
  maxSharedChars?: number;
}

/**
 * The worksheets of a SpreadsheetML package, or null when the zip holds no workbook part (an
 * .ods, a .numbers, a Word document). Damage and bounds are thrown as WorkbookDamage, a cancel
 * as the import's cancelled refusal.
 */
export async function readXlsxPackage(
  filePath: string,
  entries: readonly ZipEntryInfo[],
  options: XlsxOptions = {},
): Promise<{ sheets: XlsxSheet[]; date1904: boolean } | null> {
  const parts = new PackageParts(filePath, entries);
  const scan = { signal: options.signal };
  const layout = await readWorkbookLayout(parts, scan);
  if (!layout) return null;
  const dateStyles = await readDateStyles(parts, layout.styles, scan);
  const shared = await readSharedStrings(parts, layout.sharedStrings, {
    ...scan,
    maxChars: options.maxSharedChars ?? MAX_SHARED_CHARS,
  });
  const sheets: XlsxSheet[] = [];
  let done = 0;
  try {
    for (const sheet of layout.sheets) {
      const rows = await readWorksheet(parts, sheet, shared, dateStyles, {
        signal: options.signal,
        date1904: layout.date1904,
        maxRowChars: options.maxRowChars ?? MAX_ROW_CHARS,
        onCells: options.onCells,
        onRow: () => options.onRows?.((done += 5_000)),
      });
      sheets.push({ sheetName: sheet.name, rows });
    }
  } catch (err) {
    // The sheets read before the one that failed are given back (their pages may be on disk).
    for (const s of sheets) s.rows.dispose();
    throw err;
  }
  options.onRows?.(sheets.reduce((n, s) => n + s.rows.length, 0));
  return { sheets, date1904: layout.date1904 };
}
