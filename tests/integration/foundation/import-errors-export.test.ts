import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let savePath: string | null;
beforeEach(async () => {
  savePath = null;
  t = testServices({ ...noDialogs, saveFile: async () => savePath });
  await t.services.workspaces.open(path.join(t.dir, 'w.qbr'), true);
});
afterEach(() => t.cleanup());

const sheets = [
  {
    fileName: 'accounts.csv',
    sheetName: 'accounts',
    errors: [
      { row: 3, column: 'ARR', message: '"=1+1" is not a number' },
      { row: 7, column: null, message: '=HYPERLINK("http://evil") is required' },
    ],
  },
];

describe('import:exportErrors', () => {
  it('writes every problem to the chosen .xlsx without a single formula', async () => {
    savePath = path.join(t.dir, 'problems.xlsx');
    const res = await dispatch('import:exportErrors', { sheets }, t.services);
    expect(res).toEqual({ ok: true, value: { path: savePath, rows: 2 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(savePath);
    const ws = wb.getWorksheet('Errors')!;
    expect(ws.rowCount).toBe(3);
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(ws.getRow(3).getCell(5).value).toBe(`'=HYPERLINK("http://evil") is required`);
    expect(ws.getRow(2).getCell(3).value).toBe(3);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const res = await dispatch('import:exportErrors', { sheets }, t.services);
    expect(res).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });
});
