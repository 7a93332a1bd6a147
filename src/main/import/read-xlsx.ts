import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from './cells';

/**
 * exceljs hands back many cell shapes; the importer needs one plain value per cell. Error cells
 * become their Excel code ("#N/A") so validation can name them instead of treating them as blank.
 */
export function plainCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // The stream reader parses a failed formula's cached "#N/A" as a number: NaN.
  if (typeof value === 'number') return Number.isNaN(value) ? '#N/A' : value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) {
      const shown = (value as { text?: ExcelCellValue }).text;
      return shown === undefined || shown === null
        ? String(value.hyperlink)
        : plainCellValue(shown);
    }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      // Without a cached result there is nothing to read: the file was written by a program
      // that never calculated it. The cell counts as missing.
      if (result === undefined || result === null) return null;
      return plainCellValue(result as ExcelCellValue);
    }
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return null;
}

export interface XlsxSheet {
  sheetName: string;
  rows: CellValue[][];
}

/** Reads a whole workbook in memory; for files small enough that the full model costs little. */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ sheets: XlsxSheet[]; date1904: boolean }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: XlsxSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell's followers repeat the leader's value in exceljs; keep only the leader's.
        cells.push(cell.isMerged && cell.master !== cell ? null : plainCellValue(cell.value));
      }
      rows.push(cells);
    }
    sheets.push({ sheetName: ws.name, rows });
  });
  return { sheets, date1904: Boolean((wb.properties as { date1904?: boolean }).date1904) };
}
