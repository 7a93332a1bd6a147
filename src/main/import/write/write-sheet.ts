import type { DataKind } from '../../../shared/domain/kinds';
import type { SheetSummary } from '../../../shared/ipc/contract';
import { TABLES } from '../../db/tables';
import type { SheetAnalysis } from '../map/analyze-sheet';
import type { BulkWriter } from './bulk-writer';
import { kindDef } from '../check/kinds';
import { message, rowError } from '../check/messages';
import { columnsFromFile } from './fields-from-file';

/**
 * Upserts one validated sheet. Rows sharing a natural key are written once: an identical repeat
 * counts as skipped, a conflicting one is reported as an error on its row, never silently lost.
 * Only the columns the file gives are written over stored rows. Problems go to the sheet's
 * problem log, which keeps the first 1,000 for the summary and counts (and spills) the rest.
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
  const seen = new FirstRowByKey(spec.key);
  const keyFields = spec.key;
  const unique: Record<string, unknown>[] = [];
  let skipped = 0;
  const valid = validation.valid;
  for (let i = 0; i < valid.length; i++) {
    const { row, entity } = valid[i]!;
    const earlier = seen.claim(entity, i);
    if (earlier === undefined) {
      unique.push(entity);
      continue;
    }
    const first = valid[earlier]!;
    if (JSON.stringify(first.entity) !== JSON.stringify(entity)) {
      const key = keyFields.map((f) => String(entity[f])).join(' / ');
      problems.add(
        rowError(kind, row, null, message('import.row.duplicateKey', { key, row: first.row })),
      );
    }
    skipped++;
  }
  let inserted = 0;
  let updated = 0;
  writer.upsertAll(
    spec,
    unique,
    (outcomes, done) => {
      for (const o of outcomes) {
        if (o === 'inserted') inserted++;
        else if (o === 'updated') updated++;
        else skipped++;
      }
      onProgress?.(done);
    },
    columnsFromFile(spec, kindDef(kind), analysis.mapping),
  );
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

type Level = Map<string, Level | number>;

/**
 * Which row first had each natural key, one nested map per key field, so no key string is built
 * per row (building and hashing them cost a quarter of a second per 200k rows).
 */
class FirstRowByKey {
  private readonly root: Level = new Map();

  constructor(private readonly fields: readonly string[]) {}

  /** The index of the earlier row with `entity`'s key; records `index` when there is none. */
  claim(entity: Record<string, unknown>, index: number): number | undefined {
    let level = this.root;
    const last = this.fields.length - 1;
    for (let f = 0; f < last; f++) {
      const value = text(entity[this.fields[f]!]);
      let next = level.get(value) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = text(entity[this.fields[last]!]);
    const earlier = level.get(value) as number | undefined;
    if (earlier === undefined) level.set(value, index);
    return earlier;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));
