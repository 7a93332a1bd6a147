// Files shaped the way CSMs receive them (#13 points 1-3), generated here: a CRM workbook with a
// Thai title and mixed-language headers, a Turkish contract-lines CSV against existing accounts,
// a customer list keyed by name, and generic data (listings, ledgers) that is no customer list.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import type { Harness } from './harness';
import { harness } from './harness';

const ACCOUNTS = 30;
const THAI_NAMES = ['บริษัท สยามโลจิสติกส์ จำกัด', 'Işıklı Lojistik A.Ş.', 'Northwind Ltd'];

async function crmWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ลูกค้า');
  ws.addRow(['รายชื่อลูกค้า (ส่งออกจากระบบ CRM)']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['รหัสลูกค้า', 'Şirket Adı', 'จำนวนที่นั่ง', 'Plan', 'Churned?', 'วันต่ออายุ']);
  for (let i = 1; i <= ACCOUNTS; i++) {
    ws.addRow([
      `C-${String(i).padStart(3, '0')}`,
      `${THAI_NAMES[i % 3]} ${i}`,
      i * 5,
      i % 2 ? 'Pro' : 'Basic',
      i % 7 === 0 ? 'ใช่' : 'ไม่ใช่',
      // Buddhist-era D/M/YYYY: 2568 is 2025.
      `${(i % 28) + 1}/${(i % 12) + 1}/2568`,
    ]);
  }
  ws.addRow([]);
  ws.addRow(['หมายเหตุ: ข้อมูล ณ วันที่ 1/10/2569 จากฝ่ายขาย']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('files as CSMs receive them', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('reads a CRM workbook: Thai title, blank row, mixed headers, BE dates, Thai yes/no, a note', async () => {
    const file = h.file('crm-export.xlsx', await crmWorkbook());
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet).toMatchObject({ kind: 'accounts', headerRow: 3, problem: null });
    expect(sheet.mapping).toMatchObject({
      id: 0,
      name: 1,
      seats: 2,
      plan: 3,
      churned: 4,
      renewalDate: 5,
    });
    await h.importFiles([file]);
    const rows = h.rows('SELECT id, name, seats, churned, renewal_date FROM accounts ORDER BY id');
    expect(rows).toHaveLength(ACCOUNTS);
    expect(rows[6]).toEqual({
      id: 'C-007',
      name: 'Işıklı Lojistik A.Ş. 7',
      seats: 35,
      churned: 1,
      renewal_date: '2025-08-08',
    });
    expect(rows.every((r) => r.name !== r.id && Number(r.seats) > 0)).toBe(true);
  });

  it('reads a Turkish contract-lines CSV as contract lines and changes no account', async () => {
    const ids = ['H-1', 'H-2', 'H-3'];
    await h.importFiles([
      h.file(
        'accounts.csv',
        `Account ID,Account Name,ARR\n${ids.map((id, i) => `${id},Firma ${i},${(i + 1) * 1200}`).join('\n')}\n`,
      ),
    ]);
    const accountsBefore = JSON.stringify(h.rows('SELECT * FROM accounts ORDER BY id'));
    const csv = [
      'Hesap No;Abonelik;Başlangıç;MRR',
      'H-1;S-1;01.02.2024;100',
      'H-2;S-2;15.03.2024;250,5',
      'H-3;S-3;01.04.2024;99',
    ];
    const summary = await h.importFiles([h.file('Excel export.csv', `${csv.join('\r\n')}\r\n`)]);
    expect(summary.sheets.map((s) => [s.kind, s.inserted, s.updated])).toEqual([
      ['contract_lines', 3, 0],
    ]);
    expect(JSON.stringify(h.rows('SELECT * FROM accounts ORDER BY id'))).toBe(accountsBefore);
    expect(
      h.rows('SELECT id, account_id, start_date, mrr FROM contract_lines ORDER BY id'),
    ).toEqual([
      { id: 'S-1', account_id: 'H-1', start_date: '2024-02-01', mrr: 100 },
      { id: 'S-2', account_id: 'H-2', start_date: '2024-03-15', mrr: 250.5 },
      { id: 'S-3', account_id: 'H-3', start_date: '2024-04-01', mrr: 99 },
    ]);
  });

  it('imports a customer list keyed by name, remembers it, and meets later files on the same names', async () => {
    const list = [
      'Customer,Segment,ARR,Renewal_Date,NPS,CSAT,Active_Users,Total_Seats',
      'Acme Ltd,Enterprise,120000,2025-03-01,9,4.5,80,100',
      'Globex Inc,SMB,9000,2025-06-01,7,4,8,10',
    ];
    const file = h.file('book.csv', `${list.join('\n')}\n`);
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    expect(sheet).toMatchObject({ kind: 'accounts', problem: null });
    expect(sheet.notes).toContainEqual({
      key: 'import.note.keyedByName',
      params: { column: 'Customer' },
    });
    h.service.cancel(preview.sessionId);
    await h.importFiles([file]);
    expect(h.rows('SELECT id, name, arr, seats FROM accounts ORDER BY id')).toEqual([
      { id: 'acme ltd', name: 'Acme Ltd', arr: 120000, seats: 100 },
      { id: 'globex inc', name: 'Globex Inc', arr: 9000, seats: 10 },
    ]);
    // Remembered with the mapping: the name column is the key, the id unmapped.
    const saved = h.rows("SELECT mapping FROM saved_mappings WHERE kind = 'accounts'");
    expect(JSON.parse(String(saved[0]!.mapping))).toMatchObject({ id: null, name: 0 });

    const tickets = [
      'Ticket ID,Customer,Opened,Priority',
      'T-1,ACME  LTD,2025-01-02,high',
      'T-2,globex inc,2025-01-05,low',
    ];
    const t = await h.importFiles([h.file('support.csv', `${tickets.join('\n')}\n`)]);
    expect(t.sheets.map((s) => [s.kind, s.inserted, s.errors.length])).toEqual([['tickets', 2, 0]]);
    expect(h.rows('SELECT id, account_id FROM tickets ORDER BY id')).toEqual([
      { id: 'T-1', account_id: 'acme ltd' },
      { id: 'T-2', account_id: 'globex inc' },
    ]);
    // The same list again, typed differently: the same two accounts, nothing new.
    const again = await h.importFiles([
      h.file('book2.csv', `${list.join('\n').replace('Acme Ltd', 'ACME   Ltd')}\n`),
    ]);
    expect(again.sheets[0]).toMatchObject({ inserted: 0 });
    expect(h.count('accounts')).toBe(2);
  });

  it('matches names to accounts imported with ids', async () => {
    await h.importFiles([
      h.file('accounts.csv', 'Account ID,Account Name,ARR\nA-9,Initech GmbH,5000\n'),
    ]);
    const t = await h.importFiles([
      h.file('support.csv', 'Ticket ID,Company,Opened\nT-9,initech gmbh,2025-02-01\n'),
    ]);
    expect(t.sheets[0]).toMatchObject({ kind: 'tickets', inserted: 1 });
    expect(h.rows('SELECT account_id FROM tickets')).toEqual([{ account_id: 'A-9' }]);
  });

  it('asks what an unsure sheet holds, and remembers the answer for the same headers', async () => {
    const logins = 'Account ID,Date,Logins\nA1,2024-01-01,3\nA2,2024-01-08,5\nA3,2024-01-15,4\n';
    const first = await h.service.open([h.file('export.csv', logins)]);
    const asked = first.sheets[0]!;
    expect(asked).toMatchObject({ kind: null, kindCandidates: ['usage'] });
    expect(asked.problemMessage?.key).toBe('import.sheet.kindUnsure');
    const chosen = h.service.preview(first.sessionId, {
      sheetKey: asked.sheetKey,
      kind: 'usage',
      mapping: {},
    });
    expect(chosen).toMatchObject({ kind: 'usage', problem: null, validCount: 3 });
    h.service.commit(first.sessionId, [
      { sheetKey: asked.sheetKey, kind: 'usage', mapping: chosen.mapping },
    ]);
    const again = await h.service.open([h.file('export-2.csv', logins)]);
    expect(again.sheets[0]).toMatchObject({ kind: 'usage', problem: null });
    h.service.cancel(again.sessionId);
  });

  it('meets names on the accounts of the same import, whichever file comes first', async () => {
    const tickets = h.file(
      'a-support.csv',
      'Ticket ID,Şirket Adı,Açılış Tarihi,Öncelik\nT-1,ACME ltd,02.01.2025,yüksek\n',
    );
    const accounts = h.file('z-accounts.csv', 'Account ID,Account Name,ARR\nA-7,Acme Ltd,5000\n');
    const summary = await h.importFiles([tickets, accounts]);
    expect(summary.sheets.map((s) => [s.kind, s.inserted])).toEqual([
      ['accounts', 1],
      ['tickets', 1],
    ]);
    expect(h.rows('SELECT id, account_id, priority FROM tickets')).toEqual([
      { id: 'T-1', account_id: 'A-7', priority: 'high' },
    ]);
  });

  it('does not take listings, sub-districts or a general ledger for customers', async () => {
    const listings = [
      'id,name,host_id,host_name,neighbourhood,latitude,longitude,room_type,price,minimum_nights,number_of_reviews',
    ];
    for (let i = 1; i <= 20; i++)
      listings.push(
        `${i},Flat ${i},${i * 7},Host ${i},Centre,13.7${i},100.5${i},Entire home,${1000 + i},2,${i}`,
      );
    const tambon = [
      'id,zip_code,name_th,name_en,district_id',
      '100101,10200,พระบรมมหาราชวัง,Phra Borom Maha Ratchawang,1001',
      '100102,10200,วังบูรพาภิรมย์,Wang Burapha Phirom,1001',
    ];
    const ledger = [
      'id,date,account,description,debit,credit,balance',
      '1,2024-01-02,1010,Opening balance,5000,,5000',
      '2,2024-01-03,4000,Invoice 17,,1200,3800',
    ];
    const before = h.snapshot();
    const preview = await h.service.open([
      h.file('listings.csv', `${listings.join('\n')}\n`),
      h.file('tambon.csv', `${tambon.join('\n')}\n`),
      h.file('general-ledger.csv', `${ledger.join('\n')}\n`),
    ]);
    expect(preview.sheets.map((s) => [s.fileName, s.kind, s.problemMessage?.key])).toEqual([
      ['listings.csv', null, 'import.sheet.unrecognised'],
      ['tambon.csv', null, 'import.sheet.unrecognised'],
      ['general-ledger.csv', null, 'import.sheet.unrecognised'],
    ]);
    expect(h.service.automaticChoices(preview)).toEqual([]);
    h.service.cancel(preview.sessionId);
    expect(h.snapshot()).toBe(before);
  });
});

describe('import CLI: kinds and mappings', () => {
  let t: TestServices;
  beforeEach(() => {
    t = testServices();
  });
  afterEach(() => t.cleanup());

  const cli = (...argv: string[]) => runCliCapturing(t.services, argv);
  const file = (name: string, text: string) => {
    const p = path.join(t.dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it('maps columns with --map and a kind per file with --kind FILE=KIND, and prints the mapping', async () => {
    const ws = path.join(t.dir, 'book.qbr');
    const list = file('kunden.csv', 'Kunde,Umsatz\nAcme,1200\nGlobex,800\n');
    const result = await cli(
      'import',
      '--workspace',
      ws,
      list,
      '--kind',
      'kunden.csv=accounts',
      '--map',
      'name=Kunde',
      '--map',
      'arr=umsatz',
      '--json',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      sheets: { kind: string; inserted: number; mapping: unknown; key: string }[];
    };
    expect(json.sheets).toEqual([
      expect.objectContaining({
        kind: 'accounts',
        inserted: 2,
        mapping: { name: 'Kunde', arr: 'Umsatz' },
        key: 'name',
      }),
    ]);
    const text = await cli(
      'import',
      '--workspace',
      ws,
      list,
      '--kind',
      'accounts',
      '--map',
      'name=Kunde',
      '--map',
      'arr=Umsatz',
    );
    expect(text.out).toContain(
      'mapping: name <- "Kunde", arr <- "Umsatz" (keyed by account name: no id column)',
    );
  });

  it('refuses a sheet it is not sure of, naming the candidates and --kind', async () => {
    const ws = path.join(t.dir, 'book.qbr');
    const logins = file(
      'export.csv',
      'Account ID,Date,Logins\nA1,2024-01-01,3\nA2,2024-01-08,5\nA3,2024-01-15,4\n',
    );
    const refused = await cli('import', '--workspace', ws, logins);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('it could be usage; choose with --kind usage');
    expect(fs.existsSync(ws)).toBe(false);
    const forced = await cli('import', '--workspace', ws, logins, '--kind', 'usage', '--json');
    expect(forced.code).toBe(0);
  });

  it('exits non-zero and changes nothing when no row could be imported', async () => {
    const ws = path.join(t.dir, 'book.qbr');
    const bad = file(
      'accounts.csv',
      'Account ID,Account Name,ARR,Renewal Date\nA1,Acme,lots,soon\nA2,Globex,many,later\n',
    );
    const result = await cli('import', '--workspace', ws, bad);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('No row could be imported; nothing was changed.');
    expect(fs.existsSync(ws)).toBe(false);
  });

  it('rejects a --map naming a field the kind lacks or a column the sheet lacks', async () => {
    const ws = path.join(t.dir, 'book.qbr');
    const list = file('accounts.csv', 'Account ID,Account Name,ARR\nA1,Acme,100\n');
    const noField = await cli('import', '--workspace', ws, list, '--map', 'colour=ARR');
    expect(noField.code).toBe(2);
    expect(noField.err).toContain('accounts has no field "colour"');
    const noColumn = await cli('import', '--workspace', ws, list, '--map', 'arr=Revenue');
    expect(noColumn.err).toContain('has no column "Revenue"');
    expect(fs.existsSync(ws)).toBe(false);
  });
});
