import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { RowError } from '../../../shared/ipc/contract';
import { spillFolder } from '../spill-file';

/** Problems a sheet keeps in memory; the rest are counted and spilled to disk. */
export const PROBLEM_CAP = 1_000;

/** Spilled problems are written in pieces of about this many characters. */
const FLUSH_AT = 1 << 20;

/**
 * A sheet's problems, capped where they are made: the first PROBLEM_CAP stay in memory for the
 * preview and the summary, every one (those too) is counted, and those past the cap go to a temp
 * file, one JSON line each, so the problems workbook can still list them all while memory stays
 * bounded however many a file has (2 million bad cells hold ~200 MB of problems otherwise).
 */
export class ProblemLog {
  /** The first PROBLEM_CAP problems, in the order they were found. */
  readonly first: RowError[] = [];
  private total = 0;
  private rows = 0;
  private lastRow = -1;
  private file: string | null = null;
  private fd: number | null = null;
  private pending: string[] = [];
  private pendingChars = 0;

  get count(): number {
    return this.total;
  }

  /** Rows with at least one problem (problems arrive row by row). */
  get rowCount(): number {
    return this.rows;
  }

  add(problem: RowError): void {
    this.total++;
    if (problem.row !== this.lastRow) this.rows++;
    this.lastRow = problem.row;
    if (this.first.length < PROBLEM_CAP) {
      this.first.push(problem);
      return;
    }
    const line = JSON.stringify(problem);
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= FLUSH_AT) this.flush();
  }

  /** Every problem, those in memory first, read back from disk a piece at a time. */
  *all(): Generator<RowError> {
    yield* this.first;
    this.flush();
    if (this.file) {
      const fd = fs.openSync(this.file, 'r');
      try {
        const buf = Buffer.alloc(FLUSH_AT);
        // A piece may end inside a character; the decoder carries its bytes to the next.
        const decoder = new StringDecoder('utf8');
        let rest = '';
        let n: number;
        while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
          const text = rest + decoder.write(buf.subarray(0, n));
          const lines = text.split('\n');
          rest = lines.pop() ?? '';
          for (const l of lines) if (l) yield JSON.parse(l) as RowError;
        }
        rest += decoder.end();
        if (rest) yield JSON.parse(rest) as RowError;
      } finally {
        fs.closeSync(fd);
      }
    }
  }

  /** Removes the spill file; the log keeps its first problems and count. */
  dispose(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    if (this.file) fs.rmSync(this.file, { force: true });
    this.file = null;
    this.pending = [];
    this.pendingChars = 0;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    if (this.fd === null) {
      this.file = path.join(spillFolder(), `${process.pid}-${Math.random().toString(36).slice(2)}`);
      this.fd = fs.openSync(this.file, 'wx', 0o600);
    }
    fs.writeSync(this.fd, this.pending.join('\n') + '\n');
    this.pending = [];
    this.pendingChars = 0;
  }
}
