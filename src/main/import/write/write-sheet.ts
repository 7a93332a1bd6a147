import type { DataKind } from '../../../shared/domain/kinds';
import type { SheetSummary } from '../../../shared/ipc/contract';
import { TABLES } from '../../db/tables';
import type { SheetAnalysis } from '../map/analyze-sheet';
import type { BulkWriter } from './bulk-writer';
import { CHUNK } from './bulk-writer';
import { FirstRowByKey } from './first-row-by-key';
import { kindDef } from '../check/kinds';
import { message, rowError } from '../check/messages';
import { columnsFromFile } from './fields-from-file';

/**
 * Upserts one validated sheet, its entities checked again as they are written (none is held from
 * the preview) and written CHUNK at a time. Rows sharing a natural key are written once: an
 * identical repeat counts as skipped, a conflicting one is reported as an error on its row,
 * never silently lost. Only the columns the file gives are written over stored rows. Problems go
 * to the sheet's problem log, which keeps the first 1,000 for the summary and counts (and
 * spills) the rest.
 */
export function writeSheet(
  writer: BulkWriter,
  kind: DataKind,
  analysis: SheetAnalysis,
  onProgress?: (done: number) => void,
): SheetSummary {
  const spec = TABLES[kind];
  const validation = analysis.validation!;
  const problems = validation.problems;
  const seen = keysMayRepeat(analysis)
    ? new FirstRowByKey(spec.key, (row) => validation.entitiesOfRow(row), validation.validEntities)
    : null;
  const keyFields = spec.key;
  const upsert = writer.upserter(spec, columnsFromFile(spec, kindDef(kind), analysis.mapping));
  let chunk: Record<string, unknown>[] = [];
  let given = 0;
  let inserted = 0;
  let updated = 0;
  let skipped = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    for (const o of upsert(chunk)) {
      if (o === 'inserted') inserted++;
      else if (o === 'updated') updated++;
      else skipped++;
    }
    chunk = [];
    onProgress?.(given);
  };
  validation.eachValid((row, entity) => {
    given++;
    const earlier = seen?.claim(entity, row);
    if (earlier === undefined) {
      chunk.push(entity);
      if (chunk.length === CHUNK) flush();
      return;
    }
    // The first entity with this key, made again from its row: identical means a plain repeat.
    if (JSON.stringify(earlier.entity) !== JSON.stringify(entity)) {
      const key = keyFields.map((f) => String(entity[f])).join(' / ');
      problems.add(
        rowError(kind, row, null, message('import.row.duplicateKey', { key, row: earlier.row })),
      );
    }
    skipped++;
  });
  flush();
  return {
    fileName: analysis.preview.fileName,
    sheetName: analysis.preview.sheetName,
    kind,
    rowsRead: analysis.preview.rowCount,
    inserted,
    updated,
    skipped,
    errors: [...problems.first].sort((a, b) => a.row - b.row),
    errorCount: problems.count,
    errorRowCount: problems.rowCount,
    skippedRows: validation.skipped,
    skippedRowCount: validation.skippedCount,
  };
}

/**
 * Whether some of the sheet's valid entities may share a natural key. The preview counted the
 * distinct keys among them (the first row of each counts once: new, unchanged or changed), so as
 * many as there are entities means no key repeats and the write needs no table of the keys seen
 * (16 bytes a slot, 8 MB at 200k rows, and a lookup per row). An analysis made without the
 * preview's counts (the commit checked the sheet again with another choice) may.
 */
export function keysMayRepeat(analysis: SheetAnalysis): boolean {
  const changes = analysis.preview.changes;
  if (!changes) return true;
  const distinct = changes.newRows + changes.unchanged + changes.changed;
  return distinct !== analysis.validation!.validEntities;
}
