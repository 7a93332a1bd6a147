// Workspaces for the QBR tests: the sample book (all of it, or a few accounts) written straight
// into the tables with the importer's BatchWriter, observations included.
import path from 'node:path';
import type { Workspace } from '../../src/main/db/workspace';
import type { SampleBook } from '../../src/main/sample/generate';
import { bookRows, sampleBook, writeRows } from './health-workspace';
import type { Rows } from './health-workspace';
import type { TestServices } from './services';

function only(rows: Rows, ids: ReadonlySet<string> | null): Rows {
  if (!ids) return rows;
  return Object.fromEntries(
    Object.entries(rows).map(([kind, list]) => [
      kind,
      (list ?? []).filter((row) => {
        const r = row as { id?: string; accountId?: string };
        return ids.has(r.accountId ?? r.id ?? '');
      }),
    ]),
  );
}

export async function openQbrWorkspace(
  t: TestServices,
  accountIds: readonly string[] | null = null,
  name = 'qbr.qbr',
): Promise<{ ws: Workspace; book: SampleBook; file: string }> {
  const book = sampleBook();
  const file = path.join(t.dir, name);
  const ws = await t.services.workspaces.open(file, true);
  const ids = accountIds ? new Set(accountIds) : null;
  const experiments = new Set(
    book.experiments.filter((e) => !ids || ids.has(e.accountId)).map((e) => e.id),
  );
  writeRows(ws, {
    ...only(bookRows(book), ids),
    experiment_observations: book.observations.filter((o) => experiments.has(o.experimentId)),
  });
  return { ws, book, file };
}
