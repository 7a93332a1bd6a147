import type { DataKind } from '../../shared/domain/kinds';
import type { SheetSummary } from '../../shared/ipc/contract';
import { TABLES } from '../db/tables';
import type { SheetAnalysis } from './analyze-sheet';
import type { BulkWriter } from './bulk-writer';
import { message, rowError } from './messages';

/**
 * Upserts one validated sheet. Rows sharing a natural key are written once: an identical repeat
 * counts as skipped, a conflicting one is reported as an error on its row, never silently lost.
 */
export function writeSheet(
  writer: BulkWriter,
  kind: DataKind,
  analysis: SheetAnalysis,
  onProgress?: (done: number) => void,
): SheetSummary {
  const spec = TABLES[kind];
  const validation = analysis.validation!;
  const errors = [...validation.errors];
  // Key -> index of its first row: no object per row, which a 200k-row sheet feels.
  const seen = new Map<string, number>();
  const keyFields = spec.key;
  const single = keyFields.length === 1 ? keyFields[0]! : null;
  const unique: Record<string, unknown>[] = [];
  let skipped = 0;
  const valid = validation.valid;
  for (let i = 0; i < valid.length; i++) {
    const { row, entity } = valid[i]!;
    let key = single ? String(entity[single]) : '';
    if (!single) for (const f of keyFields) key += `${String(entity[f])}\u0000`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, i);
      unique.push(entity);
      continue;
    }
    const first = valid[earlier]!;
    if (JSON.stringify(first.entity) !== JSON.stringify(entity)) {
      const key = keyFields.map((f) => String(entity[f])).join(' / ');
      errors.push(
        rowError(kind, row, null, message('import.row.duplicateKey', { key, row: first.row })),
      );
    }
    skipped++;
  }
  seen.clear();
  let inserted = 0;
  let updated = 0;
  writer.upsertAll(spec, unique, (outcomes, done) => {
    for (const o of outcomes) {
      if (o === 'inserted') inserted++;
      else if (o === 'updated') updated++;
      else skipped++;
    }
    onProgress?.(done);
  });
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
