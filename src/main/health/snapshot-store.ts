// Weekly snapshots on disk. A row keeps the score, the band and [value, subScore] per component
// of its model version; weights and contributions are rebuilt from that model on reading.
import type { Database } from 'sql.js';
import type {
  Band,
  ComponentScore,
  HealthModel,
  HealthSnapshot,
} from '../../shared/analytics/health';
import type { HealthTrendPoint } from '../../shared/ipc/contract';
import { selectAll } from '../db/repos/rows';

/** [value, subScore], with a third element 1 when the component was stale (its feed ended). */
type StoredComponent = [number | null, number | null] | [null, null, 1];

// Six decimals are far below anything a CSM reads, and keep 200,000 rows of JSON small.
const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1e6) / 1e6;

export function encodeComponents(snapshot: HealthSnapshot): string {
  return JSON.stringify(
    snapshot.components.map((c): StoredComponent =>
      c.stale ? [null, null, 1] : [round(c.value), round(c.subScore)],
    ),
  );
}

export function decodeComponents(model: HealthModel, json: string): ComponentScore[] {
  const stored = JSON.parse(json) as StoredComponent[];
  let presentWeight = 0;
  model.components.forEach((component, i) => {
    if (stored[i]?.[1] != null) presentWeight += component.weight;
  });
  return model.components.map((component, i): ComponentScore => {
    const value = stored[i]?.[0] ?? null;
    const subScore = stored[i]?.[1] ?? null;
    const missing = subScore === null;
    const stale = stored[i]?.[2] === 1;
    const effectiveWeight = missing || presentWeight === 0 ? 0 : component.weight / presentWeight;
    return {
      id: component.id,
      labelKey: component.labelKey,
      value,
      subScore,
      weight: component.weight,
      effectiveWeight,
      contribution: missing ? 0 : effectiveWeight * subScore,
      missing,
      ...(stale ? { stale: true } : {}),
    };
  });
}

// Rows per INSERT: one statement call per row would spend more time crossing into sql.js than
// SQLite spends storing the row.
const ROWS_PER_INSERT = 64;
const INSERT =
  'INSERT OR REPLACE INTO health_snapshots (account_id, week, model_version, score, band, components) VALUES ';
const ROW_PLACEHOLDERS = '(?, ?, ?, ?, ?, ?)';

function insertSql(rows: number): string {
  return INSERT + Array.from({ length: rows }, () => ROW_PLACEHOLDERS).join(', ');
}

/** Writes snapshots through statements that live only for this call. */
export function insertSnapshots(
  db: Database,
  accountId: string,
  snapshots: readonly HealthSnapshot[],
): void {
  const full = db.prepare(insertSql(ROWS_PER_INSERT));
  try {
    for (let start = 0; start < snapshots.length; start += ROWS_PER_INSERT) {
      const chunk = snapshots.slice(start, start + ROWS_PER_INSERT);
      const values = chunk.flatMap((s) => [
        accountId,
        s.date,
        s.modelVersion,
        s.score,
        s.band,
        encodeComponents(s),
      ]);
      if (chunk.length === ROWS_PER_INSERT) full.run(values);
      else db.run(insertSql(chunk.length), values);
    }
  } finally {
    full.free();
  }
}

function staleIds(components: readonly ComponentScore[]): { stale?: string[] } {
  const stale = components.filter((c) => c.stale).map((c) => c.id);
  return stale.length > 0 ? { stale } : {};
}

export function readSnapshots(
  db: Database,
  accountId: string,
  models: ReadonlyMap<number, HealthModel>,
): HealthSnapshot[] {
  return selectAll(
    db,
    'SELECT week, model_version, score, band, components FROM health_snapshots WHERE account_id = ? ORDER BY week',
    [accountId],
  ).flatMap((row) => {
    const model = models.get(Number(row.model_version));
    if (!model) return [];
    const components = decodeComponents(model, String(row.components));
    return [
      {
        date: String(row.week),
        modelVersion: model.version,
        score: row.score === null ? null : Number(row.score),
        band: row.band === null ? null : (String(row.band) as Band),
        components,
        missing: components.filter((c) => c.missing).map((c) => c.id),
        ...staleIds(components),
      },
    ];
  });
}

/** Each account's last `weeks` snapshots, oldest first (for sparklines and the portfolio). */
export function recentTrends(db: Database, weeks: number): Map<string, HealthTrendPoint[]> {
  const rows = selectAll(
    db,
    `SELECT account_id, week, score, band FROM (
       SELECT account_id, week, score, band,
              ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY week DESC) AS n
       FROM health_snapshots)
     WHERE n <= ? ORDER BY account_id, week`,
    [weeks],
  );
  const trends = new Map<string, HealthTrendPoint[]>();
  for (const row of rows) {
    const id = String(row.account_id);
    const point: HealthTrendPoint = {
      date: String(row.week),
      score: row.score === null ? null : Number(row.score),
      band: row.band === null ? null : (String(row.band) as Band),
    };
    const list = trends.get(id);
    if (list) list.push(point);
    else trends.set(id, [point]);
  }
  return trends;
}
