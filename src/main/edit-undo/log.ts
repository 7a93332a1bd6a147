// The edit-undo log: every hand-made change to notes, tasks, goals and QBR narratives records,
// in the same transaction as the change, the rows it touched as they were before and after.
// Undo walks back from the newest entry and refuses, changing nothing, when a row no longer
// looks as that change left it (an import or another path changed it since).
import type { Database } from 'sql.js';
import { z } from 'zod';
import type { EditUndoEntry } from '../../shared/ipc/contract';
import { EditAction, EditDomain } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { selectAll, selectValue } from '../db/repos/rows';
import type { Workspace } from '../db/workspace';
import type { Row, RowKey, UndoableTable } from './rows';
import { UNDOABLE_TABLES, readRow, sameRow, writeRow } from './rows';

/** Entries kept: enough to walk back a working session, small enough never to matter in size. */
export const UNDO_KEPT = 50;
const LABEL_MAX = 80;

export interface EditRecord {
  domain: EditDomain;
  action: EditAction;
  accountId: string | null;
  label: string;
  /** Each row the change touched, as it was before (null: the change created it). */
  rows: { table: UndoableTable; key: RowKey; before: Row | null }[];
}

const Cell = z.union([z.string(), z.number(), z.null()]);
const StoredRow = z.record(z.string(), Cell);
const StoredChanges = z.array(
  z.object({
    table: z.enum(Object.keys(UNDOABLE_TABLES) as [UndoableTable, ...UndoableTable[]]),
    key: StoredRow,
    before: StoredRow.nullable(),
    after: StoredRow.nullable(),
  }),
);
type StoredChanges = z.infer<typeof StoredChanges>;

const shortLabel = (label: string): string => {
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
};

/** Records a change just made; call inside the change's own transaction, after the writes. */
export function recordEdit(db: Database, edit: EditRecord, at: string): void {
  const changes: StoredChanges = edit.rows.map((r) => ({
    ...r,
    after: readRow(db, r.table, r.key),
  }));
  db.run(
    'INSERT INTO edit_undo (domain, action, account_id, label, changes, at) VALUES (?, ?, ?, ?, ?, ?)',
    [edit.domain, edit.action, edit.accountId, shortLabel(edit.label), JSON.stringify(changes), at],
  );
  const newest = Number(selectValue(db, 'SELECT last_insert_rowid()'));
  db.run('DELETE FROM edit_undo WHERE id <= ?', [newest - UNDO_KEPT]);
}

interface StoredEntry extends EditUndoEntry {
  changes: StoredChanges;
}

/** The newest entry, or null. An entry this app cannot read is refused, never half-applied. */
function newestEntry(db: Database): StoredEntry | null {
  const row = selectAll(db, 'SELECT * FROM edit_undo ORDER BY id DESC LIMIT 1')[0];
  if (!row) return null;
  const domain = EditDomain.safeParse(row.domain);
  const action = EditAction.safeParse(row.action);
  let changes: ReturnType<typeof StoredChanges.safeParse>;
  try {
    changes = StoredChanges.safeParse(JSON.parse(String(row.changes)));
  } catch {
    changes = StoredChanges.safeParse(null);
  }
  if (!domain.success || !action.success || !changes.success)
    throw new AppError(
      'CONFLICT',
      'The last change in the undo list cannot be read; nothing was undone.',
    );
  return {
    id: Number(row.id),
    domain: domain.data,
    action: action.data,
    accountId: row.account_id === null ? null : String(row.account_id),
    label: String(row.label),
    at: String(row.at),
    changes: changes.data,
  };
}

const publicEntry = ({ changes: _changes, ...entry }: StoredEntry): EditUndoEntry => entry;

/** What the next undo would revert, or null when there is nothing to undo. */
export function lastEdit(db: Database): EditUndoEntry | null {
  const entry = newestEntry(db);
  return entry && publicEntry(entry);
}

type Outcome = { kind: 'undone' | 'stale' | 'moved'; entry: StoredEntry } | { kind: 'nothing' };

/**
 * Reverts the newest change and drops it from the log. `expectedId` (the toast's button) must
 * still be the newest entry. A change whose rows were altered since cannot be undone safely: it
 * is refused and dropped from the list, so the next undo reaches the change before it.
 */
export function undoLastEdit(ws: Workspace, expectedId?: number): EditUndoEntry {
  const { db } = ws;
  const outcome = ws.transaction((): Outcome => {
    const entry = newestEntry(db);
    if (entry === null) return { kind: 'nothing' };
    if (expectedId !== undefined && entry.id !== expectedId) return { kind: 'moved', entry };
    const stale = entry.changes.some((c) => !sameRow(readRow(db, c.table, c.key), c.after));
    if (!stale)
      for (const c of [...entry.changes].reverse()) writeRow(db, c.table, c.key, c.before);
    db.run('DELETE FROM edit_undo WHERE id = ?', [entry.id]);
    return { kind: stale ? 'stale' : 'undone', entry };
  });
  if (outcome.kind === 'nothing')
    throw new AppError('NOT_FOUND', 'There is nothing to undo.', { reason: 'nothing' });
  if (outcome.kind === 'moved')
    throw new AppError(
      'CONFLICT',
      'Another change was made since; nothing was undone. Undo again to revert the newest one.',
      { reason: 'moved' },
    );
  if (outcome.kind === 'stale')
    throw new AppError(
      'CONFLICT',
      `"${outcome.entry.label}" was changed since (by an import or elsewhere), so it was not undone; it left the undo list.`,
      { reason: 'stale', entry: publicEntry(outcome.entry) },
    );
  return publicEntry(outcome.entry);
}
