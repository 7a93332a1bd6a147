import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
beforeEach(() => {
  t = testServices();
});
afterEach(() => t.cleanup());

const cli = (...argv: string[]) => runCliCapturing(t.services, argv);

interface JsonSummary {
  batchId: number;
  sheets: {
    kind: string;
    rowsRead: number;
    inserted: number;
    updated: number;
    skipped: number;
    errors: unknown[];
  }[];
}

describe('import CLI', () => {
  it('imports every sample file with no errors, twice idempotently, and undoes a batch', async () => {
    const dir = path.join(t.dir, 'sample');
    expect((await cli('sample', '--out', dir)).code).toBe(0);
    const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const ws = path.join(t.dir, 'book.qbr');

    const first = await cli('import', '--workspace', ws, ...files, '--json');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out) as JsonSummary;
    expect(summary.sheets.map((s) => s.kind).sort()).toEqual([
      'accounts',
      'churn',
      'contacts',
      'contract_lines',
      'events',
      'experiment_observations',
      'experiments',
      'surveys',
      'tickets',
      'usage',
    ]);
    for (const s of summary.sheets)
      expect(s).toMatchObject({ errors: [], inserted: s.rowsRead, updated: 0 });

    const second = JSON.parse(
      (await cli('import', '--workspace', ws, ...files, '--json')).out,
    ) as JsonSummary;
    for (const s of second.sheets)
      expect(s).toMatchObject({ inserted: 0, updated: 0, skipped: s.rowsRead });

    const listed = JSON.parse((await cli('imports', '--workspace', ws, '--json')).out) as {
      id: number;
      undoneAt: string | null;
    }[];
    expect(listed.map((b) => b.id)).toEqual([second.batchId, summary.batchId]);
    expect(
      (await cli('undo-import', '--workspace', ws, '--batch', String(second.batchId))).code,
    ).toBe(0);
    const undoFirst = await cli(
      'undo-import',
      '--workspace',
      ws,
      '--batch',
      String(summary.batchId),
    );
    expect(undoFirst.code).toBe(0);
    const accounts = await cli('accounts', '--workspace', ws, '--json');
    expect(JSON.parse(accounts.out)).toEqual([]);
  });

  it('forces a kind, writes the errors workbook and refuses unknown kinds', async () => {
    const csv = path.join(t.dir, 'people.csv');
    fs.writeFileSync(
      csv,
      'Account ID,Full Name,Email,Start Date\nA1,Ann,ann@x.example,2024-01-02\nA1,,,\n,Bob,,31/02/2024\n',
    );
    const ws = path.join(t.dir, 'book.qbr');
    const errorsFile = path.join(t.dir, 'errors.xlsx');
    const result = await cli(
      'import',
      '--workspace',
      ws,
      '--kind',
      'contacts',
      csv,
      '--errors-out',
      errorsFile,
      '--json',
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out) as JsonSummary;
    expect(summary.sheets[0]).toMatchObject({ kind: 'contacts', inserted: 1 });
    expect(summary.sheets[0]!.errors.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(errorsFile);
    expect(wb.getWorksheet('Errors')!.rowCount).toBe(summary.sheets[0]!.errors.length + 1);

    const bad = await cli('import', '--workspace', ws, '--kind', 'nonsense', csv);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--kind must be one of/);
  });

  it('refuses an .xls file and leaves no new workspace behind', async () => {
    const xls = path.join(t.dir, 'old.xls');
    fs.writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]),
    );
    const ws = path.join(t.dir, 'new.qbr');
    const result = await cli('import', '--workspace', ws, xls);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/old Excel \(\.xls\)/);
    expect(fs.existsSync(ws)).toBe(false);
  });
});
