// Weekly snapshots on disk. A row keeps the score, the band and [value, subScore] per component
// of its model version; weights and contributions are rebuilt from that model on reading.
import type { Database } from 'sql.js';
import type {
  Band,
  ComponentScore,
  HealthModel,
  HealthSnapshot,
  TriggerSnapshot,
} from '../../shared/analytics/health';
import type { IsoDate } from '../../shared/domain/entities';
import type { HealthTrendPoint } from '../../shared/ipc/contract';
import { selectAll } from '../db/repos/rows';

/** [value, subScore], with a third element 1 when the component was stale (its feed ended). */
type StoredComponent = [number | null, number | null] | [null, null, 1];

// Six decimals are far below anything a CSM reads, and keep 200,000 rows of JSON small.
const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1e6) / 1e6;

const jsonNumber = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? 'null' : String(value);

/**
 * The JSON.stringify of the stored components, written out by hand: a recompute writes every
 * account's every week, and building nested arrays only to serialise them was a tenth of it.
 */
export function encodeComponents(snapshot: HealthSnapshot): string {
  let out = '[';
  for (const c of snapshot.components) {
    if (out.length > 1) out += ',';
    out += c.stale
      ? '[null,null,1]'
      : `[${jsonNumber(round(c.value))},${jsonNumber(round(c.subScore))}]`;
  }
  return out + ']';
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

const utf8 = new TextEncoder();

/**
 * Writes snapshots through one single-row INSERT, prepared for this call and reused for every
 * row: binding a row costs a few calls into sql.js, while preparing a statement of many rows
 * for each account cost more than storing them. The components go in as UTF-8 bytes cast back
 * to TEXT (the same stored value as binding the string): sql.js copies a string into its heap
 * one character at a time in JavaScript, bytes in one native copy.
 */
export function insertSnapshots(
  db: Database,
  accountId: string,
  snapshots: readonly HealthSnapshot[],
): void {
  if (snapshots.length === 0) return;
  const insert = db.prepare(
    'INSERT OR REPLACE INTO health_snapshots (account_id, week, model_version, score, band, components) VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))',
  );
  try {
    for (const s of snapshots)
      insert.run([
        accountId,
        s.date,
        s.modelVersion,
        s.score,
        s.band,
        utf8.encode(encodeComponents(s)),
      ]);
  } finally {
    insert.free();
  }
}

/** An account's stored weeks before `before`, oldest first: what its triggers read of them. */
export function storedTrend(db: Database, accountId: string, before: IsoDate): TriggerSnapshot[] {
  const trend: TriggerSnapshot[] = [];
  const stmt = db.prepare(
    'SELECT week, score, band FROM health_snapshots WHERE account_id = ? AND week < ? ORDER BY week',
  );
  try {
    stmt.bind([accountId, before]);
    while (stmt.step()) {
      const [week, score, band] = stmt.get();
      trend.push({
        date: String(week),
        score: score === null ? null : Number(score),
        band: band === null ? null : (String(band) as Band),
      });
    }
  } finally {
    stmt.free();
  }
  return trend;
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
