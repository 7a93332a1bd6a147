// The keys of the rows an import inserted, a block at a time: one record per block instead of
// one import_batch_changes row per inserted row, which cost more than the rows themselves on a
// large import. Updated rows keep their before-images in import_batch_changes. Immutable once
// released.
export const migration006 = {
  version: 6,
  name: 'batch_inserts',
  sql: `
CREATE TABLE import_batch_inserts (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  seq INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  -- A JSON array of row keys, each the JSON array of the row's natural-key values.
  row_keys TEXT NOT NULL,
  PRIMARY KEY (batch_id, seq)
);
`,
};
