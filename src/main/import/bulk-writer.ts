import type { Database, Statement } from 'sql.js';
import type { UpsertOutcome } from '../db/repos/batch-writer';
import type { SqlValue, TableSpec } from '../db/tables';
import { toSql } from '../db/tables';

/** Rows looked up per query, and rows inserted per statement. */
const LOOKUP_CHUNK = 400;
const INSERT_BLOCK = 64;

/**
 * The import's writer for many rows at once: the same upsert-on-natural-key and before-image log
 * as BatchWriter (same row_key format, so undoBatch restores it exactly), but with existing rows
 * looked up a chunk at a time and new rows and log entries inserted in multi-row statements,
 * because in sql.js each statement call, not each row, is what costs. Statements live only as
 * long as the batch (a save invalidates them).
 *
 * The caller passes each natural key at most once per call (writeSheet removes repeats).
 */
export class BulkWriter {
  private seq = 0;
  private readonly statements: Statement[] = [];
  private readonly logBlock: Statement;
  private readonly logOne: Statement;

  constructor(
    private readonly db: Database,
    readonly batchId: number,
  ) {
    this.logBlock = this.prepare(
      `INSERT INTO import_batch_changes (batch_id, seq, tbl, row_key, before) VALUES ${repeat('(?, ?, ?, ?, ?)', INSERT_BLOCK)}`,
    );
    this.logOne = this.prepare(
      'INSERT INTO import_batch_changes (batch_id, seq, tbl, row_key, before) VALUES (?, ?, ?, ?, ?)',
    );
  }

  /** Upserts `entities` into `spec`'s table; calls `onChunk` with the outcomes of each chunk. */
  upsertAll(
    spec: TableSpec,
    entities: readonly Record<string, unknown>[],
    onChunk: (outcomes: readonly UpsertOutcome[], done: number) => void,
  ): void {
    const t = new TableStatements(this, this.db, spec);
    // A first import into an empty table has nothing to look up; its keys are unique (see above).
    const empty = this.db.exec(`SELECT 1 FROM ${spec.table} LIMIT 1`).length === 0;
    for (let start = 0; start < entities.length; start += LOOKUP_CHUNK) {
      const chunk = entities.slice(start, start + LOOKUP_CHUNK);
      const keys: SqlValue[][] = chunk.map((e) =>
        t.keyColumns.map((c) => toSql(c.type, e[c.field])),
      );
      const existing = empty ? NOTHING : t.lookup(keys);
      const outcomes: UpsertOutcome[] = [];
      const inserts: SqlValue[][] = [];
      const logs: SqlValue[][] = [];
      chunk.forEach((entity, i) => {
        const values = spec.columns.map((col) => toSql(col.type, entity[col.field]));
        const before = empty ? undefined : existing.get(JSON.stringify(keys[i]));
        if (!before) {
          inserts.push(values);
          outcomes.push('inserted');
        } else if (sameValues(before, values) || !t.update) {
          outcomes.push('unchanged');
        } else {
          const image: Record<string, unknown> = {};
          spec.columns.forEach((col, c) => (image[col.column] = before[c] ?? null));
          t.update.run([...t.nonKeyIndexes.map((c) => values[c]!), ...keys[i]!]);
          logs.push([
            this.batchId,
            this.seq++,
            spec.table,
            JSON.stringify(keys[i]),
            JSON.stringify(image),
          ]);
          outcomes.push('updated');
        }
      });
      t.stage(inserts);
      this.log(logs);
      onChunk(outcomes, start + chunk.length);
    }
    // Keys are unique within one call, so no chunk looks up rows staged by an earlier one: the
    // staged rows can move into the table all at once.
    this.seq = t.flushStaged(this.batchId, this.seq);
    t.drop();
  }

  finish(): void {
    for (const s of this.statements) s.free();
    this.statements.length = 0;
  }

  prepare(sql: string): Statement {
    const s = this.db.prepare(sql);
    this.statements.push(s);
    return s;
  }

  private log(rows: SqlValue[][]): void {
    let i = 0;
    for (; i + INSERT_BLOCK <= rows.length; i += INSERT_BLOCK)
      this.logBlock.run(rows.slice(i, i + INSERT_BLOCK).flat());
    for (; i < rows.length; i++) this.logOne.run(rows[i]!);
  }
}

class TableStatements {
  readonly keyColumns: TableSpec['columns'][number][];
  readonly nonKeyIndexes: number[];
  private readonly keyIndexes: number[];
  readonly update: Statement | null;
  private readonly insertBlock: Statement;
  private readonly insertOne: Statement;
  private readonly lookupFull: Statement;
  private readonly table: string;
  private readonly staging: string;
  private readonly cols: string;
  private readonly keyList: string;

  constructor(
    private readonly writer: BulkWriter,
    private readonly db: Database,
    spec: TableSpec,
  ) {
    this.table = spec.table;
    this.staging = `temp.qbr_staged_${spec.table}`;
    const bare = spec.columns.map((c) => c.column).join(', ');
    db.run(`DROP TABLE IF EXISTS ${this.staging}`);
    db.run(`CREATE TEMP TABLE qbr_staged_${spec.table} (${bare})`);
    this.keyColumns = spec.key.map((field) => {
      const col = spec.columns.find((c) => c.field === field);
      if (!col) throw new Error(`${spec.table} has no field ${field}`);
      return col;
    });
    this.keyIndexes = this.keyColumns.map((k) => spec.columns.indexOf(k));
    this.nonKeyIndexes = spec.columns.flatMap((c, i) => (spec.key.includes(c.field) ? [] : [i]));
    this.cols = spec.columns.map((c) => c.column).join(', ');
    this.keyList = this.keyColumns.map((c) => c.column).join(', ');
    const where = this.keyColumns.map((c) => `${c.column} = ?`).join(' AND ');
    const row = `(${spec.columns.map(() => '?').join(', ')})`;
    this.insertBlock = writer.prepare(
      `INSERT INTO ${this.staging} (${this.cols}) VALUES ${repeat(row, INSERT_BLOCK)}`,
    );
    this.insertOne = writer.prepare(`INSERT INTO ${this.staging} (${this.cols}) VALUES ${row}`);
    this.lookupFull = writer.prepare(this.lookupSql(LOOKUP_CHUNK));
    this.update =
      this.nonKeyIndexes.length === 0
        ? null
        : writer.prepare(
            `UPDATE ${this.table} SET ${this.nonKeyIndexes.map((i) => `${spec.columns[i]!.column} = ?`).join(', ')} WHERE ${where}`,
          );
  }

  /** The stored rows among `keys`, by their row_key. */
  lookup(keys: SqlValue[][]): Map<string, unknown[]> {
    const stmt =
      keys.length === LOOKUP_CHUNK
        ? this.lookupFull
        : this.writer.prepare(this.lookupSql(keys.length));
    stmt.bind(keys.flat());
    const found = new Map<string, unknown[]>();
    while (stmt.step()) {
      const values = stmt.get();
      found.set(JSON.stringify(this.keyIndexes.map((k) => values[k] ?? null)), values);
    }
    stmt.reset();
    return found;
  }

  /** New rows go to an untyped temp table first (values kept exactly as bound). */
  stage(rows: SqlValue[][]): void {
    let i = 0;
    for (; i + INSERT_BLOCK <= rows.length; i += INSERT_BLOCK) {
      this.insertBlock.run(rows.slice(i, i + INSERT_BLOCK).flat());
    }
    for (; i < rows.length; i++) this.insertOne.run(rows[i]!);
  }

  /**
   * Moves staged rows into the table and logs each as inserted, inside SQLite: the log's
   * row_key is json_array of the key, the same text JSON.stringify gives for these text keys.
   * Returns the next log sequence number.
   */
  flushStaged(batchId: number, seq: number): number {
    const staged = Number(
      this.db.exec(`SELECT COUNT(*) FROM ${this.staging}`)[0]?.values[0]?.[0] ?? 0,
    );
    if (staged === 0) return seq;
    this.db.run(
      `INSERT INTO ${this.table} (${this.cols}) SELECT ${this.cols} FROM ${this.staging} ORDER BY rowid`,
    );
    this.db.run(
      `INSERT INTO import_batch_changes (batch_id, seq, tbl, row_key, before)
       SELECT ?, ? + rowid - (SELECT MIN(rowid) FROM ${this.staging}), ?, json_array(${this.keyList}), NULL
       FROM ${this.staging}`,
      [batchId, seq, this.table],
    );
    this.db.run(`DELETE FROM ${this.staging}`);
    return seq + staged;
  }

  drop(): void {
    this.db.run(`DROP TABLE IF EXISTS ${this.staging}`);
  }

  private lookupSql(n: number): string {
    const tuple =
      this.keyColumns.length === 1 ? '?' : `(${this.keyColumns.map(() => '?').join(', ')})`;
    const lhs = this.keyColumns.length === 1 ? this.keyList : `(${this.keyList})`;
    const list = this.keyColumns.length === 1 ? repeat(tuple, n) : `VALUES ${repeat(tuple, n)}`;
    return `SELECT ${this.cols} FROM ${this.table} WHERE ${lhs} IN (${list})`;
  }
}

const NOTHING: ReadonlyMap<string, unknown[]> = new Map();

function repeat(text: string, n: number): string {
  return Array.from({ length: n }, () => text).join(', ');
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
