import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CellBudget } from '../../../src/main/import/progress';
import { renderImportMessage } from '../../../src/shared/i18n/import-message';
import type { ImportMessage, ImportMessageKey } from '../../../src/shared/ipc/contract';
import { AppError } from '../../../src/shared/ipc/result';
import type { Harness } from './harness';
import { harness } from './harness';

/** A minimal zip writer (stored sizes as declared, CRC left 0): enough for the size guard. */
function zip(entries: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? zlib.deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

async function accountsXlsx(rows: [string, string][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Accounts');
  ws.addRow(['Account ID', 'Account Name']);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('refusals leave the workspace unchanged', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
    await h.importFiles([h.file('seed.csv', 'Account ID,Account Name\nA1,Acme\n')]);
  });
  afterEach(() => h.cleanup());

  const refused = async (
    name: string,
    bytes: Uint8Array | string,
    code: string,
    message: RegExp,
    key: ImportMessageKey,
  ) => {
    const before = h.snapshot();
    const err = await h.service.open([h.file(name, bytes)]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    expect((err as AppError).message).toMatch(message);
    // The wizard's copy of the refusal: the same message, naming the file, in any language.
    const details = (err as AppError).details as ImportMessage;
    expect(details).toMatchObject({ key, params: { file: name } });
    expect(renderImportMessage('en', null, details)).toBe((err as AppError).message);
    expect(h.snapshot()).toBe(before);
  };

  it('refuses old .xls and password-protected (OLE) workbooks with how to convert them', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    await refused('old.xls', ole, 'UNSUPPORTED_FILE', /save it as \.xlsx/, 'import.file.oldExcel');
    await refused('protected.xlsx', ole, 'UNSUPPORTED_FILE', /password/, 'import.file.oldExcel');
  });

  it('refuses empty, corrupt and non-workbook files', async () => {
    await refused('empty.csv', '', 'FILE_REFUSED', /is empty/, 'import.file.empty');
    const good = await accountsXlsx([['A2', 'Globex']]);
    await refused(
      'cut.xlsx',
      good.subarray(0, good.length / 2),
      'FILE_REFUSED',
      /could not be read as an \.xlsx/,
      'import.file.unreadable',
    );
    await refused(
      'fake.xlsx',
      'not a zip at all',
      'FILE_REFUSED',
      /not a valid \.xlsx/,
      'import.file.notXlsx',
    );
    await refused(
      'doc.xlsx',
      zip([{ name: 'word/document.xml', data: Buffer.from('<w/>'), deflate: false }]),
      'FILE_REFUSED',
      /not an Excel workbook/,
      'import.file.notWorkbook',
    );
    await refused(
      'binary.csv',
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]),
      'UNSUPPORTED_FILE',
      /^binary\.csv is not a spreadsheet/,
      'import.file.notSpreadsheet',
    );
  });

  it('refuses zip bombs from their declared sizes before inflating them', async () => {
    const bomb = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), deflate: false },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024), deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    await refused('bomb.xlsx', bomb, 'FILE_REFUSED', /zip bombs/, 'import.file.refused');
  });

  it('reports a sheet without recognisable columns instead of importing it', async () => {
    const preview = await h.service.open([h.file('junk.csv', 'colour,flavour\nred,sweet\n')]);
    expect(preview.sheets[0]).toMatchObject({
      kind: null,
      problem: expect.stringMatching(/No recognisable columns/),
      problemMessage: { key: 'import.sheet.unrecognised', params: {} },
    });
    expect(h.service.automaticChoices(preview)).toEqual([]);
  });

  it('commits nothing when one chosen sheet cannot be imported', async () => {
    const before = h.snapshot();
    const preview = await h.service.open([h.file('two.csv', 'Account ID,Account Name\nA9,Nine\n')]);
    const sheet = preview.sheets[0]!;
    expect(() =>
      h.service.commit(preview.sessionId, [
        { sheetKey: sheet.sheetKey, kind: 'accounts', mapping: sheet.mapping },
        { sheetKey: sheet.sheetKey, kind: 'tickets', mapping: {} },
      ]),
    ).toThrow(/^two\.csv \/ two cannot be imported: Required columns are not mapped/);
    expect(h.snapshot()).toBe(before);
  });

  it('refuses an import holding more cells than it can keep in memory, counted across its files', async () => {
    const rows = (n: number) =>
      `Account ID,Account Name\n${Array.from({ length: n }, (_, i) => `B${i},Name ${i}`).join('\n')}\n`;
    const book = async (n: number) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account ID', 'Account Name']);
      for (let i = 0; i < n; i++) ws.addRow([`C${i}`, `Name ${i}`]);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const open = (files: string[], cells: number) =>
      h.service.open(files, { read: { budget: new CellBudget(cells) } }).then(
        () => null,
        (e: unknown) => e as AppError,
      );
    const before = h.snapshot();
    // 100 rows of 2 cells (+ the header) fit in 300 cells; 200 rows do not.
    expect(await open([h.file('fits.csv', rows(100))], 300)).toBeNull();
    for (const file of [h.file('many.csv', rows(200)), h.file('many.xlsx', await book(200))]) {
      const err = await open([file], 300);
      expect(err).toBeInstanceOf(AppError);
      expect(err!.code).toBe('FILE_REFUSED');
      expect(err!.message).toMatch(/^\S+ makes this import larger than 300 cells.*Split it/);
      expect(err!.details).toEqual({
        key: 'import.file.tooManyCells',
        params: { file: file.split('/').pop(), limit: { count: 300 } },
      });
    }
    // Two files that fit alone do not fit together.
    const err = await open([h.file('a.csv', rows(100)), h.file('b.csv', rows(100))], 300);
    expect(err?.message).toMatch(/^b\.csv makes this import larger than 300 cells/);
    expect(h.snapshot()).toBe(before);
  });

  it('stops reading when cancelled', async () => {
    const big =
      `Account ID,Account Name\n${Array.from({ length: 30_000 }, (_, i) => `X${i},Name ${i}`).join('\n')}\n`.repeat(
        3,
      );
    const controller = new AbortController();
    controller.abort();
    await expect(
      h.service.open([h.file('big.csv', big)], { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
      details: { key: 'import.session.cancelled', params: {} },
    });
  });
});

describe('idempotence and undo', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('changes nothing the second time, updates changed rows, and undo restores each step exactly', async () => {
    const empty = h.dataSnapshot();
    const v1 = h.file(
      'v1.xlsx',
      await accountsXlsx([
        ['A1', 'Acme'],
        ['A2', 'Globex'],
      ]),
    );
    const first = await h.importFiles([v1]);
    expect(first.sheets[0]).toMatchObject({ inserted: 2, updated: 0, skipped: 0 });
    const afterFirst = h.dataSnapshot();

    const second = await h.importFiles([v1]);
    expect(second.sheets[0]).toMatchObject({ inserted: 0, updated: 0, skipped: 2 });
    expect(h.dataSnapshot()).toBe(afterFirst);

    const v2 = h.file(
      'v2.xlsx',
      await accountsXlsx([
        ['A1', 'Acme Corp'],
        ['A3', 'Initech'],
      ]),
    );
    const third = await h.importFiles([v2]);
    expect(third.sheets[0]).toMatchObject({ inserted: 1, updated: 1, skipped: 0 });
    expect(h.rows('SELECT id, name FROM accounts ORDER BY id')).toEqual([
      { id: 'A1', name: 'Acme Corp' },
      { id: 'A2', name: 'Globex' },
      { id: 'A3', name: 'Initech' },
    ]);

    const { undoBatch, listBatches } = await import('../../../src/main/db/repos/import-batches');
    expect(() => undoBatch(h.ws.db, first.batchId, 'later')).toThrow(/Undo the later import/);
    h.ws.transaction(() => undoBatch(h.ws.db, third.batchId, '2026-10-02'));
    expect(h.dataSnapshot()).toBe(afterFirst);
    h.ws.transaction(() => undoBatch(h.ws.db, second.batchId, '2026-10-02'));
    h.ws.transaction(() => undoBatch(h.ws.db, first.batchId, '2026-10-02'));
    expect(h.dataSnapshot()).toBe(empty);
    expect(listBatches(h.ws.db).every((b) => b.undoneAt !== null)).toBe(true);
  });

  it('reports a conflicting duplicate key and skips an identical repeat', async () => {
    const summary = await h.importFiles([
      // Named as accounts: an id and a name alone are too little to tell a customer list by.
      h.file('accounts-dups.csv', 'Account ID,Account Name\nA1,Acme\nA1,Acme\nA1,Other\n'),
    ]);
    expect(summary.sheets[0]).toMatchObject({ inserted: 1, skipped: 2 });
    expect(summary.sheets[0]!.errors).toEqual([
      {
        row: 4,
        column: null,
        key: 'import.row.duplicateKey',
        params: { key: 'A1', row: 2 },
        message: expect.stringMatching(/Duplicate key A1: row 2/),
      },
    ]);
  });

  it('undoes a large multi-kind import exactly, including rows staged in bulk', async () => {
    await h.importFiles([h.file('base.csv', 'Account ID,Account Name,ARR\nA1,Acme,100\n')]);
    const base = h.dataSnapshot();
    const lines = Array.from(
      { length: 1500 },
      (_, i) => `A${i % 40},m${i % 3},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}`,
    );
    const unique = new Map(lines.map((l) => [l.split(',').slice(0, 3).join(','), l]));
    const summary = await h.importFiles([
      h.file('usage.csv', `Account ID,Metric,Date,Value\n${[...unique.values()].join('\n')}\n`),
      h.file('acc.csv', 'Account ID,Account Name,ARR\nA1,Acme,200\nA2,Globex,300\n'),
    ]);
    expect(summary.sheets.find((s) => s.kind === 'usage')!.inserted).toBe(unique.size);
    h.ws.transaction(() => undoBatch(h.ws.db, summary.batchId, '2026-10-02'));
    expect(h.dataSnapshot()).toBe(base);
  });
});

import { undoBatch } from '../../../src/main/db/repos/import-batches';
