import type { Database, SqlValue as SqlJsValue } from 'sql.js';

/** Runs a query and returns plain objects keyed by column name. */
export function selectAll(
  db: Database,
  sql: string,
  params: SqlJsValue[] = [],
): Record<string, unknown>[] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const rows: Record<string, unknown>[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject());
    return rows;
  } finally {
    stmt.free();
  }
}

export function selectValue(db: Database, sql: string, params: SqlJsValue[] = []): unknown {
  const rows = db.exec(sql, params);
  return rows[0]?.values[0]?.[0] ?? null;
}
