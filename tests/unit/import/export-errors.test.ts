import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaSafe } from '../../../src/main/export/formula-safe';
import { errorWorkbook } from '../../../src/main/import/export-errors';

describe('error workbook', () => {
  it('escapes text that a spreadsheet would run as a formula', () => {
    expect(formulaSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(formulaSafe('+1')).toBe(`'+1`);
    expect(formulaSafe('-2')).toBe(`'-2`);
    expect(formulaSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(formulaSafe('plain')).toBe('plain');
  });

  it('lists every error with file, sheet, row, column and message, none as a formula', async () => {
    const bytes = await errorWorkbook([
      {
        fileName: 'a.xlsx',
        sheetName: 'Usage',
        errors: [
          { row: 5, column: 'Value', message: '"=1+1" is not a number' },
          { row: 9, column: '=cmd', message: '-bad' },
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Errors')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'File', 'Sheet', 'Row', 'Column', 'Problem']);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      'a.xlsx',
      'Usage',
      5,
      'Value',
      '"=1+1" is not a number',
    ]);
    expect(ws.getRow(3).values).toEqual([undefined, 'a.xlsx', 'Usage', 9, "'=cmd", "'-bad"]);
    ws.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });
});
