// Immutable once released: a schema change is a new numbered migration, never an edit here.
export const migration001 = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  source TEXT NOT NULL,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  undone_at TEXT
);
-- Before-images of every row an import touched, so undo restores exactly what was there.
CREATE TABLE import_batch_changes (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  seq INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  row_key TEXT NOT NULL,
  before TEXT,
  PRIMARY KEY (batch_id, seq)
);
CREATE TABLE saved_mappings (
  signature TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  segment TEXT,
  owner TEXT,
  currency TEXT NOT NULL,
  arr REAL,
  renewal_date TEXT,
  industry TEXT,
  country TEXT,
  signup_date TEXT,
  seats INTEGER,
  plan TEXT,
  churned INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT,
  role TEXT,
  is_champion INTEGER NOT NULL DEFAULT 0,
  start_date TEXT,
  end_date TEXT
);
CREATE INDEX contacts_account ON contacts(account_id);
CREATE TABLE contract_lines (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  plan TEXT,
  seats INTEGER,
  mrr REAL NOT NULL,
  currency TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  is_trial INTEGER NOT NULL DEFAULT 0,
  upgrade INTEGER NOT NULL DEFAULT 0,
  downgrade INTEGER NOT NULL DEFAULT 0,
  churn INTEGER NOT NULL DEFAULT 0,
  auto_renew INTEGER
);
CREATE INDEX contract_lines_account ON contract_lines(account_id);
CREATE TABLE usage_points (
  account_id TEXT NOT NULL,
  metric TEXT NOT NULL,
  date TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (account_id, metric, date)
) WITHOUT ROWID;
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX events_account ON events(account_id, date);
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  contact_id TEXT,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  score REAL NOT NULL,
  comment TEXT
);
CREATE INDEX survey_responses_account ON survey_responses(account_id, date);
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  opened_date TEXT NOT NULL,
  closed_date TEXT,
  priority TEXT,
  status TEXT,
  satisfaction REAL,
  escalated INTEGER NOT NULL DEFAULT 0,
  resolution_hours REAL,
  subject TEXT
);
CREATE INDEX tickets_account ON tickets(account_id, opened_date);
CREATE TABLE churn_records (
  account_id TEXT NOT NULL,
  date TEXT NOT NULL,
  reason TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (account_id, date)
);
CREATE TABLE experiments (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  name TEXT NOT NULL,
  hypothesis TEXT,
  primary_kpi TEXT NOT NULL,
  secondary_kpis TEXT NOT NULL DEFAULT '[]',
  kpi_unit TEXT,
  direction TEXT NOT NULL,
  rollout_date TEXT NOT NULL,
  pre_start TEXT NOT NULL,
  pre_end TEXT NOT NULL,
  post_start TEXT NOT NULL,
  post_end TEXT NOT NULL,
  alpha REAL NOT NULL DEFAULT 0.05
);
CREATE TABLE experiment_observations (
  experiment_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  date TEXT NOT NULL,
  kpi TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (experiment_id, unit_id, kpi, date)
) WITHOUT ROWID;
`,
};
