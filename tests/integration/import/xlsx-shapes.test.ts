import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { harness } from './harness';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell shape exceljs hands back, below a merged title, a note and a blank row. */
function shapesWorkbook(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Accounts');
  ws.getCell('A1').value = 'Customer accounts export';
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = 'Generated on 1 October 2026 from the CRM';
  ws.getRow(4).values = [
    'Account ID',
    'Account Name',
    'ARR',
    'Renewal Date',
    'Churned',
    null,
    '  ',
  ];
  ws.getRow(5).values = [
    'A1',
    { richText: [{ text: 'Ac' }, { text: 'me', font: { bold: true } }] },
    { formula: '1000*12', result: 12000 },
    new Date(Date.UTC(2025, 2, 31)),
    true,
  ];
  ws.getRow(6).values = [
    'A2',
    { text: 'Globex', hyperlink: 'https://globex.example' },
    { formula: 'C5*2' },
    45292,
    'Evet',
  ];
  ws.getRow(7).values = ['A3', 'Initech', { error: '#DIV/0!' }, '15/01/2567', 'no'];
  ws.getRow(8).values = [
    'A4',
    'Umbrella',
    { formula: 'C5/0', result: { error: '#DIV/0!' } },
    null,
    null,
  ];
  ws.getRow(9).values = [null, '   ', null];
  ws.getRow(12).values = ['', ''];
}

describe('xlsx cell shapes and layouts', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('reads rich text, hyperlinks, formulas, errors, merged titles and trailing blanks', async () => {
    const file = h.file('shapes.xlsx', await xlsx(shapesWorkbook));
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet).toMatchObject({ kind: 'accounts', headerRow: 4, problem: null, rowCount: 4 });
    expect(sheet.headers).toEqual(['Account ID', 'Account Name', 'ARR', 'Renewal Date', 'Churned']);
    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    // Both readers see every shape the same way, including a formula's cached error.
    expect(summary.sheets[0]!.errors).toEqual([
      {
        row: 7,
        column: 'ARR',
        key: 'import.value.excelError',
        params: { code: '#DIV/0!' },
        message: expect.stringContaining('#DIV/0!'),
      },
      {
        row: 8,
        column: 'ARR',
        key: 'import.value.excelError',
        params: { code: '#DIV/0!' },
        message: expect.stringContaining('#DIV/0!'),
      },
    ]);
    expect(h.rows('SELECT id, name, arr, renewal_date, churned FROM accounts ORDER BY id')).toEqual(
      [
        { id: 'A1', name: 'Acme', arr: 12000, renewal_date: '2025-03-31', churned: 1 },
        // A formula without a cached result is missing, not zero.
        { id: 'A2', name: 'Globex', arr: null, renewal_date: '2024-01-01', churned: 1 },
      ],
    );
  });

  it('reads both Excel date systems', async () => {
    const local = await harness();
    const bytes = await xlsx((wb) => {
      (wb.properties as { date1904?: boolean }).date1904 = true;
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account ID', 'Account Name', 'Renewal Date']);
      ws.addRow(['A1', 'Acme', 43830]);
      const dated = ws.addRow(['A2', 'Globex', new Date(Date.UTC(2024, 5, 30))]);
      dated.getCell(3).numFmt = 'yyyy-mm-dd';
    });
    const summary = await local.importFiles([local.file('d1904.xlsx', bytes)]);
    expect(summary.sheets[0]!.errors).toEqual([]);
    expect(local.rows('SELECT id, renewal_date FROM accounts ORDER BY id')).toEqual([
      { id: 'A1', renewal_date: '2024-01-01' },
      { id: 'A2', renewal_date: '2024-06-30' },
    ]);
    local.cleanup();
  });

  it('reads a wide usage sheet as one point per metric column, skipping blanks', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Usage');
      ws.addRow(['Account ID', 'Week', 'Logins', 'Reports Run', 'Comment']);
      ws.addRow(['A1', '2024-01-01', 10, '1.234', 'busy week']);
      ws.addRow(['A1', '2024-01-08', null, 7, null]);
      ws.addRow(['A2', '2024-01-01', '5', 'n/a', null]);
      ws.addRow(['A2', '2024-01-08', 6, 8, null]);
      ws.addRow(['A3', '2024-01-01', null, 2, null]);
    });
    const summary = await h.importFiles([h.file('wide.xlsx', bytes)]);
    expect(summary.sheets[0]!.errors).toEqual([
      {
        row: 4,
        column: 'Reports Run',
        key: 'import.value.notNumber',
        params: { value: 'n/a' },
        message: '"n/a" is not a number',
      },
    ]);
    expect(
      h.rows('SELECT account_id, metric, date, value FROM usage_points ORDER BY 1, 2, 3'),
    ).toEqual([
      { account_id: 'A1', metric: 'Logins', date: '2024-01-01', value: 10 },
      { account_id: 'A1', metric: 'Reports Run', date: '2024-01-01', value: 1234 },
      { account_id: 'A1', metric: 'Reports Run', date: '2024-01-08', value: 7 },
      { account_id: 'A2', metric: 'Logins', date: '2024-01-01', value: 5 },
      { account_id: 'A2', metric: 'Logins', date: '2024-01-08', value: 6 },
      { account_id: 'A2', metric: 'Reports Run', date: '2024-01-08', value: 8 },
      { account_id: 'A3', metric: 'Reports Run', date: '2024-01-01', value: 2 },
    ]);
  });

  it('resolves usage keyed by subscription through contract lines in the same import', async () => {
    const bytes = await xlsx((wb) => {
      const c = wb.addWorksheet('Subscriptions');
      c.addRow(['Subscription ID', 'Account ID', 'Start Date', 'ARR Amount']);
      c.addRow(['S1', 'A1', '2024-01-01', 1200]);
      const u = wb.addWorksheet('Usage');
      u.addRow(['Subscription ID', 'Date', 'Metric', 'Value']);
      u.addRow(['S1', '2024-02-05', 'logins', 3]);
      u.addRow(['S9', '2024-02-05', 'logins', 4]);
    });
    const summary = await h.importFiles([h.file('subs.xlsx', bytes)]);
    const usage = summary.sheets.find((s) => s.kind === 'usage')!;
    expect(usage.errors).toEqual([
      {
        row: 3,
        column: null,
        key: 'import.row.unknownSubscription',
        params: { id: 'S9' },
        message: expect.stringMatching(/subscription S9 is unknown/),
      },
    ]);
    expect(h.rows('SELECT account_id, value FROM usage_points')).toEqual([
      { account_id: 'A1', value: 3 },
    ]);
    expect(h.rows('SELECT mrr FROM contract_lines')).toEqual([{ mrr: 100 }]);
  });

  it('asks for the order of an ambiguous date column and reads it as chosen', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Events');
      ws.addRow(['Account ID', 'Date', 'Title']);
      ws.addRow(['A1', '03/04/2024', 'Kick-off']);
      ws.addRow(['A1', '05/06/2024', 'QBR']);
    });
    const preview = await h.service.open([h.file('dates.xlsx', bytes)]);
    const sheet = preview.sheets[0]!;
    expect(sheet.ambiguousDateFields).toEqual(['date']);
    expect(sheet.dateOrders).toEqual({ date: 'DMY' });
    const choice = {
      sheetKey: sheet.sheetKey,
      kind: sheet.kind!,
      mapping: sheet.mapping,
      dateOrders: { date: 'MDY' as const },
    };
    expect(h.service.preview(preview.sessionId, choice).dateOrders).toEqual({ date: 'MDY' });
    h.service.commit(preview.sessionId, [choice]);
    expect(h.rows('SELECT date FROM events ORDER BY date').map((r) => r.date)).toEqual([
      '2024-03-04',
      '2024-05-06',
    ]);
  });

  it('reads survey scores named by their header, and 1/0 experiment groups', async () => {
    const bytes = await xlsx((wb) => {
      const s = wb.addWorksheet('แบบสำรวจ');
      s.addRow(['รหัสลูกค้า', 'วันที่', 'NPS', 'ความคิดเห็น']);
      s.addRow(['A1', '15/01/2567', 9, 'ดีมาก']);
      const o = wb.addWorksheet('Gözlemler');
      o.addRow(['Deney ID', 'Birim', 'Treated', 'Hafta', 'Metrik', 'Değer']);
      o.addRow(['E1', 'Team 1', 1, '2024-01-01', 'Tickets closed', 12]);
      o.addRow(['E1', 'Team 2', 0, '2024-01-01', 'Tickets closed', 9]);
    });
    const summary = await h.importFiles([h.file('mixed.xlsx', bytes)]);
    expect(summary.sheets.map((s) => [s.kind, s.inserted, s.errors.length])).toEqual([
      ['surveys', 1, 0],
      ['experiment_observations', 2, 0],
    ]);
    expect(h.rows('SELECT kind, date, score, comment FROM survey_responses')).toEqual([
      { kind: 'nps', date: '2024-01-15', score: 9, comment: 'ดีมาก' },
    ]);
    expect(h.rows('SELECT unit_id, grp, kpi FROM experiment_observations ORDER BY 1')).toEqual([
      { unit_id: 'Team 1', grp: 'target', kpi: 'Tickets closed' },
      { unit_id: 'Team 2', grp: 'control', kpi: 'Tickets closed' },
    ]);
  });
});
