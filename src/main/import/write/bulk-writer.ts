import type { Database, Statement } from 'sql.js';
import type { UpsertOutcome } from '../../db/repos/batch-writer';
import type { SqlValue, TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';
import { writtenRowsWatcher } from '../../db/written-rows';

/** Rows looked up, inserted and logged per statement. */
export const CHUNK = 2_000;

/**
 * The import's writer for many rows at once: upsert on the natural key, with what undo needs to
 * restore exactly (a before-image per updated row; the keys of inserted rows, one record per
 * chunk). In sql.js every value bound crosses into WebAssembly one call at a time, so each
 * chunk's new rows travel as one JSON text that SQLite unpacks with json_each: one bind per
 * chunk instead of one per cell. Statements live only as long as the batch (a save invalidates
 * them).
 *
 * The caller passes each natural key at most once per upserter (writeSheet removes repeats), so
 * no chunk needs to see the rows of an earlier one. An update writes only the columns the file gave
 * (`fromFile`) and keeps the stored value of every other: a column absent from the file never
 * blanks what is there.
 */
export class BulkWriter {
  private seq = 0;
  private readonly statements: Statement[] = [];
  private readonly logChange: Statement;
  private readonly logInserts: Statement;

  constructor(
    private readonly db: Database,
    readonly batchId: number,
  ) {
    this.logChange = this.prepare(
      'INSERT INTO import_batch_changes (batch_id, seq, tbl, row_key, before) VALUES (?, ?, ?, ?, ?)',
    );
    this.logInserts = this.prepare(
      'INSERT INTO import_batch_inserts (batch_id, seq, tbl, row_keys) VALUES (?, ?, ?, CAST(? AS TEXT))',
    );
  }

  /**
   * An upsert into `spec`'s table taking the entities a chunk (at most CHUNK) at a time, as the
   * check makes them; it gives each chunk's outcomes. Whether the table started empty is asked
   * once. `fromFile[c]` says whether column c came from the file (every column when omitted).
   */
  upserter(
    spec: TableSpec,
    fromFile?: readonly boolean[],
  ): (entities: readonly Record<string, unknown>[]) => UpsertOutcome[] {
    const t = new TableStatements((sql) => this.prepare(sql), spec);
    // A first import into an empty table has nothing to look up.
    const empty = this.db.exec(`SELECT 1 FROM ${spec.table} LIMIT 1`).length === 0;
    const text = new JsonText();
    const scratch = new Utf8Scratch();
    return (entities) => {
      // Whoever keeps data derived from the rows is told what was written (see written-rows.ts).
      const watcher = writtenRowsWatcher(this.db);
      if (empty) {
        // Nothing to look up or update: every row is new, its JSON written straight from the entity.
        const json = new ChunkJson(text, t, scratch);
        for (const entity of entities) json.addEntity(spec, entity);
        this.insert(t, spec, json);
        watcher?.rowsWritten(
          this.batchId,
          spec,
          entities.map((e) => spec.columns.map((col) => toSql(col.type, e[col.field]))),
        );
        return new Array<UpsertOutcome>(entities.length).fill('inserted');
      }
      const rows = entities.map((e) => spec.columns.map((col) => toSql(col.type, e[col.field])));
      const keys = rows.map((values) => t.keyIndexes.map((k) => values[k]!));
      const existing = t.lookup(keys);
      const outcomes: UpsertOutcome[] = [];
      const inserts = new ChunkJson(text, t, scratch);
      const written: SqlValue[][] = [];
      rows.forEach((given, i) => {
        const before = existing.get(JSON.stringify(keys[i]));
        if (!before) {
          inserts.addValues(given);
          if (watcher) written.push(given);
          outcomes.push('inserted');
          return;
        }
        const values = mergeStored(given, before, fromFile);
        if (sameValues(before, values) || !t.update) {
          outcomes.push('unchanged');
        } else {
          const image: Record<string, unknown> = {};
          spec.columns.forEach((col, c) => (image[col.column] = before[c] ?? null));
          t.update.run([...t.nonKeyIndexes.map((c) => values[c]!), ...keys[i]!]);
          if (watcher) written.push(values);
          this.logChange.run([
            this.batchId,
            this.seq++,
            spec.table,
            JSON.stringify(keys[i]),
            JSON.stringify(image),
          ]);
          outcomes.push('updated');
        }
      });
      this.insert(t, spec, inserts);
      watcher?.rowsWritten(this.batchId, spec, written);
      return outcomes;
    };
  }

  /** Inserts new rows and records their keys for undo, one statement each per chunk. */
  private insert(t: TableStatements, spec: TableSpec, json: ChunkJson): void {
    if (json.count === 0) return;
    t.insert.run([json.rowsBytes()]);
    this.logInserts.run([this.batchId, this.seq++, spec.table, json.keysBytes()]);
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
}

/** The row to store over `before`: the file's value where it gave one, the stored value elsewhere. */
export function mergeStored(
  given: readonly SqlValue[],
  before: readonly unknown[],
  fromFile: readonly boolean[] | undefined,
): SqlValue[] {
  if (!fromFile) return [...given];
  return given.map((v, c) => (fromFile[c] === false ? ((before[c] ?? null) as SqlValue) : v));
}

/** A table's statements for one batch; `prepare` owns them (the writer frees them at the end). */
export class TableStatements {
  private readonly keyColumns: TableSpec['columns'][number][];
  readonly nonKeyIndexes: number[];
  readonly keyIndexes: number[];
  readonly update: Statement | null;
  readonly insert: Statement;
  private readonly lookupByKeys: Statement;

  constructor(prepare: (sql: string) => Statement, spec: TableSpec) {
    this.keyColumns = spec.key.map((field) => {
      const col = spec.columns.find((c) => c.field === field);
      if (!col) throw new Error(`${spec.table} has no field ${field}`);
      return col;
    });
    this.keyIndexes = this.keyColumns.map((k) => spec.columns.indexOf(k));
    this.nonKeyIndexes = spec.columns.flatMap((c, i) => (spec.key.includes(c.field) ? [] : [i]));
    // Inserted rows list their key columns first (ChunkJson shares each key's text with undo).
    const order = [...this.keyIndexes, ...this.nonKeyIndexes];
    const cols = order.map((c) => spec.columns[c]!.column).join(', ');
    const unpacked = order.map((_, i) => `value ->> ${i}`).join(', ');
    this.insert = prepare(
      `INSERT INTO ${spec.table} (${cols}) SELECT ${unpacked} FROM json_each(CAST(? AS TEXT))`,
    );
    // CROSS JOIN keeps the keys as the outer loop, so each is one primary-key probe.
    const on = this.keyColumns.map((c, i) => `t.${c.column} = j.value ->> ${i}`).join(' AND ');
    this.lookupByKeys = prepare(
      `SELECT ${spec.columns.map((c) => `t.${c.column}`).join(', ')} FROM json_each(CAST(? AS TEXT)) AS j CROSS JOIN ${spec.table} AS t ON ${on}`,
    );
    const where = this.keyColumns.map((c) => `${c.column} = ?`).join(' AND ');
    this.update =
      this.nonKeyIndexes.length === 0
        ? null
        : prepare(
            `UPDATE ${spec.table} SET ${this.nonKeyIndexes.map((i) => `${spec.columns[i]!.column} = ?`).join(', ')} WHERE ${where}`,
          );
  }

  /** The stored rows among `keys`, by their row key (the JSON of the key values). */
  lookup(keys: SqlValue[][]): Map<string, unknown[]> {
    this.lookupByKeys.bind([jsonBytes(keys)]);
    const found = new Map<string, unknown[]>();
    while (this.lookupByKeys.step()) {
      const values = this.lookupByKeys.get();
      found.set(JSON.stringify(this.keyIndexes.map((k) => values[k] ?? null)), values);
    }
    this.lookupByKeys.reset();
    return found;
  }
}

/** Strings longer than this are rarely repeated: encoded each time rather than kept. */
const CACHED_CHARS = 64;
const CACHED_STRINGS = 50_000;

/**
 * Stored values as JSON text, spelled as JSON.stringify spells them. Big sheets repeat a few
 * thousand account ids, metric names and dates, so each distinct short string is encoded once.
 */
export class JsonText {
  private readonly strings = new Map<string, string>();

  of(value: SqlValue): string {
    if (typeof value === 'string') {
      let json = this.strings.get(value);
      if (json === undefined) {
        json = JSON.stringify(value);
        if (value.length <= CACHED_CHARS && this.strings.size < CACHED_STRINGS)
          this.strings.set(value, json);
      }
      return json;
    }
    // JSON.stringify writes a number as String does (-0 as 0) and NaN or an infinity as null.
    return value === null || !Number.isFinite(value) ? 'null' : String(value);
  }
}

/**
 * One chunk's new rows as the JSON the insert unpacks (key columns first, then the others) and
 * the JSON of their keys for undo, built in one pass: each row's key text is written once and
 * used in both, with no array per row in between.
 */
export class ChunkJson {
  private rows = '';
  private keys = '';
  count = 0;

  constructor(
    private readonly text: JsonText,
    private readonly t: TableStatements,
    private readonly scratch = new Utf8Scratch(),
  ) {}

  addEntity(spec: TableSpec, entity: Record<string, unknown>): void {
    const { keyIndexes, nonKeyIndexes } = this.t;
    const columns = spec.columns;
    let key = '';
    for (let k = 0; k < keyIndexes.length; k++) {
      const col = columns[keyIndexes[k]!]!;
      if (k > 0) key += ',';
      key += this.text.of(toSql(col.type, entity[col.field]));
    }
    let rest = '';
    for (const c of nonKeyIndexes) {
      const col = columns[c]!;
      rest += ',' + this.text.of(toSql(col.type, entity[col.field]));
    }
    this.push(key, rest);
  }

  addValues(values: readonly SqlValue[]): void {
    const { keyIndexes, nonKeyIndexes } = this.t;
    let key = this.text.of(values[keyIndexes[0]!]!);
    for (let k = 1; k < keyIndexes.length; k++) key += ',' + this.text.of(values[keyIndexes[k]!]!);
    let rest = '';
    for (const c of nonKeyIndexes) rest += ',' + this.text.of(values[c]!);
    this.push(key, rest);
  }

  /** `key` and `rest`: the row's key values and its other values, as comma-separated JSON. */
  private push(key: string, rest: string): void {
    const open = this.count++ === 0 ? '[[' : ',[';
    this.rows += open + key + rest + ']';
    this.keys += open + key + ']';
  }

  /** The rows' JSON as UTF-8, valid until the next call on this chunk's scratch. */
  rowsBytes(): Uint8Array {
    return this.scratch.bytes(this.rows + ']');
  }

  /** The keys' JSON as UTF-8, valid until the next call on this chunk's scratch. */
  keysBytes(): Uint8Array {
    return this.scratch.bytes(this.keys + ']');
  }
}

/**
 * One buffer a writer encodes every chunk's JSON into (sql.js copies what is bound): a buffer per
 * chunk left ~100 KB of memory outside the heap per 2,000 rows to the garbage collector, which
 * let it pile up to ~17 MB over a 200k-row import (#19.5).
 */
export class Utf8Scratch {
  private buffer = Buffer.alloc(64 * 1024);

  bytes(text: string): Uint8Array {
    for (;;) {
      // write stops at whole characters that fit: 4 bytes spare means the whole text fitted
      // (measuring it first with byteLength read every chunk twice).
      const length = this.buffer.write(text, 0, 'utf8');
      if (length <= this.buffer.length - 4) return this.buffer.subarray(0, length);
      this.buffer = Buffer.alloc(Math.max(this.buffer.length * 2, text.length + 4));
    }
  }
}

/**
 * JSON as UTF-8 bytes, bound as a blob and cast back to text in SQL: sql.js encodes a bound
 * string one character at a time in JavaScript, while Buffer encodes natively and the blob is
 * copied in one go.
 */
export function jsonBytes(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
