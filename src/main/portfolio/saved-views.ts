// Named table views: filters and sort the CSM saved to come back to.
import type { Database } from 'sql.js';
import { SavedViewState } from '../../shared/ipc/contract/portfolio';
import type { SavedView } from '../../shared/ipc/contract/portfolio';
import { AppError } from '../../shared/ipc/result';
import { selectAll } from '../db/repos/rows';

export function listViews(db: Database): SavedView[] {
  return selectAll(db, 'SELECT id, name, state, updated_at FROM saved_views ORDER BY name').flatMap(
    (row) => {
      // A view written by another app version that no longer validates is left out, not crashed on.
      const state = SavedViewState.safeParse(safeJson(String(row.state)));
      return state.success
        ? [
            {
              id: Number(row.id),
              name: String(row.name),
              state: state.data,
              updatedAt: String(row.updated_at),
            },
          ]
        : [];
    },
  );
}

/** Saves under `name`, replacing a view of the same name. */
export function saveView(
  db: Database,
  name: string,
  state: SavedViewState,
  updatedAt: string,
): SavedView {
  db.run(
    `INSERT INTO saved_views (name, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    [name, JSON.stringify(state), updatedAt],
  );
  const saved = listViews(db).find((v) => v.name === name);
  if (!saved) throw new AppError('INTERNAL', `The view ${name} was not saved.`);
  return saved;
}

export function deleteView(db: Database, id: number): void {
  const exists = selectAll(db, 'SELECT 1 FROM saved_views WHERE id = ?', [id]).length > 0;
  if (!exists) throw new AppError('NOT_FOUND', `There is no saved view ${id}.`);
  db.run('DELETE FROM saved_views WHERE id = ?', [id]);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
