import type { Database } from 'sql.js';
import type { CsmNote } from '../../shared/ipc/contract';
import { selectAll, selectValue } from '../db/repos/rows';
import { recordEdit } from '../edit-undo/log';

export function addNote(
  db: Database,
  note: { accountId: string; date: string; text: string },
  createdAt: string,
): CsmNote {
  db.run('INSERT INTO csm_notes (account_id, date, text, created_at) VALUES (?, ?, ?, ?)', [
    note.accountId,
    note.date,
    note.text,
    createdAt,
  ]);
  const id = Number(selectValue(db, 'SELECT last_insert_rowid()'));
  recordEdit(
    db,
    {
      domain: 'note',
      action: 'note.add',
      accountId: note.accountId,
      label: note.text,
      rows: [{ table: 'csm_notes', key: { id }, before: null }],
    },
    createdAt,
  );
  return { id, ...note, createdAt };
}

export function listNotes(db: Database, accountId: string): CsmNote[] {
  return selectAll(db, 'SELECT * FROM csm_notes WHERE account_id = ? ORDER BY date, id', [
    accountId,
  ]).map((row) => ({
    id: Number(row.id),
    accountId: String(row.account_id),
    date: String(row.date),
    text: String(row.text),
    createdAt: String(row.created_at),
  }));
}
