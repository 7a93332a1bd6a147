import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from './cells';

/** exceljs hands back many cell shapes; the importer needs one plain value per cell. */
export function plainCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return plainCellValue((value as { text?: ExcelCellValue }).text ?? String(value.hyperlink));
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return null;
      return plainCellValue(result as ExcelCellValue);
    }
    if ('error' in value) return null;
  }
  return null;
}

export interface XlsxSheet {
  sheetName: string;
  rows: CellValue[][];
}

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: XlsxSheet[]; date1904: boolean }> {
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
