// Workspaces for the health tests: the sample book written straight into the tables (no
// importer), or hand-made rows for one account.
import path from 'node:path';
import type { Database } from 'sql.js';
import { BatchWriter } from '../../src/main/db/repos/batch-writer';
import { createBatch } from '../../src/main/db/repos/import-batches';
import { TABLES } from '../../src/main/db/tables';
import type { Workspace } from '../../src/main/db/workspace';
import { generateSampleBook } from '../../src/main/sample/generate';
import type { SampleBook } from '../../src/main/sample/generate';
import type { DataKind } from '../../src/shared/domain/kinds';
import type { TestServices } from './services';

export type Rows = Partial<Record<DataKind, readonly object[]>>;

/** Writes rows as one import batch, as the importer would. */
export function writeRows(ws: Workspace, rows: Rows, at = '2026-01-01T00:00:00.000Z'): void {
  ws.transaction(() => {
    const writer = new BatchWriter(ws.db, createBatch(ws.db, 'test', at));
    try {
      for (const [kind, list] of Object.entries(rows) as [DataKind, readonly object[]][])
        for (const row of list) writer.upsert(TABLES[kind], row as Record<string, unknown>);
    } finally {
      writer.finish();
    }
  });
}

export function bookRows(book: SampleBook): Rows {
  return {
    accounts: book.accounts,
    contacts: book.contacts,
    contract_lines: book.contractLines,
    usage: book.usage,
    events: book.events,
    surveys: book.surveys,
    tickets: book.tickets,
    churn: book.churns,
    experiments: book.experiments,
  };
}

let cachedBook: SampleBook | null = null;
export function sampleBook(): SampleBook {
  cachedBook ??= generateSampleBook();
  return cachedBook;
}

export async function openWorkspace(t: TestServices, name = 'health.qbr'): Promise<Workspace> {
  return t.services.workspaces.open(path.join(t.dir, name), true);
}

export function count(db: Database, sql: string, params: (string | number)[] = []): number {
  return Number(db.exec(sql, params)[0]?.values[0]?.[0] ?? 0);
}
