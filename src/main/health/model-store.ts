// Health model versions. Every edit is a new version; snapshots name the version that made them.
import type { Database } from 'sql.js';
import { HealthModel } from '../../shared/analytics/health';
import type { HealthModel as HealthModelT } from '../../shared/analytics/health';
import { AppError } from '../../shared/ipc/result';
import { selectAll, selectValue } from '../db/repos/rows';

export interface StoredModel {
  model: HealthModelT;
  createdAt: string;
}

function parseRow(row: Record<string, unknown>): StoredModel {
  const body = JSON.parse(String(row.model)) as object;
  return {
    model: HealthModel.parse({ ...body, version: Number(row.version) }),
    createdAt: String(row.created_at),
  };
}

export function currentModel(db: Database): StoredModel {
  const row = selectAll(db, 'SELECT * FROM health_models ORDER BY version DESC LIMIT 1')[0];
  if (!row) throw new AppError('NOT_FOUND', 'This workspace has no health model.');
  return parseRow(row);
}

/** Models by version, for reading snapshots that older versions made. */
export function modelVersions(db: Database): Map<number, HealthModelT> {
  return new Map(
    selectAll(db, 'SELECT * FROM health_models').map((row) => {
      const { model } = parseRow(row);
      return [model.version, model];
    }),
  );
}

/** Validates and stores the model as the next version; the version in the input is ignored. */
export function saveModelVersion(db: Database, input: unknown, createdAt: string): StoredModel {
  const latest = Number(selectValue(db, 'SELECT MAX(version) FROM health_models') ?? 0);
  const parsed = HealthModel.safeParse({ ...(input as object), version: latest + 1 });
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      'The health model is not valid.',
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  const { version, ...body } = parsed.data;
  db.run('INSERT INTO health_models (version, model, created_at) VALUES (?, ?, ?)', [
    version,
    JSON.stringify(body),
    createdAt,
  ]);
  return { model: parsed.data, createdAt };
}
