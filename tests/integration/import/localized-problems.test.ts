// A Thai CSM imports a file with a bad number, an empty id and a fractional seat count: the
// problems the wizard shows must read in Thai, with the fields named by their Thai labels. Only
// the user's own values (the bad cell, the row's id) may stay as they were written. The English
// text the CLI prints rides along unchanged.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../../src/shared/i18n';
import { renderImportMessage } from '../../../src/shared/i18n/import-message';
import type { RowError } from '../../../src/shared/ipc/contract';
import type { Harness } from './harness';
import { harness } from './harness';

const THAI = /[\u0E00-\u0E7F]/;

/** The message with the values that came from the file taken out. */
function withoutFileValues(text: string, e: RowError): string {
  let rest = text;
  for (const p of Object.values(e.params))
    if (typeof p === 'string' || typeof p === 'number') rest = rest.split(String(p)).join('');
  return rest;
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

describe('import problems in Thai', () => {
  it('words a real import’s row problems in Thai, naming fields by their Thai labels', async () => {
    const file = h.file(
      'accounts.csv',
      'Account ID,Account Name,ARR,Seats\nA1,Acme,n/a,3\n,Nameless,100,2\nA3,Third,200,1.5\n',
    );
    const summary = await h.importFiles([file]);
    const sheet = summary.sheets[0]!;
    expect(sheet).toMatchObject({ kind: 'accounts', inserted: 0 });
    expect(sheet.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'ARR', 'import.value.notNumber'],
      [3, 'Account ID', 'import.row.required'],
      [4, 'Seats', 'import.value.notWhole'],
    ]);

    const thai = sheet.errors.map((e) => renderImportMessage('th', 'accounts', e));
    expect(thai).toEqual([
      '"n/a" ไม่ใช่ตัวเลข',
      `${translate('th', 'field.accounts.id')} ว่างอยู่ แต่จำเป็นต้องมีค่า`,
      '1.5 ไม่ใช่จำนวนเต็ม',
    ]);
    sheet.errors.forEach((e, i) => {
      const own = withoutFileValues(thai[i]!, e);
      // No English word and no code name such as "id" or "seats": Thai script, digits, marks.
      expect(own, thai[i]).not.toMatch(/[A-Za-z]/);
      expect(own, thai[i]).toMatch(THAI);
    });

    // The CLI's summary and --errors-out file keep the English wording.
    expect(sheet.errors.map((e) => e.message)).toEqual([
      '"n/a" is not a number',
      'Account ID is empty but required',
      '1.5 is not a whole number',
    ]);
  });

  it('words a sheet that cannot be imported in Thai', async () => {
    const preview = await h.service.open([h.file('tickets.csv', 'Subject,Status\nHelp,open\n')]);
    const sheet = h.service.preview(preview.sessionId, {
      sheetKey: preview.sheets[0]!.sheetKey,
      kind: 'tickets',
      mapping: {},
    });
    expect(sheet.problem).toMatch(/^Required columns are not mapped: Ticket ID, Account ID/);
    const thai = renderImportMessage('th', sheet.kind, sheet.problemMessage!);
    expect(thai).toContain(translate('th', 'field.tickets.id'));
    expect(thai).toContain(translate('th', 'field.tickets.openedDate'));
    expect(thai).not.toMatch(/[A-Za-z]/);
  });

  it('saves the problems with Thai headings and messages when the wizard asks for Thai', async () => {
    const file = h.file('accounts.csv', 'Account ID,Account Name,ARR\nA1,Acme,n/a\n');
    const summary = await h.importFiles([file]);
    const out = h.file('problems.xlsx', '');
    expect(await h.service.saveProblems(summary.batchId, out, 'th')).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe(translate('th', 'import.export.sheetName'));
    const headings = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headings).toEqual(['ไฟล์', 'ชีต', 'แถว', 'คอลัมน์', 'ปัญหา']);
    expect(ws.getRow(2).getCell(5).value).toBe('"n/a" ไม่ใช่ตัวเลข');
  });
});
