import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TABLES } from '../../../src/main/db/tables';
import { Workspace } from '../../../src/main/db/workspace';
import { ImportService } from '../../../src/main/import/service';
import type { ImportRunOptions } from '../../../src/main/import/service';
import { fixedClock } from '../../../src/main/platform/clock';
import type { ImportSummary } from '../../../src/shared/ipc/contract';
import { expectedDataDir } from '../../helpers/test-data';

/** The external sample data folder; tests reading it guard themselves with dataSkip(). */
export const DATA = expectedDataDir();

export interface Harness {
  dir: string;
  ws: Workspace;
  service: ImportService;
  /** Reads the files and commits every sheet the importer recognised. */
  importFiles(paths: readonly string[], options?: ImportRunOptions): Promise<ImportSummary>;
  count(table: string): number;
  rows(sql: string): Record<string, unknown>[];
  /** Every data table and the batch log, as text: equal snapshots mean an unchanged workspace. */
  snapshot(): string;
  /** The data tables only (no batch log). */
  dataSnapshot(): string;
  file(name: string, bytes: Uint8Array | string): string;
  cleanup(): void;
}

export async function harness(): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-import-'));
  const clock = fixedClock('2026-10-01T09:00:00.000Z');
  const ws = await Workspace.open(path.join(dir, 'test.qbr'), {
    clock,
    create: true,
    saveDelayMs: 600_000,
  });
  const service = new ImportService({ workspace: () => ws, clock });
  const rows = (sql: string) => {
    const stmt = ws.db.prepare(sql);
    const out: Record<string, unknown>[] = [];
    while (stmt.step()) out.push(stmt.getAsObject());
    stmt.free();
    return out;
  };
  return {
    dir,
    ws,
    service,
    async importFiles(paths, options) {
      const preview = await service.open(paths, options);
      return service.commit(preview.sessionId, service.automaticChoices(preview), options);
    },
    count: (table) => Number(ws.db.exec(`SELECT COUNT(*) FROM ${table}`)[0]!.values[0]![0]),
    rows,
    snapshot: () =>
      JSON.stringify(
        [
          ...Object.values(TABLES).map((t) => t.table),
          'import_batches',
          'import_batch_changes',
          'import_batch_inserts',
          'saved_mappings',
        ].map((t) => rows(`SELECT * FROM ${t} ORDER BY 1, 2, 3`)),
      ),
    dataSnapshot: () =>
      JSON.stringify(
        Object.values(TABLES).map((t) => rows(`SELECT * FROM ${t.table} ORDER BY 1, 2, 3`)),
      ),
    file(name, bytes) {
      const p = path.join(dir, name);
      fs.writeFileSync(p, bytes);
      return p;
    },
    cleanup() {
      ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
