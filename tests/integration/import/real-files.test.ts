import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary, SheetSummary } from '../../../src/shared/ipc/contract';
import type { Harness } from './harness';
import { DATA, harness } from './harness';
import { dataSkip } from '../../helpers/test-data';

// Independent reading of the raw files, to check the importer's counts against.
function csvLines(name: string): string[][] {
  return fs
    .readFileSync(path.join(DATA, name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .slice(1)
    .map((l) => l.split(','));
}

const FILES = [
  'ravenstack_accounts.csv',
  'ravenstack_subscriptions.csv',
  'ravenstack_feature_usage.csv',
  'ravenstack_support_tickets.csv',
  'ibm_telco_customer_churn.csv',
];

describe.skipIf(dataSkip(...FILES) !== null)(
  'RavenStack and Telco files, imported without editing',
  () => {
    let h: Harness;
    let summary: ImportSummary;
    const sheet = (file: string): SheetSummary => summary.sheets.find((s) => s.fileName === file)!;

    beforeAll(async () => {
      h = await harness();
      summary = await h.importFiles(FILES.map((f) => path.join(DATA, f)));
    });
    afterAll(() => h.cleanup());

    it('recognises each file as its kind', () => {
      expect(Object.fromEntries(summary.sheets.map((s) => [s.fileName, s.kind]))).toEqual({
        'ravenstack_accounts.csv': 'accounts',
        'ravenstack_subscriptions.csv': 'contract_lines',
        'ravenstack_feature_usage.csv': 'usage',
        'ravenstack_support_tickets.csv': 'tickets',
        'ibm_telco_customer_churn.csv': 'accounts',
      });
    });

    it('reads accounts signup dates as D/M/YYYY for the whole column', () => {
      expect(sheet('ravenstack_accounts.csv')).toMatchObject({
        rowsRead: 500,
        inserted: 500,
        errors: [],
      });
      const raw = csvLines('ravenstack_accounts.csv');
      // Ambiguous values (both parts <= 12) must follow the column: day first.
      const ambiguous = raw.find((r) => {
        const [d, m] = r[4]!.split('/').map(Number);
        return d! <= 12 && m! <= 12 && d !== m;
      })!;
      const [d, m, y] = ambiguous[4]!.split('/').map(Number);
      const stored = h.rows(`SELECT signup_date FROM accounts WHERE id = '${ambiguous[0]}'`)[0]!
        .signup_date;
      expect(stored).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      expect(h.count("accounts WHERE id LIKE 'A-%' AND churned = 1")).toBe(
        raw.filter((r) => r[9] === 'TRUE').length,
      );
    });

    it('keeps blank end dates of active subscriptions as missing', () => {
      const raw = csvLines('ravenstack_subscriptions.csv');
      expect(sheet('ravenstack_subscriptions.csv')).toMatchObject({ inserted: 5000, errors: [] });
      expect(h.count('contract_lines WHERE end_date IS NULL')).toBe(
        raw.filter((r) => r[3] === '').length,
      );
      expect(h.count('contract_lines WHERE end_date IS NULL')).toBe(4514);
    });

    it('reports the duplicate usage ids and sums the rest per account, feature and week', () => {
      const usage = sheet('ravenstack_feature_usage.csv');
      const raw = csvLines('ravenstack_feature_usage.csv');
      const ids = raw.map((r) => r[0]!);
      const duplicates = ids.length - new Set(ids).size;
      expect(duplicates).toBe(21);
      expect(usage.errors).toHaveLength(21);
      for (const e of usage.errors)
        expect(e).toMatchObject({
          column: 'usage_id',
          key: 'import.row.duplicateId',
          params: { field: { field: 'eventId' }, id: expect.stringMatching(/^U-/) },
          message: expect.stringMatching(
            /^Duplicate Usage record ID U-\S+: row \d+ has the same ID/,
          ),
        });
      // The total of usage_count over first occurrences must all be in the workspace.
      const seen = new Set<string>();
      let total = 0;
      for (const r of raw) {
        if (seen.has(r[0]!)) continue;
        seen.add(r[0]!);
        total += Number(r[4]);
      }
      const stored = Number(h.ws.db.exec('SELECT SUM(value) FROM usage_points')[0]!.values[0]![0]);
      expect(stored).toBe(total);
      // Every point is on a Monday (weekly buckets).
      expect(h.count("usage_points WHERE strftime('%w', date) <> '1'")).toBe(0);
    });

    it('normalises ticket priorities and keeps blank satisfaction scores missing', () => {
      const raw = csvLines('ravenstack_support_tickets.csv');
      expect(sheet('ravenstack_support_tickets.csv')).toMatchObject({ inserted: 2000, errors: [] });
      expect(h.count('tickets WHERE satisfaction IS NULL')).toBe(
        raw.filter((r) => r[7] === '').length,
      );
      expect(h.count('tickets WHERE satisfaction IS NULL')).toBe(825);
      expect(
        h.rows('SELECT DISTINCT priority FROM tickets ORDER BY 1').map((r) => r.priority),
      ).toEqual(['high', 'low', 'medium', 'urgent']);
    });

    it('reads Telco with whitespace-only TotalCharges and Yes/No churn', () => {
      const raw = csvLines('ibm_telco_customer_churn.csv');
      expect(sheet('ibm_telco_customer_churn.csv')).toMatchObject({
        rowsRead: 7043,
        inserted: 7043,
        errors: [],
      });
      expect(h.count("accounts WHERE id NOT LIKE 'A-%' AND churned = 1")).toBe(
        raw.filter((r) => r[20] === 'Yes').length,
      );
      const first = raw[0]!;
      const arr = Number(h.rows(`SELECT arr FROM accounts WHERE id = '${first[0]}'`)[0]!.arr);
      expect(arr).toBeCloseTo(Number(first[18]) * 12, 6);
    });

    it('imports the same files again without changing anything', async () => {
      const before = h.dataSnapshot();
      const again = await h.importFiles([
        path.join(DATA, 'ravenstack_accounts.csv'),
        path.join(DATA, 'ravenstack_support_tickets.csv'),
      ]);
      for (const s of again.sheets)
        expect(s).toMatchObject({ inserted: 0, updated: 0, skipped: s.rowsRead });
      expect(h.dataSnapshot()).toBe(before);
    });
  },
);
