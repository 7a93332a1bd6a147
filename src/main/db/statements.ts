// Prepared statements kept for the length of one job, by their SQL. A recompute writes a run of
// accounts at a time, and preparing its few statements afresh for every run was a tenth of an
// incremental recompute (a thousand-row insert takes a while to parse). The job frees them when
// it ends, however it ends.
import type { Database, Statement } from 'sql.js';

export class Statements {
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get(sql: string): Statement {
    let statement = this.prepared.get(sql);
    if (!statement) this.prepared.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** Rows the last statement run changed. */
  rowsModified(): number {
    return this.db.getRowsModified();
  }

  free(): void {
    for (const statement of this.prepared.values()) statement.free();
    this.prepared.clear();
  }
}
