// The preview counts the first entity of each key, as the write writes it, when keys repeat
// in a sheet imported over stored rows: every entity is looked up as it comes and repeats are
// found at the end and taken back out (#19.5: a set of every key's text grew with the rows).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../integration/import/harness';
import { harness } from '../../integration/import/harness';

/** Usage key `k`: 100 accounts of 200 days, one metric. */
function keyOf(k: number): string {
  const day = new Date(Date.UTC(2023, 0, 1 + (k % 200))).toISOString().slice(0, 10);
  return `A${Math.floor(k / 200)},logins,${day}`;
}

function csv(lines: string[]): string {
  return `Account ID,Metric,Date,Value\n${lines.join('\n')}\n`;
}

describe('change preview with repeated keys over stored rows', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('counts each key once, by its first row, across keys spilled to disk', async () => {
    // Stored: keys 0..9,999 with value k.
    const stored = Array.from({ length: 10_000 }, (_, k) => `${keyOf(k)},${k}`);
    const first = await h.service.open([h.file('stored.csv', csv(stored))]);
    h.service.commit(first.sessionId, h.service.automaticChoices(first));

    // Keys 0..19,999 once: 0..4,999 as stored, 5,000..9,999 changed, the rest new. Then keys
    // 0..9,999 again with value k: as stored (so unchanged if counted), and for 5,000..9,999 a
    // conflict with their first row.
    const lines: string[] = [];
    for (let k = 0; k < 20_000; k++) lines.push(`${keyOf(k)},${k < 5_000 ? k : k + 1}`);
    for (let k = 0; k < 10_000; k++) lines.push(`${keyOf(k)},${k}`);
    const preview = await h.service.open([h.file('again.csv', csv(lines))]);
    const changes = preview.sheets[0]!.changes!;
    expect({
      newRows: changes.newRows,
      unchanged: changes.unchanged,
      changed: changes.changed,
      fieldCounts: changes.fieldCounts,
    }).toEqual({
      newRows: 10_000,
      unchanged: 5_000,
      changed: 5_000,
      fieldCounts: { value: 5_000 },
    });
    // The changed rows shown are the first rows of their keys (sheet row = k + 2).
    expect(changes.rows).toHaveLength(50);
    expect(changes.rows.map((r) => r.row)).toEqual(
      Array.from({ length: 50 }, (_, i) => 5_000 + i + 2),
    );

    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    const sheet = summary.sheets[0]!;
    expect([sheet.inserted, sheet.updated]).toEqual([10_000, 5_000]);
    expect(sheet.errorCount).toBe(5_000);
  });
});
