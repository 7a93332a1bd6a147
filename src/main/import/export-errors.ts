import ExcelJS from 'exceljs';
import type { Locale, RowError, SheetSummary } from '../../shared/ipc/contract';
import { translate } from '../../shared/i18n';
import { formulaSafe } from '../export/formula-safe';

type ErrorSource = Pick<SheetSummary, 'fileName' | 'sheetName'> & {
  errors: readonly Pick<RowError, 'row' | 'column' | 'message'>[];
};

/**
 * The row errors of an import as an .xlsx the user can open, sort and fix their file from. The
 * messages arrive worded (the app words them in the reader's language, the CLI in English);
 * `locale` is the language of the headings around them.
 */
export async function errorWorkbook(
  sheets: readonly ErrorSource[],
  locale: Locale = 'en',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(translate(locale, 'import.export.sheetName'));
  ws.columns = [
    { header: translate(locale, 'import.export.file'), key: 'file', width: 28 },
    { header: translate(locale, 'import.sheet'), key: 'sheet', width: 20 },
    { header: translate(locale, 'import.row'), key: 'row', width: 8 },
    { header: translate(locale, 'import.column'), key: 'column', width: 20 },
    { header: translate(locale, 'import.problem'), key: 'message', width: 80 },
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
