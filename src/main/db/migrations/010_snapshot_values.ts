// Stored snapshot components keep each component's value only: a sub-score is the model's mapping
// of it, rebuilt on reading (see snapshot-store). Rows written before held [value, subScore] pairs,
// or [null, null, 1] for a stale component; this rewrites them to the value, or "stale". Rows that
// are not valid JSON are left as they are. Immutable once released.
export const migration010 = {
  version: 10,
  name: 'snapshot_values',
  sql: `
UPDATE health_snapshots SET components = (
  SELECT json_group_array(
    CASE WHEN json_array_length(c.value) = 3 THEN 'stale' ELSE c.value ->> 0 END)
  FROM json_each(health_snapshots.components) AS c)
WHERE CASE WHEN json_valid(components) THEN json_type(components, '$[0]') END = 'array';
`,
};
