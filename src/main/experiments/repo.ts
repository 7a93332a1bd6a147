// Reading and writing experiments and their observations; the tables are shared with the
// importer, so rows go through the same TABLES specs it uses.
import type { Database } from 'sql.js';
import type { Experiment, ExperimentObservation } from '../../shared/domain/entities';
import { AppError } from '../../shared/ipc/result';
import { TABLES, rowToEntity, toSql } from '../db/tables';
import { selectAll, selectValue } from '../db/repos/rows';

const EXPERIMENTS = TABLES.experiments;
const OBSERVATIONS = TABLES.experiment_observations;

export function findExperiment(db: Database, id: string): Experiment | null {
  const row = selectAll(db, 'SELECT * FROM experiments WHERE id = ?', [id])[0];
  return row ? rowToEntity<Experiment>(EXPERIMENTS, row) : null;
}

export function requireExperiment(db: Database, id: string): Experiment {
  const experiment = findExperiment(db, id);
  if (!experiment) throw new AppError('NOT_FOUND', `There is no experiment ${id}.`);
  return experiment;
}

export function listExperiments(db: Database, accountId?: string): Experiment[] {
  const rows =
    accountId === undefined
      ? selectAll(db, 'SELECT * FROM experiments ORDER BY rollout_date DESC, id')
      : selectAll(
          db,
          'SELECT * FROM experiments WHERE account_id = ? ORDER BY rollout_date DESC, id',
          [accountId],
        );
  return rows.map((row) => rowToEntity<Experiment>(EXPERIMENTS, row));
}

export function loadObservations(db: Database, experimentId: string): ExperimentObservation[] {
  return selectAll(
    db,
    'SELECT * FROM experiment_observations WHERE experiment_id = ? ORDER BY kpi, unit_id, date',
    [experimentId],
  ).map((row) => rowToEntity<ExperimentObservation>(OBSERVATIONS, row));
}

export function hasObservations(db: Database, experimentId: string): boolean {
  return (
    selectValue(db, 'SELECT 1 FROM experiment_observations WHERE experiment_id = ? LIMIT 1', [
      experimentId,
    ]) !== null
  );
}

export function accountName(db: Database, accountId: string): string | null {
  const name = selectValue(db, 'SELECT name FROM accounts WHERE id = ?', [accountId]);
  return name === null ? null : String(name);
}

/** Inserts or replaces the plan in force. */
export function saveExperiment(db: Database, experiment: Experiment): void {
  const columns = EXPERIMENTS.columns.map((col) => col.column);
  const values = EXPERIMENTS.columns.map((col) =>
    toSql(col.type, (experiment as Record<string, unknown>)[col.field]),
  );
  db.run(
    `INSERT OR REPLACE INTO experiments (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values,
  );
}

/** EXP-001, EXP-002, ...: the first free number after the highest one in use. */
export function nextExperimentId(db: Database): string {
  const ids = selectAll(db, "SELECT id FROM experiments WHERE id LIKE 'EXP-%'").map((row) =>
    Number(String(row.id).slice(4)),
  );
  const highest = Math.max(0, ...ids.filter(Number.isInteger));
  return `EXP-${String(highest + 1).padStart(3, '0')}`;
}
