// Usage values are mostly counts (users, logins, calls). Under REAL affinity SQLite hands every
// one back as a float, and a recompute has SQLite format two million of them as JSON the slow
// way ("12.0"), which was a quarter of reading the usage. Under NUMERIC affinity a whole value
// is an integer (formatted and parsed quicker) and any other stays REAL, so every value reads
// back as the same number. SQLite cannot change a column's affinity in place: the table is
// rebuilt in key order, and migrate() compacts the pages the old one leaves free.
// Immutable once released.
export const migration010 = {
  version: 10,
  name: 'usage_numeric',
  sql: `
CREATE TABLE usage_points_numeric (
  account_id TEXT NOT NULL,
  metric TEXT NOT NULL,
  date TEXT NOT NULL,
  value NUMERIC NOT NULL,
  PRIMARY KEY (account_id, metric, date)
) WITHOUT ROWID;
INSERT INTO usage_points_numeric (account_id, metric, date, value)
  SELECT account_id, metric, date, value FROM usage_points ORDER BY account_id, metric, date;
DROP TABLE usage_points;
ALTER TABLE usage_points_numeric RENAME TO usage_points;
`,
};
