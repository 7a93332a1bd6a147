// Rows inside the data that are not records (#13.5): a CRM export's note under the data, totals,
// a repeated header at a page break. Each is skipped with its reason, never imported, and not
// counted as a problem. The workbooks are real .xlsx files written with exceljs and read back
// through the importer as a user's file would be.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

const id = (i: number) => `C-${String(i).padStart(4, '0')}`;

/** A CRM export: a Thai title merged over the first row, a blank row, headers, then the data. */
async function crmWorkbook(accounts: number, tail: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ลูกค้า');
  ws.addRow(['รายงานลูกค้าจากระบบ CRM ณ วันที่ 1/10/2569']);
  ws.mergeCells('A1:E1');
  ws.addRow([]);
  ws.addRow(['รหัสลูกค้า', 'ชื่อลูกค้า', 'ที่นั่ง', 'Plan', 'ARR']);
  for (let i = 1; i <= accounts; i++)
    ws.addRow([id(i), `บริษัท ${i} จำกัด`, 10 + (i % 50), i % 2 ? 'Pro' : 'Team', 1000 + i]);
  tail(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('rows that are not data', () => {
  it('imports the 500 accounts of a CRM export and skips the note under them', async () => {
    const file = h.file(
      'crm.xlsx',
      await crmWorkbook(500, (ws) => {
        ws.addRow([]);
        ws.addRow(['หมายเหตุ: ข้อมูลนี้เป็นความลับ ใช้ภายในบริษัทเท่านั้น']);
      }),
    );
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet.kind).toBe('accounts');
    expect(sheet.rowCount).toBe(500);
    expect(sheet.errorCount).toBe(0);
    expect(sheet.skippedRowCount).toBe(1);
    // Title in row 1, blank row 2, headers in row 3, accounts 4-503, blank 504, the note 505.
    expect(sheet.skippedRows!.map((r) => [r.row, r.key])).toEqual([[505, 'import.skip.note']]);
    expect(sheet.changes).toMatchObject({ newRows: 500, changed: 0, unchanged: 0 });

    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    expect(summary.sheets[0]).toMatchObject({
      inserted: 500,
      errorCount: 0,
      skippedRowCount: 1,
    });
    expect(h.count('accounts')).toBe(500);
    expect(
      h.rows(
        "SELECT COUNT(*) AS n FROM accounts WHERE name LIKE 'หมายเหตุ%' OR id LIKE 'หมายเหตุ%'",
      )[0]!.n,
    ).toBe(0);
    expect(h.rows(`SELECT name FROM accounts WHERE id = '${id(500)}'`)[0]!.name).toBe(
      'บริษัท 500 จำกัด',
    );
  });

  it('skips totals, a repeated header at a page break and a footer, naming each row', async () => {
    const file = h.file(
      'report.xlsx',
      await crmWorkbook(40, (ws) => {
        ws.addRow(['Ara toplam', null, 1200, null, 41000]);
        ws.addRow(['Page 2 of 2']);
        ws.addRow(['รหัสลูกค้า', 'ชื่อลูกค้า', 'ที่นั่ง', 'Plan', 'ARR']);
        ws.addRow([id(41), 'บริษัท 41 จำกัด', 12, 'Pro', 1041]);
        ws.addRow(['Grand total', null, 1212, null, 42041]);
        ws.addRow(['ยอดรวม', null, 1212, null, 42041]);
        ws.addRow([]);
        ws.addRow(['Exported by SalesCloud for ACME Corp']);
      }),
    );
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet.errorCount).toBe(0);
    // Accounts fill rows 4-43; the rest follow in the order written above.
    expect(sheet.skippedRows!.map((r) => [r.row, r.key])).toEqual([
      [44, 'import.skip.total'],
      [45, 'import.skip.page'],
      [46, 'import.skip.header'],
      [48, 'import.skip.total'],
      [49, 'import.skip.total'],
      [51, 'import.skip.note'],
    ]);
    expect(sheet.rowCount).toBe(41);
    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    expect(summary.sheets[0]).toMatchObject({ inserted: 41, errorCount: 0, skippedRowCount: 6 });
    expect(h.count('accounts')).toBe(41);
  });

  it('keeps an account whose name starts with a total word when its row holds data', async () => {
    const file = h.file(
      'names.csv',
      'Account ID,Account Name,Segment,ARR\nA1,Total Energies,Enterprise,5000\nA2,Toplam Yapı,SMB,100\nA3,Acme,SMB,200\n',
    );
    const summary = await h.importFiles([file]);
    expect(summary.sheets[0]).toMatchObject({ inserted: 3, skippedRowCount: 0 });
  });

  it('imports an odd key that carries data, and words a skip in Thai and Turkish', async () => {
    const file = h.file(
      'odd.csv',
      'Account ID,Account Name,ARR\nACC-001,Acme,1\nACC-002,Beta,2\nACC-003,Gamma,3\nLEGACY 7,Old one,4\nPrepared by finance\n',
    );
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet.validCount).toBe(4);
    expect(sheet.skippedRows!.map((r) => [r.row, r.key])).toEqual([[6, 'import.skip.notData']]);
    const { renderImportMessage } = await import('../../../src/shared/i18n/import-message');
    const [skip] = sheet.skippedRows!;
    expect(renderImportMessage('th', 'accounts', skip!)).toMatch(/^ข้ามแล้ว: "Prepared by finance"/);
    expect(renderImportMessage('tr', 'accounts', skip!)).toMatch(/^atlandı: "Prepared by finance"/);
  });
});
