// Experiment plan versions. The experiments table holds the plan in force; every distinct plan
// that results were computed for is kept here, so a report can say when the analysis changed
// after someone had already seen its results. Immutable once released.
export const migration003 = {
  version: 3,
  name: 'experiment_plan_versions',
  sql: `
CREATE TABLE experiment_plan_versions (
  experiment_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  plan TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  -- When results of this version were first viewed; from then on an edit makes a new version.
  locked_at TEXT,
  PRIMARY KEY (experiment_id, version)
);
`,
};
