// Problems capped where they are made (#14.2): a sheet keeps its first 1,000 problems and counts
// the rest; the problems workbook still holds every one, streamed to disk, and the wizard gets
// them a page at a time. The 2-million-problem file runs through the real CLI in a child process
// under the hostile-file bounds (1.5 GB heap), and the saved workbook is counted row by row.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROBLEM_CAP, ProblemLog } from '../../../src/main/import/check/problem-log';
import type { RowError } from '../../../src/shared/ipc/contract';
import { runBoundedImport, tempFolder } from '../../helpers/bounded-cli';
import type { Harness } from './harness';
import { harness } from './harness';

const problem = (row: number): RowError => ({
  row,
  column: 'ARR',
  key: 'import.value.notNumber',
  params: { value: `x${row} ไทย ş` },
  message: `"x${row} ไทย ş" is not a number`,
});

describe('a problem log', () => {
  it('keeps the first 1,000 in memory, counts all, and reads every one back in order', () => {
    const log = new ProblemLog();
    for (let row = 2; row < 25_002; row++) log.add(problem(row));
    expect(log.count).toBe(25_000);
    expect(log.rowCount).toBe(25_000);
    expect(log.first).toHaveLength(PROBLEM_CAP);
    const all = [...log.all()];
    expect(all).toHaveLength(25_000);
    expect(all.map((p) => p.row)).toEqual(Array.from({ length: 25_000 }, (_, i) => i + 2));
    expect(all[24_999]).toEqual(problem(25_001));
    log.dispose();
    // Disposed: the spilled problems are gone, the first and the count stay.
    expect([...log.all()]).toHaveLength(PROBLEM_CAP);
    expect(log.count).toBe(25_000);
  });
});

describe('problems of an import', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.cleanup());

  it('summarises the first 1,000, pages through them, and saves all 2,500', async () => {
    const lines = ['Account ID,Account Name,ARR'];
    lines.push('A0,Fine,100');
    for (let i = 1; i <= 2_500; i++) lines.push(`A${i},Name ${i},bad${i}`);
    const summary = await h.importFiles([h.file('accounts.csv', lines.join('\n'))]);
    const sheet = summary.sheets[0]!;
    expect(sheet).toMatchObject({ inserted: 1, errorCount: 2_500, errorRowCount: 2_500 });
    expect(sheet.errors).toHaveLength(1_000);
    expect(sheet.errors[999]!.row).toBe(1_002);

    const page = h.service.problemPage(summary.batchId, 0, 900, 100);
    expect(page).toMatchObject({ total: 2_500, kept: 1_000 });
    expect(page.problems.map((p) => p.row)).toEqual(Array.from({ length: 100 }, (_, i) => 903 + i));
    expect(h.service.problemPage(summary.batchId, 0, 1_000, 100).problems).toEqual([]);

    const out = path.join(h.dir, 'problems.xlsx');
    expect(await h.service.saveProblems(summary.batchId, out)).toBe(2_500);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(2_501);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(2_501).values).toEqual([
      undefined,
      'accounts.csv',
      'accounts',
      2_502,
      'ARR',
      '"bad2500" is not a number',
    ]);
  });
});

interface ZipDirectory {
  files: { path: string; stream(): AsyncIterable<Buffer> }[];
}
// unzipper (exceljs's own dependency) streams one entry at a time; it ships no types.
const unzipper = createRequire(import.meta.url)('unzipper') as {
  Open: { file(path: string): Promise<ZipDirectory> };
};

/** Counts the rows of each worksheet of an .xlsx by streaming its XML (2 M rows, flat memory). */
async function rowsPerSheet(file: string): Promise<Record<string, number>> {
  const dir = await unzipper.Open.file(file);
  const counts: Record<string, number> = {};
  for (const entry of dir.files.filter((f) => f.path.startsWith('xl/worksheets/'))) {
    let n = 0;
    let carry = '';
    for await (const chunk of entry.stream()) {
      const text = carry + chunk.toString('latin1');
      n += text.split('<row ').length - 1;
      carry = text.slice(-4);
    }
    counts[entry.path] = n;
  }
  return counts;
}

describe('two million problems', () => {
  let tmp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    tmp = tempFolder('qbr-problems-');
  });
  afterEach(() => tmp.remove());

  it('are all saved with --errors-out by a CLI run under a 1.5 GB heap', async () => {
    // 1,000,000 accounts with a bad ARR and bad seats each, but one in a thousand fine.
    const csv = path.join(tmp.dir, 'accounts.csv');
    const fd = fs.openSync(csv, 'w');
    fs.writeSync(fd, 'Account ID,Account Name,ARR,Seats\n');
    let chunk = '';
    let bad = 0;
    for (let i = 0; i < 1_000_000; i++) {
      if (i % 1_000 === 0) chunk += `A${i},Name ${i},100,3\n`;
      else {
        chunk += `A${i},Name ${i},x${i},y\n`;
        bad += 2;
      }
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    expect(bad).toBe(1_998_000);

    const ws = path.join(tmp.dir, 'book.qbr');
    const out = path.join(tmp.dir, 'problems.xlsx');
    const run = await runBoundedImport(ws, [csv], ['--kind', 'accounts', '--errors-out', out], {
      timeoutMs: 600_000,
    });
    expect(run.killed, run.stderr).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('1998000 errors');
    expect(run.stdout).toContain('... and 1997980 more');
    // Memory stayed bounded: the heap cap held and the process never held the problems at once.
    expect(run.maxRssBytes ?? 0).toBeLessThan(1.9 * 2 ** 30);

    // Excel holds 1,048,576 rows a sheet: the problems continue on a second one, each with its
    // heading row.
    const counts = await rowsPerSheet(out);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(bad + Object.keys(counts).length);
    expect(counts['xl/worksheets/sheet1.xml']).toBe(1_048_576);
    console.log(
      `2M problems: ${Math.round(run.wallMs / 1000)} s, peak RSS ${Math.round((run.maxRssBytes ?? 0) / 2 ** 20)} MB, file ${Math.round(fs.statSync(out).size / 2 ** 20)} MB`,
    );
  }, 660_000);
});
