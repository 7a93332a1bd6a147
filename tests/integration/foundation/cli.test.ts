import fs from 'node:fs';
import path from 'node:path';
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

describe('the CLI', () => {
  it('writes the sample, imports its accounts into a new workspace, lists them', async () => {
    const dir = path.join(t.dir, 'sample');
    const sample = await cli('sample', '--out', dir);
    expect(sample.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'accounts.xlsx'))).toBe(true);

    const ws = path.join(t.dir, 'book.qbr');
    const imported = await cli(
      'import',
      '--workspace',
      ws,
      path.join(dir, 'accounts.xlsx'),
      '--json',
    );
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.out) as {
      sheets: { kind: string; rowsRead: number; inserted: number; errors: unknown[] }[];
    };
    expect(summary.sheets).toHaveLength(1);
    expect(summary.sheets[0]).toMatchObject({ kind: 'accounts', errors: [] });
    expect(summary.sheets[0]!.inserted).toBe(summary.sheets[0]!.rowsRead);
    expect(summary.sheets[0]!.rowsRead).toBeGreaterThanOrEqual(40);

    const again = await cli('import', '--workspace', ws, path.join(dir, 'accounts.xlsx'), '--json');
    const second = JSON.parse(again.out) as {
      sheets: { inserted: number; updated: number; skipped: number; rowsRead: number }[];
    };
    expect(second.sheets[0]).toMatchObject({
      inserted: 0,
      updated: 0,
      skipped: summary.sheets[0]!.rowsRead,
    });

    const listed = await cli('accounts', '--workspace', ws, '--json');
    expect(listed.code).toBe(0);
    const accounts = JSON.parse(listed.out) as { id: string; name: string }[];
    expect(accounts).toHaveLength(summary.sheets[0]!.rowsRead);
    const names = accounts.map((a) => a.name);
    // Sorted by letters, not by code points: "İstanbul" sits among the I's, before K.
    const istanbul = names.findIndex((n) => n.startsWith('İstanbul'));
    const firstK = names.findIndex((n) => n.startsWith('K'));
    expect(istanbul).toBeGreaterThan(0);
    expect(istanbul).toBeLessThan(firstK);
    expect(
      names[istanbul - 1]!.localeCompare('I', 'en', { sensitivity: 'base' }),
    ).toBeGreaterThanOrEqual(0);
  });

  it('refuses an .xls file with a clear message and creates no workspace', async () => {
    const xls = path.join(t.dir, 'old.xls');
    fs.writeFileSync(
      xls,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    );
    const ws = path.join(t.dir, 'none.qbr');
    const res = await cli('import', '--workspace', ws, xls);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/\.xls.*save it as \.xlsx/);
    expect(fs.existsSync(ws)).toBe(false);
  });

  it('refuses to open a workspace another live process holds', async () => {
    const ws = path.join(t.dir, 'held.qbr');
    await cli('import', '--workspace', ws, '--json', await writeCsv());
    fs.writeFileSync(`${ws}.lock`, String(process.ppid));
    const res = await cli('accounts', '--workspace', ws);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/open in another QBR Studio process/);
    fs.rmSync(`${ws}.lock`);
  });

  it('explains usage errors with exit code 2', async () => {
    expect((await cli('import')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('accounts', '--workspace', 'x', '--bogus')).code).toBe(2);
  });
});

async function writeCsv(): Promise<string> {
  const file = path.join(t.dir, 'accounts.csv');
  fs.writeFileSync(
    file,
    'Account ID;Account Name;ARR;Renewal Date\r\nA1;Acme;"1.200,50";31/12/2026\r\n',
  );
  return file;
}
