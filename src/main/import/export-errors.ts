import ExcelJS from 'exceljs';
import type { SheetSummary } from '../../shared/ipc/contract';
import { formulaSafe } from '../export/formula-safe';

type ErrorSource = Pick<SheetSummary, 'fileName' | 'sheetName' | 'errors'>;

/** The row errors of an import as an .xlsx the user can open, sort and fix their file from. */
export async function errorWorkbook(sheets: readonly ErrorSource[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Errors');
  ws.columns = [
    { header: 'File', key: 'file', width: 28 },
    { header: 'Sheet', key: 'sheet', width: 20 },
    { header: 'Row', key: 'row', width: 8 },
    { header: 'Column', key: 'column', width: 20 },
    { header: 'Problem', key: 'message', width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const s of sheets) {
    for (const e of s.errors) {
      ws.addRow({
        file: formulaSafe(s.fileName),
        sheet: formulaSafe(s.sheetName),
        row: e.row,
        column: formulaSafe(e.column ?? ''),
        message: formulaSafe(e.message),
      });
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
