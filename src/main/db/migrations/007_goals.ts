// Success plans: goals bound to a measure of the workspace's own data (or qualitative, with a
// status the CSM sets), and every change to a goal kept as a history row so a QBR can show what
// was agreed and when it moved. Immutable once released.
export const migration007 = {
  version: 7,
  name: 'goals',
  sql: `
CREATE TABLE goals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  title TEXT NOT NULL,
  owner TEXT,
  start_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  -- measure_kind NULL: a qualitative goal, whose status is manual_status.
  measure_kind TEXT,
  -- The usage metric or the experiment id the measure reads, when it reads one.
  measure_ref TEXT,
  target REAL,
  manual_status TEXT,
  note TEXT,
  closed_at TEXT,
  -- Defaults for rows an import writes; the app's own writes give its clock's time.
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX goals_account ON goals(account_id);

CREATE TABLE goal_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id INTEGER NOT NULL REFERENCES goals(id),
  at TEXT NOT NULL,
  -- created | edited | closed | reopened | imported
  action TEXT NOT NULL,
  -- JSON of the fields that changed: {"field": [before, after]}
  changes TEXT NOT NULL
);
CREATE INDEX goal_history_goal ON goal_history(goal_id, at);
`,
};
