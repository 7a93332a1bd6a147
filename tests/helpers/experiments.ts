// Puts the sample book's accounts, experiments and observations into an open workspace through
// the same BatchWriter the importer uses, so experiment tests do not depend on the importer.
import { BatchWriter } from '../../src/main/db/repos/batch-writer';
import { createBatch } from '../../src/main/db/repos/import-batches';
import { TABLES } from '../../src/main/db/tables';
import type { Workspace } from '../../src/main/db/workspace';
import { generateSampleBook, type SampleBook } from '../../src/main/sample/generate';

let cached: SampleBook | null = null;

export function writeSampleExperiments(ws: Workspace): SampleBook {
  // The book is deterministic and takes a second to generate: once per test file is enough.
  cached ??= generateSampleBook();
  const book = cached;
  ws.transaction(() => {
    const writer = new BatchWriter(ws.db, createBatch(ws.db, 'test fixture', book.today));
    try {
      for (const account of book.accounts) writer.upsert(TABLES.accounts, { ...account });
      for (const experiment of book.experiments) {
        writer.upsert(TABLES.experiments, { ...experiment });
      }
      for (const row of book.observations) {
        writer.upsert(TABLES.experiment_observations, { ...row });
      }
    } finally {
      writer.finish();
    }
  });
  return book;
}
