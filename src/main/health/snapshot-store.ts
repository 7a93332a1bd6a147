// Weekly snapshots on disk. A row keeps the score, the band and each component's value under its
// model version; sub-scores, weights and contributions are rebuilt from that model on reading.
import type { Database, SqlValue } from 'sql.js';
import { effectiveWeightOf, mapToSubScore } from '../../shared/analytics/health';
import type { Mapping } from '../../shared/analytics/health';
import type {
  Band,
  ComponentScore,
  HealthModel,
  HealthSnapshot,
  ScoreParts,
  TriggerSnapshot,
} from '../../shared/analytics/health';
import type { IsoDate } from '../../shared/domain/entities';
import type { HealthTrendPoint } from '../../shared/ipc/contract';
import { selectAll } from '../db/repos/rows';
import type { Statements } from '../db/statements';

/**
 * A component's value, null when its data is missing, or "stale" when its feed had ended. The
 * sub-score is the model's mapping of the value, so it is not stored: a recompute writes every
 * account's every week, and a second number per component was a tenth of its time and a fifth
 * of the workspace. Weeks written before hold [value, subScore] pairs, or [null, null, 1] when
 * stale, and are read as they are: rewriting them all as a workspace opens would hold it for
 * seconds per 100,000 weeks, and a recompute replaces them in time.
 */
type StoredComponent = number | null | 'stale' | [number | null, number | null, 1?];

// Six decimals are far below anything a CSM reads, and keep 200,000 rows of JSON small.
const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1e6) / 1e6;

const jsonNumber = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? 'null' : String(value);

function encodeComponent(value: number | null, stale: boolean): string {
  return stale ? '"stale"' : jsonNumber(round(value));
}

/**
 * The JSON.stringify of the stored components, written out by hand: a recompute writes every
 * account's every week, and building arrays only to serialise them was a tenth of it.
 */
export function encodeComponents(snapshot: HealthSnapshot): string {
  return `[${snapshot.components.map((c) => encodeComponent(c.value, c.stale === true)).join(',')}]`;
}

/** encodeComponents of a score's parts (what a recompute has, see eachWeeklyScore). */
export function encodeParts(parts: ScoreParts): string {
  // Pieces joined once: concatenating as it goes left a chain of partial strings per week.
  const pieces = new Array<string>(parts.values.length);
  for (let i = 0; i < pieces.length; i++)
    pieces[i] = encodeComponent(parts.values[i] ?? null, parts.stale[i] === true);
  return `[${pieces.join(',')}]`;
}

/** A stored component's value and sub-score (see StoredComponent), and whether it was stale. */
function readComponent(stored: StoredComponent | undefined, mapping: Mapping) {
  if (Array.isArray(stored))
    return { value: stored[0] ?? null, subScore: stored[1] ?? null, stale: stored[2] === 1 };
  const value = typeof stored === 'number' ? stored : null;
  return {
    value,
    subScore: value === null ? null : mapToSubScore(mapping, value),
    stale: stored === 'stale',
  };
}

/**
 * The components of a stored week under the model it was scored with. The sub-score is mapped
 * from the value as stored (to six decimals), so the explanation agrees with the value it shows.
 */
export function decodeComponents(model: HealthModel, json: string): ComponentScore[] {
  const stored = JSON.parse(json) as StoredComponent[];
  const read = model.components.map((component, i) => readComponent(stored[i], component.mapping));
  let presentWeight = 0;
  model.components.forEach((component, i) => {
    if (read[i]?.subScore != null) presentWeight += component.weight;
  });
  return model.components.map((component, i): ComponentScore => {
    const { value, subScore, stale } = read[i]!;
    const missing = subScore === null;
    const effectiveWeight = effectiveWeightOf(component.weight, subScore, presentWeight);
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

/** A week as stored: its score, band and encoded components (see encodeParts). */
export interface StoredWeek extends TriggerSnapshot {
  components: string;
}

/** One account's newly computed weeks, replacing its stored ones from `from` on (all if null). */
export interface AccountWeeks {
  accountId: string;
  from: IsoDate | null;
  modelVersion: number;
  weeks: readonly StoredWeek[];
  /**
   * Whether weeks stored from `from` on lie outside the new ones, when known (from the weeks the
   * last recompute kept): an incremental recompute then spares a look into each account's rows.
   */
  storedOutside?: boolean | undefined;
}

// An account's weeks go in many to a statement: its weeks, bands and components written back to
// back in one text, bound once, and per week four numbers: the score, where its text starts, and
// how long its band and its components are. Every value bound is a few calls into WebAssembly,
// and a string or blob also an allocation and a copy: binding six per row (a statement per row, as
// at first) cost more than SQLite's writing, and a packed text per row still cost a third of it.
// (JSON unpacked by json_each, as imports write, was slower: SQLite parses each row's array once
// per column it reads.) The text is bound as a blob so that substr counts bytes: on text it counts
// characters from the start each time. A week already stored is updated where it is rather than
// deleted and inserted again: SQLite then overwrites a row of the same size in place, which most
// rescored weeks are (15-20% of a full recompute).
const WEEKS_PER_INSERT = 1000;
const DATE_LENGTH = 10;

function upsertSql(weeks: number): string {
  const rows = Array.from({ length: weeks }, (_, i) => {
    const at = 4 + 4 * i;
    return `(?${at}, ?${at + 1}, ?${at + 2}, ?${at + 3})`;
  });
  // column2 is where the week's text starts in ?3: its date, its band (empty when null), then
  // its components; column3 and column4 are their lengths. "WHERE true" tells the parser the ON
  // CONFLICT belongs to the INSERT, not to a join.
  return `INSERT INTO health_snapshots
    (account_id, week, model_version, score, band, components)
    SELECT ?1, CAST(substr(?3, column2, ${DATE_LENGTH}) AS TEXT), ?2, column1,
      nullif(CAST(substr(?3, column2 + ${DATE_LENGTH}, column3) AS TEXT), ''),
      CAST(substr(?3, column2 + ${DATE_LENGTH} + column3, column4) AS TEXT)
    FROM (VALUES ${rows.join(', ')}) WHERE true
    ON CONFLICT (account_id, week) DO UPDATE SET model_version = excluded.model_version,
      score = excluded.score, band = excluded.band, components = excluded.components`;
}

/** The statement's values for a run of one account's weeks (see upsertSql). */
function upsertValues(
  accountId: string,
  modelVersion: number,
  weeks: readonly StoredWeek[],
): SqlValue[] {
  const values: SqlValue[] = [accountId, modelVersion, null];
  const texts = new Array<string>(weeks.length);
  let at = 1;
  for (let i = 0; i < weeks.length; i++) {
    const { date, score, band, components } = weeks[i] as StoredWeek;
    if (date.length !== DATE_LENGTH) throw new Error(`Not a week's date: ${date}`);
    const text = `${date}${band ?? ''}${components}`;
    values.push(score, at, text.length - DATE_LENGTH - components.length, components.length);
    texts[i] = text;
    at += text.length;
  }
  const bytes = utf8.encode(texts.join(''));
  // Offsets count characters, substr on a blob bytes: the same while all of it is ASCII, as
  // dates, bands and JSON numbers are.
  if (bytes.length !== at - 1) throw new Error('Snapshot text is not ASCII');
  values[2] = bytes;
  return values;
}

// The stored weeks from a day on that the new ones do not cover (all of them when there are
// none): the new weeks are every Monday from the first to the last, so those outside that span.
const REMOVE_UNCOVERED_SQL = `DELETE FROM health_snapshots
  WHERE account_id = ?1 AND week >= ?2 AND (?3 IS NULL OR week < ?3 OR week > ?4)`;

/**
 * Replaces the accounts' stored snapshots from each one's `from` on with those computed, with
 * statements the caller keeps for its runs of accounts.
 */
export function replaceSnapshots(statements: Statements, accounts: readonly AccountWeeks[]): void {
  const remove = statements.get(REMOVE_UNCOVERED_SQL);
  for (const { accountId, from, modelVersion, weeks, storedOutside } of accounts) {
    if (storedOutside !== false)
      remove.run([accountId, from ?? '', weeks[0]?.date ?? null, weeks.at(-1)?.date ?? null]);
    for (let at = 0; at < weeks.length; at += WEEKS_PER_INSERT) {
      const part = weeks.slice(at, at + WEEKS_PER_INSERT);
      statements.get(upsertSql(part.length)).run(upsertValues(accountId, modelVersion, part));
    }
  }
}

// The accounts with stored weeks, found by a seek per account from one to the next in the key
// (SQLite does not skip through a key by itself): a NOT IN over every row scanned all 210,000
// weeks of the bench's book, 42 ms at the end of each full recompute, against 5 ms.
const REMOVE_GONE_SQL = `DELETE FROM health_snapshots WHERE account_id IN (
    WITH RECURSIVE stored(id) AS (
      SELECT MIN(account_id) FROM health_snapshots
      UNION ALL
      SELECT (SELECT MIN(account_id) FROM health_snapshots WHERE account_id > stored.id)
      FROM stored WHERE stored.id IS NOT NULL)
    SELECT id FROM stored WHERE id IS NOT NULL AND id NOT IN (SELECT id FROM accounts))`;

/** Removes the stored weeks of accounts no longer in the workspace. */
export function removeGoneAccounts(db: Database): void {
  db.run(REMOVE_GONE_SQL);
}

// Each account's latest weeks before its day (at most ?2, all with -1) as one JSON array; the
// accounts come as one JSON object of id to day (see readRecentUsage).
const TRENDS_SQL = `SELECT w.key, (
    SELECT json_group_array(json_array(week, score, band)) FROM (
      SELECT week, score, band FROM health_snapshots
      WHERE account_id = w.key AND week < w.value
      ORDER BY week DESC LIMIT ?2))
  FROM json_each(?1) w`;

/** An account's stored weeks before a date, oldest first: what its triggers read of them. */
export interface StoredTrend {
  weeks: TriggerSnapshot[];
  /** False when there are earlier weeks than those read (see storedTrends' `latest`). */
  complete: boolean;
}

/**
 * Each account's stored weeks before its date, oldest first: all of them, or the `latest` few
 * (most triggers look back a few weeks; a streak that runs further is read again in full).
 */
export function storedTrends(
  db: Database,
  before: ReadonlyMap<string, IsoDate>,
  latest = Infinity,
): Map<string, StoredTrend> {
  const trends = new Map<string, StoredTrend>();
  if (before.size === 0) return trends;
  const stmt = db.prepare(TRENDS_SQL);
  try {
    // One week more than asked for tells whether there are earlier ones.
    stmt.bind([
      JSON.stringify(Object.fromEntries(before)),
      Number.isFinite(latest) ? latest + 1 : -1,
    ]);
    while (stmt.step()) {
      const [id, read] = stmt.get();
      const weeks = (JSON.parse(String(read)) as [string, number | null, Band | null][])
        .map(([date, score, band]): TriggerSnapshot => ({ date, score, band }))
        .sort((a, b) => (a.date < b.date ? -1 : 1));
      const complete = weeks.length <= latest;
      trends.set(String(id), { weeks: complete ? weeks : weeks.slice(1), complete });
    }
  } finally {
    stmt.free();
  }
  return trends;
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
