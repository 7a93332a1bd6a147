// No silent change to existing data (#13.4) and money without float noise (#13.7): the preview
// says what an import would change, field by field; a column absent from the file never blanks
// a stored value; undo restores the rows byte for byte; the CLI's --dry-run changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAccount } from '../../../src/main/db/repos/accounts';
import { undoBatch } from '../../../src/main/db/repos/import-batches';
import { runCli } from '../../../src/main/cli/run';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import type { Harness } from './harness';
import { harness } from './harness';

const FULL = [
  'Account ID,Account Name,Segment,Owner,ARR,Seats,Renewal Date',
  'A1,Acme,Enterprise,Ann,12000,50,2027-01-31',
  'A2,Beta,SMB,Bob,3000,5,2027-03-31',
  'A3,Gamma,SMB,Cem,4500,8,2027-06-30',
].join('\n');

describe('what an import changes', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  const accounts = () => h.rows('SELECT * FROM accounts ORDER BY id');

  it('previews new, unchanged and changed rows with each change, and writes only mapped columns', async () => {
    await h.importFiles([h.file('full.csv', FULL)]);
    const before = accounts();

    // A later file without ARR, seats or renewal: renames one account, moves one, adds one.
    const partial = h.file(
      'partial.csv',
      'Account ID,Account Name,Segment\nA1,Acme Corp,Enterprise\nA2,Beta,Mid-market\nA3,Gamma,SMB\nA4,Delta,SMB\n',
    );
    const preview = await h.service.open([partial]);
    const changes = preview.sheets[0]!.changes!;
    expect(changes).toMatchObject({ newRows: 1, unchanged: 1, changed: 2 });
    expect(changes.fieldCounts).toEqual({ name: 1, segment: 1 });
    expect(changes.rows).toEqual([
      { row: 2, key: 'A1', fields: [{ field: 'name', from: 'Acme', to: 'Acme Corp' }] },
      { row: 3, key: 'A2', fields: [{ field: 'segment', from: 'SMB', to: 'Mid-market' }] },
    ]);
    // Previewing wrote nothing.
    expect(accounts()).toEqual(before);

    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    expect(summary.sheets[0]).toMatchObject({ inserted: 1, updated: 2, skipped: 1 });
    const after = accounts();
    // The columns the file did not have keep their stored values: ARR, seats, renewal, owner.
    for (const id of ['A1', 'A2', 'A3']) {
      const was = before.find((r) => r.id === id)!;
      const now = after.find((r) => r.id === id)!;
      for (const col of ['arr', 'seats', 'renewal_date', 'owner', 'currency', 'churned'])
        expect(now[col], `${id}.${col}`).toEqual(was[col]);
    }
    expect(after.find((r) => r.id === 'A1')!.name).toBe('Acme Corp');

    // Undo restores the rows exactly as they were before the second import.
    const snapshotBefore = JSON.stringify(before);
    h.ws.transaction(() => undoBatch(h.ws.db, summary.batchId, '2026-10-02T00:00:00.000Z'));
    expect(JSON.stringify(accounts())).toBe(snapshotBefore);
  });

  it('counts a re-import of the same file as all unchanged, and lists at most 50 changes', async () => {
    const rows = (arr: number) =>
      [
        'Account ID,Account Name,ARR',
        ...Array.from({ length: 80 }, (_, i) => `X${i},N${i},${arr}`),
      ].join('\n');
    await h.importFiles([h.file('a.csv', rows(100))]);
    const same = await h.service.open([h.file('b.csv', rows(100))]);
    expect(same.sheets[0]!.changes).toMatchObject({ newRows: 0, unchanged: 80, changed: 0 });
    h.service.cancel(same.sessionId);
    const more = await h.service.open([h.file('c.csv', rows(250))]);
    const changes = more.sheets[0]!.changes!;
    expect(changes).toMatchObject({ changed: 80, fieldCounts: { arr: 80 } });
    expect(changes.rows).toHaveLength(50);
    expect(changes.rows[0]!.fields).toEqual([{ field: 'arr', from: 100, to: 250 }]);
  });

  it('stores money rounded to the currency minor unit: 29.85 a month is 358.2 a year', async () => {
    await h.importFiles([
      h.file(
        'money.csv',
        'Account ID,Account Name,MRR,Currency\nA1,Acme,29.85,USD\nA2,Kyoto,1234.5,JPY\nA3,Neg,-0.0004,USD\n',
      ),
    ]);
    const arr = Object.fromEntries(
      h.rows('SELECT id, arr FROM accounts').map((r) => [String(r.id), r.arr]),
    );
    expect(29.85 * 12).not.toBe(358.2);
    expect(arr).toEqual({ A1: 358.2, A2: 14814, A3: 0 });
    expect(getAccount(h.ws.db, 'A1').arr).toBe(358.2);
    // Contract lines' MRR from an annual figure, likewise.
    await h.importFiles([
      h.file(
        'lines.csv',
        'Subscription ID,Account ID,Plan,ARR,Start Date\nS1,A1,Pro,1000,2026-01-01\n',
      ),
    ]);
    expect(h.rows('SELECT mrr FROM contract_lines')[0]!.mrr).toBe(83.33);
  });
});

describe('import --dry-run', () => {
  let t: TestServices;
  beforeEach(() => {
    t = testServices();
  });
  afterEach(() => t.cleanup());

  async function cli(...argv: string[]) {
    let out = '';
    const code = await runCli(argv, t.services, { out: (s) => (out += s), err: (s) => (out += s) });
    return { code, out };
  }

  it('says per sheet what would change and changes nothing', async () => {
    const ws = path.join(t.dir, 'book.qbr');
    const full = path.join(t.dir, 'full.csv');
    fs.writeFileSync(full, FULL);
    expect((await cli('import', '--workspace', ws, full)).code).toBe(0);
    t.services.workspaces.closeAll();
    const bytes = fs.readFileSync(ws);

    const next = path.join(t.dir, 'next.csv');
    fs.writeFileSync(next, 'Account ID,Account Name,ARR\nA1,Acme,15000\nA9,New,10\n');
    const dry = await cli('import', '--workspace', ws, next, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const result = JSON.parse(dry.out) as {
      dryRun: boolean;
      sheets: { changes: { newRows: number; changed: number; rows: unknown[] } }[];
    };
    expect(result.dryRun).toBe(true);
    expect(result.sheets[0]!.changes).toMatchObject({ newRows: 1, changed: 1, unchanged: 0 });
    expect(result.sheets[0]!.changes.rows).toEqual([
      { row: 2, key: 'A1', fields: [{ field: 'arr', from: 12000, to: 15000 }] },
    ]);
    const text = await cli('import', '--workspace', ws, next, '--dry-run');
    expect(text.out).toContain('1 new, 0 unchanged, 1 changed');
    expect(text.out).toContain('row 2 (A1): arr 12000 -> 15000');
    t.services.workspaces.closeAll();
    expect(fs.readFileSync(ws).equals(bytes)).toBe(true);

    // A dry run against a workspace that does not exist leaves none behind.
    const none = path.join(t.dir, 'none.qbr');
    expect((await cli('import', '--workspace', none, next, '--dry-run')).code).toBe(0);
    expect(fs.existsSync(none)).toBe(false);
  });
});
