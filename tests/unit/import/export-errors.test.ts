import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaSafe } from '../../../src/main/export/formula-safe';
import { writeErrorWorkbook } from '../../../src/main/import/write/export-errors';
import type { RowError } from '../../../src/shared/ipc/contract';

const problem = (row: number, column: string | null, message: string): RowError => ({
  row,
  column,
  message,
  key: 'import.row.failed',
  params: { detail: message },
});

describe('error workbook', () => {
  it('escapes text that a spreadsheet would run as a formula', () => {
    expect(formulaSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(formulaSafe('+1')).toBe(`'+1`);
    expect(formulaSafe('-2')).toBe(`'-2`);
    expect(formulaSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(formulaSafe('plain')).toBe('plain');
  });

  it('lists every error with file, sheet, row, column and message, none as a formula', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-errors-'));
    const file = path.join(dir, 'problems.xlsx');
    const rows = await writeErrorWorkbook(file, [
      {
        fileName: 'a.xlsx',
        sheetName: 'Usage',
        kind: 'usage',
        problems: [problem(5, 'Value', '"=1+1" is not a number'), problem(9, '=cmd', '-bad')],
      },
    ]);
    expect(rows).toBe(2);
    // Written beside the target and renamed: nothing else is left in the folder.
    expect(fs.readdirSync(dir)).toEqual(['problems.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fs.rmSync(dir, { recursive: true, force: true });
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
