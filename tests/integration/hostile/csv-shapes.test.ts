// Hostile delimited-text shapes from issue #14, each run through the real CLI (or, for a paste,
// the app's own handler) in a child process with a 1.5 GB heap: each must end in a one-line
// refusal within its bound, naming the file, with the workspace byte-identical afterwards, or (an
// over-long cell) in a summary that refuses that row and imports the rest.
// The files are generated as streams into a temp folder (never whole in this process's memory)
// and removed after each test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoundedCliResult } from '../../helpers/bounded-cli';
import { lines, runBoundedCli, runBoundedImport, tempFolder } from '../../helpers/bounded-cli';
import { writeSampleExperiments } from '../../helpers/experiments';
import { testServices } from '../../helpers/services';

/** Wall-clock bound for one hostile run, start-up included (the acceptance checks allow 90 s). */
const BOUND_MS = 60_000;
const MB = 1024 * 1024;

/** Writes `head`, then `count` bytes of `fill` in 1 MB pieces, then `tail`: the file never sits in memory. */
async function streamFile(
  file: string,
  head: string,
  fill: string,
  count: number,
  tail = '',
): Promise<void> {
  const out = fs.createWriteStream(file);
  const piece = Buffer.from(
    fill === '' ? '' : fill.repeat(Math.ceil(MB / fill.length)).slice(0, MB),
  );
  const write = (chunk: Buffer | string) =>
    new Promise<void>((resolve, reject) =>
      out.write(chunk, (err) => (err ? reject(err) : resolve())),
    );
  await write(head);
  for (let left = count; left > 0; left -= MB)
    await write(left >= MB ? piece : piece.subarray(0, left));
  await write(tail);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

function expectRefusal(r: BoundedCliResult, file: string, says: string): void {
  const detail = `exit ${r.code}, killed ${r.killed}, ${Math.round(r.wallMs)} ms\n${r.stderr}`;
  expect(r.killed, detail).toBe(false);
  expect(r.code, detail).toBe(1);
  expect(r.wallMs, detail).toBeLessThan(BOUND_MS);
  expect(lines(r.stderr), detail).toHaveLength(1);
  expect(r.stderr, detail).toContain(file);
  expect(r.stderr, detail).toContain(says);
  expect(r.stderr, detail).not.toMatch(/Invalid|heap|at \w+ \(/);
  expect(r.hashBefore, detail).not.toBeNull();
  expect(r.workspaceUnchanged, detail).toBe(true);
}

describe('hostile CSV files through the CLI', () => {
  const tmp = tempFolder('qbr-hostile-csv-');
  const ws = path.join(tmp.dir, 'w.qbr');
  let experimentId = '';
  beforeAll(async () => {
    // A workspace with data in it (the sample's accounts, experiments and observations, written
    // by the app's own services), so "unchanged" is about a real file.
    const t = testServices();
    try {
      const opened = await t.services.workspaces.open(ws, true);
      experimentId = writeSampleExperiments(opened).experiments[0]!.id;
      opened.flush();
    } finally {
      t.cleanup();
    }
  });
  afterAll(() => tmp.remove());

  /** Each shape's file, removed after its test whatever happens. */
  async function refuse(name: string, make: (file: string) => Promise<void>, says: string) {
    const file = path.join(tmp.dir, name);
    try {
      await make(file);
      const r = await runBoundedImport(ws, [file], [], { timeoutMs: BOUND_MS + 30_000 });
      expectRefusal(r, name, says);
      return r;
    } finally {
      fs.rmSync(file, { force: true });
    }
  }

  it('one unterminated row of 150 M fields is refused at the column bound', async () => {
    await refuse(
      'endless-row.csv',
      (f) => streamFile(f, 'Account ID,Account Name\nA1', ',', 150_000_000),
      'more than 16,384 columns',
    );
  });

  it('a header of 1 M columns is refused before any mapping', async () => {
    await refuse(
      'wide-header.csv',
      (f) =>
        streamFile(
          f,
          Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(','),
          '',
          0,
          '\nA1,Acme\n',
        ),
      'row 1 has more than 16,384 columns',
    );
  });

  it('a 50 MB cell refuses its row, naming the cell, and the rest of the file imports', async () => {
    const file = path.join(tmp.dir, 'big-cell.csv');
    const scratch = path.join(tmp.dir, 'big-cell.qbr');
    try {
      fs.copyFileSync(ws, scratch);
      await streamFile(
        file,
        'Account ID,Account Name,Segment,Notes\nBIG-1,Acme,SMB,',
        'x',
        50 * MB,
        '\nBIG-2,Beta,SMB,short\n',
      );
      const r = await runBoundedImport(scratch, [file], [], { timeoutMs: BOUND_MS + 30_000 });
      const detail = `exit ${r.code}, killed ${r.killed}, ${Math.round(r.wallMs)} ms\n${r.stderr}`;
      expect(r.killed, detail).toBe(false);
      expect(r.code, detail).toBe(0);
      expect(r.wallMs, detail).toBeLessThan(BOUND_MS);
      expect(r.stdout).toContain('1 inserted');
      expect(r.stdout).toContain(
        'row 2, Notes: Cell D2 holds more than 32,767 characters, more than Excel allows in one cell; this row was not imported.',
      );
      expect(r.stdout.length).toBeLessThan(10_000);
    } finally {
      fs.rmSync(file, { force: true });
      fs.rmSync(scratch, { force: true });
    }
  });

  it('5 M commas pasted into experiment observations are refused at once', async () => {
    const text = path.join(tmp.dir, 'commas.txt');
    try {
      await streamFile(text, '', ',', 5_000_000);
      const r = await runBoundedCli({
        entry: path.join(import.meta.dirname, 'paste-entry.ts'),
        args: [ws, experimentId, text],
        workspace: ws,
        timeoutMs: BOUND_MS + 30_000,
      });
      expectRefusal(r, '', 'Row 1 has more than 64 columns');
    } finally {
      fs.rmSync(text, { force: true });
    }
  });
});
