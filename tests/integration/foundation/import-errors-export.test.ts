// The problems workbook saved from the wizard (import:exportErrors): every problem of a batch,
// read back from the file, and never a formula even when the user's cells look like one.
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
let batchId: number;
beforeEach(async () => {
  savePath = null;
  t = testServices({ ...noDialogs, saveFile: async () => savePath });
  await t.services.workspaces.open(path.join(t.dir, 'w.qbr'), true);
  const csv = path.join(t.dir, 'accounts.csv');
  fs.writeFileSync(
    csv,
    [
      'Account ID,Account Name,Segment,ARR',
      'A1,Acme,SMB,100',
      'A2,Beta,SMB,=1+1',
      ',=HYPERLINK("http://evil"),SMB,5',
    ].join('\n'),
  );
  const preview = await t.services.imports.open([csv]);
  batchId = t.services.imports.commit(
    preview.sessionId,
    t.services.imports.automaticChoices(preview),
  ).batchId;
});
afterEach(() => t.cleanup());

async function cellsOf(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: unknown[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
  return cells;
}

describe('import:exportErrors', () => {
  it('writes every problem of the batch to the chosen .xlsx without a single formula', async () => {
    savePath = path.join(t.dir, 'problems.xlsx');
    const res = await dispatch('import:exportErrors', { batchId }, t.services);
    expect(res).toEqual({ ok: true, value: { path: savePath, rows: 2 } });
    const cells = await cellsOf(savePath);
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    const text = cells.map(String).join('\n');
    expect(text).toContain('=1+1');
    // Both problem rows are there by their row numbers (3 and 4 in the file).
    expect(cells).toContain(3);
    expect(cells).toContain(4);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const res = await dispatch('import:exportErrors', { batchId }, t.services);
    expect(res).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });
});
