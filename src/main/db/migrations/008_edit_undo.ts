// The edit-undo log (#18 point 10): the last changes a CSM made by hand to notes, tasks, goals and
// QBR narratives, each with the rows it touched as they were before and after, so the last one can
// be put back. Only the newest entries are kept (src/main/edit-undo/log.ts trims it). Immutable
// once released.
export const migration008 = {
  version: 8,
  name: 'edit_undo',
  sql: `
CREATE TABLE edit_undo (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  domain TEXT NOT NULL CHECK (domain IN ('note', 'task', 'goal', 'narrative')),
  -- What was done, e.g. note.add, task.complete, goal.edit, narrative.save (translated by the UI).
  action TEXT NOT NULL,
  account_id TEXT,
  -- A few words naming the thing changed (the note's text, the goal's title, the quarter).
  label TEXT NOT NULL,
  -- JSON: [{"table", "key": {column: value}, "before": row | null, "after": row | null}]; undo
  -- checks each row still equals "after", then writes "before" back (null: the row is deleted).
  changes TEXT NOT NULL,
  at TEXT NOT NULL
);
`,
};
