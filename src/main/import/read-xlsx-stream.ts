import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue } from 'exceljs';
import { AppError } from '../../shared/ipc/result';
import type { CellValue } from './cells';
import type { ReadProgress } from './progress';
import { plainCellValue } from './read-xlsx';
import type { XlsxSheet } from './read-xlsx';

interface StreamedProperties {
  properties?: { model?: { date1904?: boolean } };
}

const PROGRESS_EVERY = 5_000;

/**
 * Reads a large workbook with exceljs's streaming reader: the XML is never held whole, only
 * the plain cell values. Blank rows, which the XML leaves out, come back as empty rows so row
 * numbers stay the ones the user sees.
 */
export async function readXlsxStream(
  filePath: string,
  progress: ReadProgress = {},
): Promise<{ sheets: XlsxSheet[]; date1904: boolean }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: XlsxSheet[] = [];
  let done = 0;
  for await (const ws of reader) {
    const rows: CellValue[][] = [];
    for await (const row of ws) {
      while (rows.length < row.number - 1) rows.push([]);
      const values = row.values as ExcelCellValue[];
      const cells: CellValue[] = new Array<CellValue>(Math.max(0, values.length - 1));
      for (let c = 1; c < values.length; c++) cells[c - 1] = plainCellValue(values[c]);
      rows.push(cells);
      if (++done % PROGRESS_EVERY === 0) {
        if (progress.signal?.aborted) throw new AppError('CANCELLED', 'The import was cancelled.');
        progress.onRows?.(done);
      }
    }
    sheets.push({
      sheetName: (ws as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`,
      rows,
    });
  }
  progress.onRows?.(done);
  const date1904 = Boolean((reader as unknown as StreamedProperties).properties?.model?.date1904);
  return { sheets, date1904 };
}
