// The accounts workbook reads in the CSM's language (#18 point 5): headers, health bands and
// yes/no are translated; ids, names and numbers stay as stored.
import { describe, expect, it } from 'vitest';
import { accountsWorkbook } from '../../../src/main/portfolio/export-xlsx';
import type { PortfolioRow } from '../../../src/shared/ipc/contract/portfolio';
import { readWithExceljs } from '../../helpers/exceljs-read';

const row = (id: string, band: string | null, churned: boolean): PortfolioRow => ({
  id,
  name: `Account ${id}`,
  segment: 'smb',
  owner: 'ann',
  currency: 'EUR',
  arr: 1200,
  arrReport: 1300,
  renewalDate: '2027-01-01',
  daysToRenewal: 90,
  band,
  score: band === null ? null : 40,
  trend: [],
  openTasks: 2,
  churned,
});

async function read(locale: 'en' | 'th' | 'tr') {
  const bytes = await accountsWorkbook(
    [row('A', 'red', false), row('B', null, true), row('C', 'amber', false)],
    'USD',
    locale,
  );
  const { sheets } = await readWithExceljs(bytes);
  const [header = [], ...rows] = sheets[0]!.rows;
  return { name: sheets[0]!.sheetName, header, rows };
}

describe('accounts workbook language', () => {
  it('is in English by default words', async () => {
    const { name, header, rows } = await read('en');
    expect(name).toBe('Accounts');
    expect(header[4]).toBe('Health band');
    expect(header[8]).toBe('ARR (USD)');
    expect(rows.map((r) => [r[4], r[12]])).toEqual([
      ['Red', 'No'],
      ['No score', 'Yes'],
      ['amber', 'No'], // a band the model does not define is shown as stored
    ]);
  });

  it('is in Turkish and Thai for a CSM reading the app in them', async () => {
    const tr = await read('tr');
    expect(tr.name).toBe('Hesaplar');
    expect(tr.header[4]).toBe('Sağlık bandı');
    expect(tr.rows[0]![4]).not.toBe('red');
    expect(tr.rows[0]![0]).toBe('A');
    expect(tr.rows[0]![6]).toBe(1200);
    const th = await read('th');
    expect(th.header[12]).toBe('เลิกใช้บริการแล้ว');
    expect(th.rows[1]![12]).toBe('ใช่');
    expect(th.rows[0]![4]).toBe('แดง');
  });
});
