// Workspaces for the portfolio integration tests: hand-made or generated rows written straight
// into the tables as one import batch, the way the importer leaves them.
import path from 'node:path';
import { BatchWriter } from '../../src/main/db/repos/batch-writer';
import { createBatch } from '../../src/main/db/repos/import-batches';
import { TABLES } from '../../src/main/db/tables';
import type { Workspace } from '../../src/main/db/workspace';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { RequestChannel } from '../../src/shared/ipc/channels';
import type { InputOf, OutputOf } from '../../src/shared/ipc/contract';
import type { DataKind } from '../../src/shared/domain/kinds';
import type { TestServices } from './services';

export type Rows = Partial<Record<DataKind, readonly object[]>>;

export async function workspaceWith(
  t: TestServices,
  rows: Rows,
  name = 'book.qbr',
): Promise<Workspace> {
  const ws = await t.services.workspaces.open(path.join(t.dir, name), true);
  ws.transaction(() => {
    const writer = new BatchWriter(ws.db, createBatch(ws.db, 'test', '2026-01-01T00:00:00.000Z'));
    try {
      for (const [kind, list] of Object.entries(rows) as [DataKind, readonly object[]][])
        for (const row of list) writer.upsert(TABLES[kind], row as Record<string, unknown>);
    } finally {
      writer.finish();
    }
  });
  return ws;
}

/** Calls a channel through the real dispatch and returns its value, failing on an error. */
export async function request<C extends RequestChannel>(
  t: TestServices,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<C>;
}
