// The accounts table as an .xlsx workbook. Text that a spreadsheet would read as a formula
// (starting with = + - @, or a tab/carriage return that hides one) is prefixed with an
// apostrophe, so an imported account name can never run as a formula in the CSM's Excel.
import ExcelJS from 'exceljs';
import type { PortfolioRow } from '../../shared/ipc/contract/portfolio';
import { writeFileAtomic } from '../db/atomic-write';
import { formulaSafe } from '../export/formula-safe';

interface Column {
  header: string;
  width: number;
  value: (r: PortfolioRow) => string | number | Date | null;
  numFmt?: string;
}

function columns(currency: string): Column[] {
  return [
    { header: 'Account ID', width: 14, value: (r) => r.id },
    { header: 'Account', width: 32, value: (r) => r.name },
    { header: 'Segment', width: 14, value: (r) => r.segment },
    { header: 'Owner', width: 18, value: (r) => r.owner },
    { header: 'Health band', width: 12, value: (r) => r.band },
    { header: 'Health score', width: 12, value: (r) => r.score, numFmt: '0' },
    { header: 'ARR', width: 14, value: (r) => r.arr, numFmt: '#,##0.00' },
    { header: 'Currency', width: 10, value: (r) => r.currency },
    { header: `ARR (${currency})`, width: 16, value: (r) => r.arrReport, numFmt: '#,##0.00' },
    {
      header: 'Renewal date',
      width: 13,
      value: (r) => isoToDate(r.renewalDate),
      numFmt: 'yyyy-mm-dd',
    },
    { header: 'Days to renewal', width: 15, value: (r) => r.daysToRenewal },
    { header: 'Open tasks', width: 11, value: (r) => r.openTasks },
    { header: 'Churned', width: 9, value: (r) => (r.churned ? 'yes' : 'no') },
  ];
}

export async function accountsWorkbook(
  rows: readonly PortfolioRow[],
  currency: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QBR Studio';
  const sheet = workbook.addWorksheet('Accounts', { views: [{ state: 'frozen', ySplit: 1 }] });
  const cols = columns(currency);
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(
      cols.map((c) => {
        const v = c.value(r);
        return typeof v === 'string' ? formulaSafe(v) : v;
      }),
    );
    cols.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeAccountsXlsx(
  file: string,
  rows: readonly PortfolioRow[],
  currency: string,
): Promise<void> {
  writeFileAtomic(file, await accountsWorkbook(rows, currency));
}

function isoToDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}
