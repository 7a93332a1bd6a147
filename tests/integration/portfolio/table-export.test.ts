// The accounts table (ARR sorted in the report currency once rates are known, filters, health
// columns), its .xlsx export (formula-safe, read back with exceljs) and the attention list.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { noDialogs } from '../../../src/main/platform/dialogs';
import type { Account, Contact } from '../../../src/shared/domain/entities';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';
import { account } from '../../unit/portfolio/handBook';

const HOSTILE = ['=HYPERLINK("http://x.test","click")', '+SUM(1,2)', '-2+3', '@cmd', '\t=1+1'];

const accounts: Account[] = [
  account('X', {
    name: 'Xenon',
    currency: 'EUR',
    arr: 1000,
    segment: 'ent',
    owner: 'ann',
    renewalDate: '2026-10-20',
  }),
  account('Y', {
    name: 'Yarrow',
    arr: 1050,
    segment: 'smb',
    owner: 'bob',
    renewalDate: '2027-06-01',
  }),
  account('Z', { name: 'Zinc', arr: null, segment: 'smb', owner: 'ann' }),
  ...HOSTILE.map((name, i) => account(`H${i}`, { name, arr: 10 + i, segment: 'smb', owner: name })),
];

const contacts: Contact[] = [
  {
    id: 'c1',
    accountId: 'Y',
    name: 'Ada Champion',
    email: null,
    role: null,
    isChampion: true,
    startDate: '2024-01-01',
    endDate: '2026-09-28',
  },
  {
    id: 'c2',
    accountId: 'X',
    name: 'Old Champion',
    email: null,
    role: null,
    isChampion: true,
    startDate: '2024-01-01',
    endDate: '2026-08-01',
  },
  {
    id: 'c3',
    accountId: 'X',
    name: 'Not a champion',
    email: null,
    role: null,
    isChampion: false,
    startDate: null,
    endDate: '2026-09-29',
  },
];

let t: TestServices;
let savePath: string | null;
beforeEach(async () => {
  t = testServices({ ...noDialogs, saveFile: async () => savePath });
  savePath = null;
  await workspaceWith(t, { accounts, contacts });
});
afterEach(() => t.cleanup());

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the portfolio accounts table', () => {
  it('sorts ARR by raw amounts while a rate is missing, and in the report currency once known', async () => {
    const raw = await request(t, 'portfolio:table', { sortBy: 'arr', sortDir: 'desc' });
    expect(raw.arrSortConverted).toBe(false);
    expect(raw.missingRates).toEqual(['EUR']);
    expect(ids(raw.rows).slice(0, 2)).toEqual(['Y', 'X']);
    expect(ids(raw.rows).at(-1)).toBe('Z');

    await request(t, 'portfolio:setFxRates', { rates: [{ currency: 'EUR', rate: 1.1 }] });
    const converted = await request(t, 'portfolio:table', { sortBy: 'arr', sortDir: 'desc' });
    expect(converted.arrSortConverted).toBe(true);
    expect(ids(converted.rows).slice(0, 2)).toEqual(['X', 'Y']);
    expect(converted.rows[0]!.arrReport).toBeCloseTo(1100, 6);
    // Accounts without ARR stay last in either direction.
    const ascending = await request(t, 'portfolio:table', { sortBy: 'arr', sortDir: 'asc' });
    expect(ids(ascending.rows).at(-1)).toBe('Z');
    expect(ids(ascending.rows).at(-2)).toBe('X');
  });

  it('filters by segment, owner and search, and lists the choices', async () => {
    const smbAnn = await request(t, 'portfolio:table', { segment: 'smb', owner: 'ann' });
    expect(ids(smbAnn.rows)).toEqual(['Z']);
    expect(smbAnn.total).toBe(accounts.length);
    expect(smbAnn.segments).toEqual(['ent', 'smb']);
    const search = await request(t, 'portfolio:table', { search: 'yar' });
    expect(ids(search.rows)).toEqual(['Y']);
    expect(search.rows[0]!.daysToRenewal).toBe(243); // 2026-10-01 -> 2027-06-01
  });

  it('exports the filtered, sorted table to .xlsx with formula-looking text escaped', async () => {
    savePath = path.join(t.dir, 'accounts export');
    const result = await request(t, 'portfolio:exportTable', { segment: 'smb', sortBy: 'name' });
    expect(result).toEqual({ path: `${savePath}.xlsx`, rows: 7 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result!.path);
    const sheet = workbook.getWorksheet('Accounts')!;
    expect(sheet.rowCount).toBe(8);
    const names: unknown[] = [];
    sheet.eachRow((row, n) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      });
      if (n > 1) names.push(row.getCell(2).value);
    });
    for (const hostile of HOSTILE) expect(names).toContain(`'${hostile}`);
    expect(names).toContain('Yarrow');
    // Owners are text from the import too: escaped the same way.
    const owners = sheet.getColumn(4).values;
    expect(owners).toContain(`'${HOSTILE[0]}`);
    // Numbers stay numbers.
    const yarrow = sheet.getRows(2, 7)!.find((r) => r.getCell(2).value === 'Yarrow')!;
    expect(yarrow.getCell(7).value).toBe(1050);
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const before = fs.readdirSync(t.dir);
    expect(await request(t, 'portfolio:exportTable', {})).toBeNull();
    expect(fs.readdirSync(t.dir)).toEqual(before);
  });
});

describe('needs attention this week', () => {
  it('lists the champion who left in the last 7 days, and health items the tables back', async () => {
    const answer = await request(t, 'portfolio:attention', { asOf: '2026-10-01' });
    const champions = answer.items.filter((i) => i.kind === 'champion_left');
    expect(champions).toEqual([
      expect.objectContaining({ accountId: 'Y', contactName: 'Ada Champion', date: '2026-09-28' }),
    ]);
    // Red renewals within 90 days and new triggers, straight from the health tables.
    const db = t.services.workspaces.require().db;
    const red = accounts
      .filter(
        (a) => a.renewalDate && a.renewalDate >= '2026-10-01' && a.renewalDate <= '2026-12-30',
      )
      .filter(
        (a) =>
          db.exec(
            "SELECT band FROM health_snapshots WHERE account_id = ? AND week <= '2026-10-01' AND week > '2026-09-24' ORDER BY week DESC LIMIT 1",
            [a.id],
          )[0]?.values[0]?.[0] === 'red',
      )
      .map((a) => a.id);
    expect(answer.items.filter((i) => i.kind === 'red_renewal').map((i) => i.accountId)).toEqual(
      red,
    );
    const triggers = db.exec(
      "SELECT COUNT(*) FROM tasks WHERE status = 'open' AND created_on >= '2026-09-24' AND created_on <= '2026-10-01'",
    )[0]!.values[0]![0];
    expect(answer.items.filter((i) => i.kind === 'new_trigger')).toHaveLength(Number(triggers));
  });

  it('refuses an export when no workspace is open', async () => {
    t.services.workspaces.closeAll();
    const result = await dispatch('portfolio:exportTable', {}, t.services);
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});
