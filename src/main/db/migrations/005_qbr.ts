// QBRs: the CSM's narrative per account and quarter (goals, notes, next steps, attendees, and
// the chosen sections, language and paper, kept as one validated JSON value so the builder's
// form can grow without a migration), and a record of every pack exported, for the timeline.
// Immutable once released.
export const migration005 = {
  version: 5,
  name: 'qbr',
  sql: `
CREATE TABLE qbr_narratives (
  account_id TEXT NOT NULL,
  quarter TEXT NOT NULL,
  narrative TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (account_id, quarter)
) WITHOUT ROWID;

CREATE TABLE qbr_exports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  quarter TEXT NOT NULL,
  language TEXT NOT NULL,
  -- JSON array of the paths written
  files TEXT NOT NULL,
  exported_at TEXT NOT NULL
);
CREATE INDEX qbr_exports_account ON qbr_exports(account_id, exported_at);
`,
};
