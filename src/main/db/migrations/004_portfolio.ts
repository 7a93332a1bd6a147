// Portfolio: the CSM's own inputs around the metrics. Exchange rates are stored per report
// currency, so a rate entered for USD reports is never applied to a EUR report.
export const migration004 = {
  version: 4,
  name: 'portfolio',
  sql: `
CREATE TABLE fx_rates (
  currency TEXT NOT NULL,
  report_currency TEXT NOT NULL,
  rate REAL NOT NULL CHECK (rate > 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (currency, report_currency)
) WITHOUT ROWID;

CREATE TABLE saved_views (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE churn_postmortems (
  account_id TEXT PRIMARY KEY,
  churn_date TEXT,
  reason TEXT NOT NULL,
  could_have_done TEXT NOT NULL DEFAULT '',
  lessons TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

-- Only reasons the CSM edited are stored; the rest keep the shipped defaults.
CREATE TABLE churn_reason_teams (
  reason TEXT PRIMARY KEY,
  teams TEXT NOT NULL
);
`,
};
