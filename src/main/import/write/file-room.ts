import type { Database } from 'sql.js';
import { fileBytes, reserveFileBytes } from '../../db/sqljs';
import type { SheetAnalysis } from '../map/analyze-sheet';

/**
 * Room made per new row: a usage point takes ~94 bytes of the file with its undo key (200k took
 * 18.8 MB). Room not filled costs address space only; rows of wider kinds that outgrow it make
 * the file grow as it did before.
 */
export const ROOM_PER_ROW = 160;

/**
 * Makes room in the workspace's in-memory file for the rows an import is about to add, so the
 * file does not copy itself as it grows: each copy left the old buffer, as large as the file then
 * was, to the collector (17 MB at the peak of a 200k-row import). Rows count as new as the
 * preview found them (updates hardly grow the file, and room made for them in a large workspace
 * would cost a copy of it), or all valid ones when the commit checked the sheet again. Nothing
 * is copied when the file already has the room.
 */
export function makeRoomFor(db: Database, analyses: readonly SheetAnalysis[]): void {
  let rows = 0;
  for (const a of analyses) rows += a.preview.changes?.newRows ?? a.validation?.validEntities ?? 0;
  reserveFileBytes(db, fileBytes(db).length + rows * ROOM_PER_ROW);
}
