// A sheet's kind is decided with confidence, or asked (#13.2), from the whole mapping of every
// kind, the column values and the sheet's and file's names.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/read/cells';
import { analyzeSheet } from '../../../src/main/import/map/analyze-sheet';
import type { SheetValidation } from '../../../src/main/import/check/validate';
import { accountKeyOfName, chooseKind, profileColumn } from '../../../src/main/import/map/mapping';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

/** The sheet's valid entities, in row order. */
function validOf(validation: SheetValidation): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  validation.eachValid((_, entity) => out.push(entity));
  return out;
}

function decide(fileName: string, headers: string[], rows: CellValue[][] = []) {
  return chooseKind({
    sheetName: fileName.replace(/\.\w+$/, ''),
    fileName,
    headers,
    rows: SheetRows.of(rows),
    profileOf: rows.length > 0 ? (c) => profileColumn(SheetRows.of(rows), c) : undefined,
  });
}

describe('kind choice', () => {
  it.each([
    ['crm.xlsx', ['รหัสลูกค้า', 'Şirket Adı', 'จำนวนที่นั่ง', 'Plan', 'Churned?'], 'accounts'],
    ['export.csv', ['Hesap No', 'Abonelik', 'Başlangıç', 'MRR'], 'contract_lines'],
    [
      'Sheet1.csv',
      ['Abonelik No', 'Müşteri No', 'Başlangıç Tarihi', 'MRR (USD)', 'ARR (USD)'],
      'contract_lines',
    ],
    [
      'book.csv',
      ['Customer', 'Segment', 'ARR', 'Renewal_Date', 'NPS', 'CSAT', 'Active_Users', 'Total_Seats'],
      'accounts',
    ],
    ['data.csv', ['Ticket ID', 'Customer', 'Opened', 'Priority', 'Status'], 'tickets'],
    ['Sheet1.csv', ['Account ID', 'Churn Date', 'Reason Code'], 'churn'],
  ])('%s %j is %s', (file, headers, kind) => {
    expect(decide(file, headers).kind).toBe(kind);
  });

  it('never takes a sheet of contract lines for accounts, even where accounts map too', () => {
    const d = decide('export.csv', ['Hesap No', 'Abonelik', 'Başlangıç', 'MRR']);
    const accounts = d.readings.find((r) => r.kind === 'accounts')!;
    // Accounts could read it (an id and an MRR): the subscription column rules them out.
    expect(accounts.complete).toBe(true);
    expect(d.kind).toBe('contract_lines');
    expect(d.candidates).not.toContain('accounts');
  });

  it.each([
    [
      'listings.csv',
      'id,name,host_id,host_name,neighbourhood_group,neighbourhood,latitude,longitude,room_type,price,minimum_nights,number_of_reviews,last_review,reviews_per_month,availability_365',
    ],
    ['subdistricts.csv', 'id,zip_code,name_th,name_en,district_id'],
    ['tambon.csv', 'TambonID,TambonThai,TambonEng,DistrictID,DistrictThai,ProvinceThai,PostCode'],
    ['gl.csv', 'id,date,account,description,debit,credit,balance'],
    ['ledger.xlsx', 'Date,Account,Type,Description,Amount'],
    ['people.csv', 'id,name'],
    [
      'organizations-100.csv',
      'Index,Organization Id,Name,Website,Country,Description,Founded,Industry,Number of employees',
    ],
    ['Sheet1.xlsx', 'id,name,email,created_at'],
    [
      'titanic.csv',
      'PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked',
    ],
  ])('does not recognise %s as anything', (file, header) => {
    const d = decide(file, header.split(','));
    expect(d.kind).toBeNull();
    expect(d.candidates).toEqual([]);
  });

  it('asks when the evidence is thin, naming the likely kinds', () => {
    const rows: CellValue[][] = [
      ['A1', '2024-01-01', 3],
      ['A2', '2024-01-08', 5],
      ['A3', '2024-01-15', 4],
    ];
    const d = decide('export.csv', ['Account ID', 'Date', 'Logins'], rows);
    expect(d.kind).toBeNull();
    expect(d.candidates).toEqual(['usage']);
  });

  it('takes the name of the file or sheet as evidence', () => {
    expect(decide('people.csv', ['Account ID', 'Account Name']).kind).toBeNull();
    expect(decide('accounts.csv', ['Account ID', 'Account Name']).kind).toBe('accounts');
    expect(decide('Müşteriler.xlsx', ['Kod', 'Ad']).kind).toBe('accounts');
  });
});

describe('accounts keyed by name', () => {
  it('normalises case and spacing, keeps legal suffixes apart', () => {
    expect(accountKeyOfName('  ACME   Corp Ltd. ')).toBe(accountKeyOfName('Acme Corp Ltd.'));
    expect(accountKeyOfName('Acme Ltd')).not.toBe(accountKeyOfName('Acme Inc'));
    expect(accountKeyOfName('IŞIKLI Lojistik A.Ş.')).toBe(accountKeyOfName('Işıklı lojistik a.ş.'));
  });

  it('imports a customer list without an id, keyed by name and saying so', () => {
    const rows: CellValue[][] = [
      ['Customer', 'Segment', 'ARR', 'Renewal_Date', 'NPS', 'CSAT', 'Active_Users', 'Total_Seats'],
      ['Acme Ltd', 'Enterprise', 120000, '2025-03-01', 9, 4.5, 80, 100],
      ['globex  inc', 'SMB', 9000, '2025-06-01', 7, 4, 8, 10],
    ];
    const { preview, validation } = analyzeSheet(
      { fileName: 'book.csv', sheetName: 'book', rows: SheetRows.of(rows) },
      'book#0',
      { currency: 'USD', date1904: false },
    );
    expect(preview.kind).toBe('accounts');
    expect(preview.problem).toBeNull();
    expect(preview.notes.map((n) => n.key)).toContain('import.note.keyedByName');
    expect(preview.mapping).toMatchObject({ id: null, name: 0, seats: 7 });
    expect(validOf(validation!).map((e) => [e.id, e.name, e.seats])).toEqual([
      ['acme ltd', 'Acme Ltd', 100],
      ['globex inc', 'globex  inc', 10],
    ]);
  });

  it('resolves a name to an existing account of that name', () => {
    const rows: CellValue[][] = [
      ['Ticket ID', 'Customer', 'Opened', 'Priority'],
      ['T1', 'ACME LTD', '2025-01-02', 'high'],
    ];
    const { validation } = analyzeSheet(
      { fileName: 'tickets.csv', sheetName: 'tickets', rows: SheetRows.of(rows) },
      't#0',
      {
        currency: 'USD',
        date1904: false,
        accountOfName: (key) => (key === 'acme ltd' ? 'A-001' : undefined),
      },
    );
    expect(validOf(validation!)[0]!.accountId).toBe('A-001');
  });
});
