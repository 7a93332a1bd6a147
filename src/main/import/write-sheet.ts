import type { DataKind } from '../../shared/domain/kinds';
import type { SheetSummary } from '../../shared/ipc/contract';
import type { BatchWriter } from '../db/repos/batch-writer';
import { TABLES } from '../db/tables';
import type { SheetAnalysis } from './analyze-sheet';

const PROGRESS_EVERY = 5_000;

/**
 * Upserts one validated sheet. Rows sharing a natural key are written once: an identical repeat
 * counts as skipped, a conflicting one is reported as an error on its row, never silently lost.
 */
export function writeSheet(
  writer: BatchWriter,
  kind: DataKind,
  analysis: SheetAnalysis,
  onProgress?: (done: number) => void,
): SheetSummary {
  const spec = TABLES[kind];
  const validation = analysis.validation!;
  const errors = [...validation.errors];
  const seen = new Map<string, { row: number; json: string }>();
  const keyFields = spec.key;
  let inserted = 0;
  let updated = 0;
  let skipped = 0;
  let done = 0;
  for (const { row, entity } of validation.valid) {
    if (++done % PROGRESS_EVERY === 0) onProgress?.(done);
    const key =
      keyFields.length === 1
        ? String(entity[keyFields[0]!])
        : keyFields.map((f) => String(entity[f])).join('\u0000');
    const json = JSON.stringify(entity);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.json !== json) {
        errors.push({
          row,
          column: null,
          message: `Duplicate key ${keyFields.map((f) => String(entity[f])).join(' / ')}: row ${earlier.row} has the same key with different values; this row was not imported.`,
        });
      }
      skipped++;
      continue;
    }
    seen.set(key, { row, json });
    const outcome = writer.upsert(spec, entity);
    if (outcome === 'inserted') inserted++;
    else if (outcome === 'updated') updated++;
    else skipped++;
  }
  return {
    fileName: analysis.preview.fileName,
    sheetName: analysis.preview.sheetName,
    kind,
    rowsRead: analysis.preview.rowCount,
    inserted,
    updated,
    skipped,
    errors: errors.sort((a, b) => a.row - b.row),
  };
}
