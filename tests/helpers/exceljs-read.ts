import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '../../src/main/import/read/cells';

/**
 * exceljs's own reading of a workbook, as the importer's plain values: the oracle the project's
 * SpreadsheetML reader is checked against (the app no longer reads with exceljs). Merged
 * followers are blank, error cells their code, formulas their cached result.
 */
function plain(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isNaN(value) ? '#N/A' : value;
  if (value instanceof Date) return value;
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const shown = (value as { text?: ExcelCellValue }).text;
    return shown === undefined || shown === null ? String(value.hyperlink) : plain(shown);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || result === null ? null : plain(result as ExcelCellValue);
  }
  if ('error' in value) return String((value as { error: unknown }).error);
  return null;
}

export async function readWithExceljs(
  bytes: Uint8Array,
): Promise<{ sheets: { sheetName: string; rows: CellValue[][] }[]; date1904: boolean }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: { sheetName: string; rows: CellValue[][] }[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cells.push(cell.isMerged && cell.master !== cell ? null : plain(cell.value));
      }
      rows.push(cells);
    }
    sheets.push({ sheetName: ws.name, rows });
  });
  return { sheets, date1904: Boolean((wb.properties as { date1904?: boolean }).date1904) };
}
