// The write finds repeated natural keys whether or not it keeps a table of the keys seen: it
// skips the table only when the preview counted as many distinct keys as valid entities (#19.5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keysMayRepeat } from '../../../src/main/import/write/write-sheet';
import type { Harness } from './harness';
import { harness } from './harness';

const usage = (lines: string[]) => `Account ID,Metric,Date,Value\n${lines.join('\n')}\n`;

describe('repeated keys at the write', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('reports a conflicting repeat into an empty table, and writes its first row', async () => {
    const file = h.file(
      'usage.csv',
      usage(['A1,logins,2024-01-01,5', 'A1,logins,2024-01-08,6', 'A1,logins,2024-01-01,7']),
    );
    const summary = await h.importFiles([file]);
    expect(summary.sheets[0]).toMatchObject({ inserted: 2, skipped: 1, errorCount: 1 });
    expect(summary.sheets[0]!.errors[0]).toMatchObject({
      row: 4,
      key: 'import.row.duplicateKey',
      params: { row: 2 },
    });
    expect(h.rows("SELECT value FROM usage_points WHERE date = '2024-01-01'")).toEqual([
      { value: 5 },
    ]);
  });

  it('finds a repeat among rows already stored (the preview looked them up)', async () => {
    await h.importFiles([h.file('first.csv', usage(['A1,logins,2024-01-01,5']))]);
    const summary = await h.importFiles([
      h.file('again.csv', usage(['A1,logins,2024-01-01,6', 'A1,logins,2024-01-01,6'])),
    ]);
    expect(summary.sheets[0]).toMatchObject({ updated: 1, skipped: 1, errorCount: 0 });
  });

  it('finds repeats when the commit checks the sheet again with another choice', async () => {
    const file = h.file(
      'usage.csv',
      usage(['A1,logins,2024-01-01,5', 'A1,logins,2024-01-01,9', 'A2,logins,2024-01-01,1']),
    );
    const preview = await h.service.open([file]);
    const sheet = preview.sheets[0]!;
    // A date order the preview did not use: the sheet is checked again, with no counts to go by.
    const summary = h.service.commit(preview.sessionId, [
      {
        sheetKey: sheet.sheetKey,
        kind: 'usage',
        mapping: sheet.mapping,
        dateOrders: { date: 'DMY' },
      },
    ]);
    expect(summary.sheets[0]).toMatchObject({ inserted: 2, errorCount: 1 });
  });

  it('says keys may repeat only when the preview counted fewer distinct keys than entities', () => {
    const analysis = (changes: unknown, validEntities: number) =>
      ({ preview: { changes }, validation: { validEntities } }) as never;
    const counts = { newRows: 2, unchanged: 1, changed: 1, fieldCounts: {}, rows: [] };
    expect(keysMayRepeat(analysis(counts, 4))).toBe(false);
    expect(keysMayRepeat(analysis(counts, 5))).toBe(true);
    expect(keysMayRepeat(analysis(undefined, 4))).toBe(true);
  });
});
