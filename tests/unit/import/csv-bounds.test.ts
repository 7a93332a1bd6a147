// The CSV reader's bounds (#14.1), each at its limit and one past it, on the real reader: Excel's
// 16,384 columns and 32,767 characters per cell (a longer cell is kept out and its row marked), the cell budget counting the row still being
// read, and a cancel honoured between chunks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CellBudget } from '../../../src/main/import/progress';
import { readWorkbookFile } from '../../../src/main/import/read/read-file';
import type { ReadOptions } from '../../../src/main/import/read/read-file';
import { columnLetters } from '../../../src/main/import/read/cells';
import { CsvParser } from '../../../src/main/import/read/csv-parser';
import type { ImportMessage } from '../../../src/shared/ipc/contract';
import { AppError } from '../../../src/shared/ipc/result';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-csv-bounds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

async function refusal(file: string, options: ReadOptions = {}) {
  const err = await readWorkbookFile(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`not refused: ${String(err)}`);
  return { code: err.code, message: err.message, details: err.details as ImportMessage };
}

describe('CSV bounds', () => {
  it('reads 16,384 columns and refuses 16,385, naming the file and the row', async () => {
    const ok = await readWorkbookFile(fileWith('ok.csv', `h\n${'x,'.repeat(16_383)}x\n`));
    expect(ok.sheets[0]!.rows.row(1)).toHaveLength(16_384);
    const r = await refusal(fileWith('wide.csv', `h\n${'x,'.repeat(16_384)}x\n`));
    expect(r.details.key).toBe('import.file.tooManyColumns');
    expect(r.message).toBe(
      'wide.csv: row 2 has more than 16,384 columns, more than a spreadsheet can hold; nothing was imported. Check that the file is a table saved as CSV.',
    );
  });

  it('reads a cell of 32,767 characters and keeps one of 32,768 out, marking its row', async () => {
    const ok = await readWorkbookFile(fileWith('ok.csv', `a,b\n1,${'y'.repeat(32_767)}\n`));
    expect((ok.sheets[0]!.rows.row(1)[1] as string).length).toBe(32_767);
    expect(ok.sheets[0]!.rows.overLongOf(1)).toBeUndefined();
    const long = await readWorkbookFile(
      fileWith('long.csv', `a,b,c\n1,${'y'.repeat(32_768)},after\n2,short,x\n`),
    );
    const rows = long.sheets[0]!.rows.toArrays();
    const marks = long.sheets[0]!.rows;
    expect(rows[1]).toEqual(['1', null, 'after']);
    expect(marks.overLongOf(1)).toEqual({ column: 2 });
    expect(rows[2]).toEqual(['2', 'short', 'x']);
    expect(marks.overLongOf(2)).toBeUndefined();
  });

  it('reads past a quote that never closes without holding it: one over-long cell, no memory blow-up', async () => {
    const read = await readWorkbookFile(fileWith('open.csv', `a,b\n1,"${'z\n'.repeat(40_000)}`));
    const rows = read.sheets[0]!.rows;
    expect(rows).toHaveLength(2);
    expect(rows.overLongOf(1)).toEqual({ column: 2 });
  });

  it('counts the cells of a row that never ends against the budget', async () => {
    // One row, no line break: before, only finished rows were counted.
    const text = 'v,'.repeat(5_000);
    const r = await refusal(fileWith('endless.csv', text), { budget: new CellBudget(1_000) });
    expect(r.details.key).toBe('import.file.tooManyCells');
    expect(r.message).toContain('endless.csv');
  });

  it('stops reading when cancelled between chunks', async () => {
    // 12 MB: many chunks; cancel once the first rows are reported.
    const line = `${'a'.repeat(60)},${'b'.repeat(60)}\n`;
    const file = fileWith('big.csv', line.repeat(100_000));
    const cancel = new AbortController();
    let reported = 0;
    const r = await refusal(file, {
      signal: cancel.signal,
      onRows: (n) => {
        reported = n;
        cancel.abort();
      },
    });
    expect(r.code).toBe('CANCELLED');
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThan(100_000);
  });

  it('names columns as a spreadsheet does', () => {
    expect([1, 2, 26, 27, 52, 703, 16_384].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'AAA',
      'XFD',
    ]);
  });

  it('keeps the parser linear: a quoted field split into many chunks reads whole', () => {
    const parser = new CsvParser(',', { maxCellChars: 100_000 });
    parser.push('a,"');
    for (let i = 0; i < 5_000; i++) parser.push('q""');
    parser.push('"\n');
    const rows = parser.end().toArrays();
    expect(rows[0]![1]).toBe('q"'.repeat(5_000));
  });
});
