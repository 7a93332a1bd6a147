// The files an import session keeps on disk (its sheet's rows, its distinct keys) are private and
// live no longer than the session: closed on commit, cancel and a read that fails (#19.5).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spillFolder } from '../../../src/main/import/spill-file';
import type { Harness } from '../../integration/import/harness';
import { harness } from '../../integration/import/harness';

const linux = fs.existsSync('/proc/self/fd');

/** This process's open files in the import's spill folder, as their /proc/self/fd links. */
function openSpillFiles(): string[] {
  const folder = spillFolder();
  const open: string[] = [];
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(folder))
        open.push(`/proc/self/fd/${fd}`);
    } catch {
      // Closed while listed.
    }
  }
  return open;
}

/** 30,000 usage rows: past one page of cells, so the rows are written out. */
function usageCsv(extra = ''): string {
  const lines = ['Account ID,Metric,Date,Value'];
  for (let i = 0; i < 30_000; i++) {
    const day = new Date(Date.UTC(2023, 0, 1 + (i % 300))).toISOString().slice(0, 10);
    lines.push(`A${Math.floor(i / 300)},logins,${day},${i}`);
  }
  return `${lines.join('\n')}\n${extra}`;
}

describe.runIf(linux)('an import session on disk', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('keeps its rows in a file only it can read, gone once committed', async () => {
    const before = openSpillFiles().length;
    const preview = await h.service.open([h.file('usage.csv', usageCsv())]);
    const open = openSpillFiles();
    expect(open.length).toBeGreaterThan(before);
    // Unlinked as soon as it was open, and private to this user.
    expect(fs.readdirSync(spillFolder())).toEqual([]);
    expect(fs.statSync(spillFolder()).mode & 0o777).toBe(0o700);
    for (const link of open.slice(before)) {
      expect(fs.readlinkSync(link)).toMatch(/\(deleted\)$/);
      expect(fs.statSync(link).mode & 0o777).toBe(0o600);
    }
    const summary = h.service.commit(preview.sessionId, h.service.automaticChoices(preview));
    expect(summary.sheets[0]!.inserted).toBe(30_000);
    expect(openSpillFiles()).toHaveLength(before);
  });

  it('closes them on cancel, and when a read fails half way', async () => {
    const before = openSpillFiles().length;
    const preview = await h.service.open([h.file('usage.csv', usageCsv())]);
    expect(openSpillFiles().length).toBeGreaterThan(before);
    h.service.cancel(preview.sessionId);
    expect(openSpillFiles()).toHaveLength(before);

    // A row past the column bound, after a page of rows was written out: refused, nothing left.
    const wide = `${','.repeat(20_000)}\n`;
    const snapshot = h.snapshot();
    await expect(h.service.open([h.file('wide.csv', usageCsv(wide))])).rejects.toThrow();
    expect(openSpillFiles()).toHaveLength(before);
    expect(h.snapshot()).toBe(snapshot);
  });
});
