// Plan versions and the lock. The plan counts as fixed once someone has seen its results: an edit
// after that keeps the viewed version and adds a new one, and the results then say the analysis
// changed after they were viewed. Edits before anyone looked simply refine the draft.
import type { Database } from 'sql.js';
import { Experiment } from '../../shared/domain/entities';
import type { PlanStatus, PlanVersionInfo } from '../../shared/ipc/contract/experiments';
import { selectAll } from '../db/repos/rows';

export type VersionReason = 'created' | 'edited' | 'imported';

const PLAN_FIELDS = Object.keys(Experiment.shape) as (keyof Experiment)[];

/** The plan as JSON with a fixed key order, so equal plans give equal text. */
export function canonicalPlan(plan: Experiment): string {
  return JSON.stringify(PLAN_FIELDS.map((field) => [field, plan[field]]));
}

function planFromCanonical(text: string): Experiment {
  return Experiment.parse(Object.fromEntries(JSON.parse(text) as [string, unknown][]));
}

interface VersionRow {
  version: number;
  planText: string;
  createdAt: string;
  reason: string;
  lockedAt: string | null;
}

function versionRows(db: Database, experimentId: string): VersionRow[] {
  return selectAll(
    db,
    'SELECT version, plan, created_at, reason, locked_at FROM experiment_plan_versions WHERE experiment_id = ? ORDER BY version',
    [experimentId],
  ).map((row) => ({
    version: Number(row.version),
    planText: String(row.plan),
    createdAt: String(row.created_at),
    reason: String(row.reason),
    lockedAt: row.locked_at === null ? null : String(row.locked_at),
  }));
}

export function listVersions(db: Database, experimentId: string): PlanVersionInfo[] {
  return versionRows(db, experimentId).map((row) => ({
    version: row.version,
    createdAt: row.createdAt,
    reason: row.reason,
    lockedAt: row.lockedAt,
    plan: planFromCanonical(row.planText),
  }));
}

/**
 * Makes the newest version hold `plan`: nothing to do when it already does; rewritten in place
 * while nobody has seen its results; otherwise a new version. Call inside a transaction.
 */
export function recordPlan(
  db: Database,
  plan: Experiment,
  at: string,
  reason: VersionReason,
): void {
  const text = canonicalPlan(plan);
  const latest = versionRows(db, plan.id).at(-1);
  if (latest?.planText === text) return;
  if (latest && latest.lockedAt === null) {
    db.run('UPDATE experiment_plan_versions SET plan = ? WHERE experiment_id = ? AND version = ?', [
      text,
      plan.id,
      latest.version,
    ]);
    return;
  }
  db.run(
    'INSERT INTO experiment_plan_versions (experiment_id, version, plan, created_at, reason, locked_at) VALUES (?, ?, ?, ?, ?, NULL)',
    [plan.id, (latest?.version ?? 0) + 1, text, at, reason],
  );
}

/** Marks the newest version as seen. Call inside a transaction, after recordPlan. */
export function lockLatest(db: Database, experimentId: string, at: string): void {
  db.run(
    `UPDATE experiment_plan_versions SET locked_at = ?
     WHERE experiment_id = ? AND locked_at IS NULL
       AND version = (SELECT MAX(version) FROM experiment_plan_versions WHERE experiment_id = ?)`,
    [at, experimentId, experimentId],
  );
}

function changedFields(before: Experiment, after: Experiment): string[] {
  return PLAN_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

export function planStatus(db: Database, experimentId: string): PlanStatus {
  const rows = versionRows(db, experimentId);
  const latest = rows.at(-1);
  const firstViewed = rows.find((row) => row.lockedAt !== null);
  const changed = !!latest && !!firstViewed && latest.version > firstViewed.version;
  return {
    version: latest?.version ?? 0,
    firstViewedAt: firstViewed?.lockedAt ?? null,
    lockedVersion: firstViewed?.version ?? null,
    changedAfterResultsViewed: changed,
    changedFields:
      changed && latest && firstViewed
        ? changedFields(planFromCanonical(firstViewed.planText), planFromCanonical(latest.planText))
        : [],
  };
}
