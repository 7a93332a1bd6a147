// Recomputes every account's weekly snapshots over its whole history with the current model,
// then evaluates the playbook as of today. Runs after imports, undo and model or playbook edits;
// readers call ensureHealthFresh so a workspace is never shown stale scores.
import type { Database } from 'sql.js';
import {
  evaluateTriggers,
  fromDay,
  eachWeeklyScore,
  toDay,
  triggersReadSnapshotsBefore,
  triggersReadUsageBefore,
  usageLookbackDays,
} from '../../shared/analytics/health';
import type { DayNumber } from '../../shared/analytics/health';
import type {
  AccountData,
  HealthModel,
  Playbook,
  PlaybookTask,
} from '../../shared/analytics/health';
import type { IsoDate } from '../../shared/domain/entities';
import type { RecomputeSummary } from '../../shared/ipc/contract';
import { selectAll, selectValue } from '../db/repos/rows';
import { Statements } from '../db/statements';
import type { Workspace } from '../db/workspace';
import { changedWeeks, importedSince, knownMetrics, recordComputedFrom } from './changes';
import { accountReader, withAllUsage } from './load';
import { currentModel } from './model-store';
import { getPlaybook } from './playbook-store';
import { encodeParts, removeGoneAccounts, replaceSnapshots, storedTrends } from './snapshot-store';
import type { AccountWeeks, StoredTrend, StoredWeek } from './snapshot-store';
import {
  CarryOver,
  leaveCarryOver,
  storedOutside,
  takeCarryOver,
  trendAfter,
  trendBefore,
} from './carry-over';
import { readState, writeState } from './state-store';
import { allTaskKeys, insertTasks } from './task-store';

/**
 * When each churned account's relationship ended: its churn record, else its last contract end.
 * An account that churned and came back is not churned, so its history runs on to today.
 */
export function churnDates(db: Database): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const row of selectAll(
    db,
    `SELECT r.account_id, MAX(r.date) AS date FROM churn_records r
     JOIN accounts a ON a.id = r.account_id AND a.churned = 1
     GROUP BY r.account_id`,
  ))
    dates.set(String(row.account_id), String(row.date));
  for (const row of selectAll(
    db,
    `SELECT c.account_id, MAX(c.end_date) AS date FROM contract_lines c
     JOIN accounts a ON a.id = c.account_id AND a.churned = 1
     GROUP BY c.account_id`,
  )) {
    const id = String(row.account_id);
    if (!dates.has(id) && row.date !== null) dates.set(id, String(row.date));
  }
  return dates;
}

function earliest(dates: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const date of dates) if (date && (first === null || date < first)) first = date;
  return first;
}

/** The span an account's snapshots cover: its start to its churn or today; null without data. */
export function historySpan(
  data: AccountData,
  endedOn: IsoDate | undefined,
  today: IsoDate,
  firstUsage: IsoDate | null = earliest((data.usage ?? []).map((u) => u.date)),
): { from: IsoDate; to: IsoDate } | null {
  const from =
    data.account.signupDate ??
    earliest([
      earliest((data.contracts ?? []).map((c) => c.startDate)),
      firstUsage,
      earliest((data.events ?? []).map((e) => e.date)),
    ]);
  const to = endedOn !== undefined && endedOn < today ? endedOn : today;
  return from === null || from > to ? null : { from, to };
}

/**
 * Stored weeks an incremental recompute reads before the first it rescores: what the playbook's
 * triggers look back over unless a streak runs longer (then that account's are read in full).
 */
const RECENT_TREND_WEEKS = 26;

/**
 * Days of usage kept in memory for the next recompute (see carry-over.ts) beyond what scoring
 * today looks back over, so that an import reaching a few weeks back is still served from it.
 */
const KEPT_SLACK_DAYS = 28;

/**
 * A run of accounts' stored weeks before each one's changed day, the latest RECENT_TREND_WEEKS:
 * from what the last recompute kept where it tells, else from the file.
 */
function trendsBefore(
  db: Database,
  run: readonly { id: string }[],
  changed: ReadonlyMap<string, DayNumber>,
  last: CarryOver | null,
): Map<string, StoredTrend> {
  const trends = new Map<string, StoredTrend>();
  const unread = new Map<string, IsoDate>();
  for (const { id } of run) {
    const before = fromDay(changed.get(id) as DayNumber);
    const kept = last?.trendOf(id);
    const trend = kept && trendBefore(kept, before, RECENT_TREND_WEEKS);
    if (trend) trends.set(id, trend);
    else unread.set(id, before);
  }
  for (const [id, trend] of storedTrends(db, unread, RECENT_TREND_WEEKS)) trends.set(id, trend);
  return trends;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Accounts per run when the driver does not say (see recomputeSteps). */
export const ACCOUNTS_PER_RUN = 32;

/**
 * Replaces a run of accounts' snapshots and evaluates their triggers per step (yielding the
 * number of accounts done), then drops scores of accounts that are gone and records what the
 * snapshots were computed from. The driver decides where transactions begin and end: all at once
 * (recomputeHealth) or a slice at a time between other work (HealthRefresher). A run is
 * `firstRun` accounts, then as many as the driver passes to next(): one statement reads a run's
 * usage (and its stored trends), so longer runs cost less, and the driver that must not hold the
 * process long sizes them to its time left.
 *
 * With `changed` (see changedWeeks), only the accounts it names are scored, each from the first
 * day whose week can differ: the weeks before keep their stored snapshots, and the usage read
 * is what the weeks from that day on (and today's triggers) look back over.
 */
export function* recomputeSteps(
  db: Database,
  model: HealthModel,
  playbook: Playbook,
  today: IsoDate,
  changed?: ReadonlyMap<string, DayNumber>,
  firstRun = ACCOUNTS_PER_RUN,
): Generator<number, RecomputeSummary, number | undefined> {
  const ended = churnDates(db);
  const todayDay = toDay(today);
  const lookback = usageLookbackDays(model.components);
  const usageFrom =
    changed && new Map([...changed].map(([id, day]) => [id, Math.min(day, todayDay) - lookback]));
  // A full recompute sees every metric; an incremental one reads those known to be there.
  const metrics = new Set(changed ? knownMetrics(db) : []);
  let accounts = 0;
  let snapshots = 0;
  let tasksCreated = 0;
  // What the last recompute kept serves an incremental one, which passes it on with the
  // accounts it rescored replaced; a full recompute starts it afresh.
  const record = readState(db, 'computed_from');
  const left = takeCarryOver(db, record, lookback);
  const last = changed ? (left?.carry ?? null) : null;
  const next = last ?? new CarryOver(lookback);
  const knownTasks = last?.taskKeys ?? allTaskKeys(db);
  const reader = accountReader(db, usageFrom, [...metrics], {
    last,
    imported: last && importedSince(db, record, left?.imported ?? null),
    next,
    keepFrom: todayDay - lookback - KEPT_SLACK_DAYS,
  });
  let size = firstRun;
  const statements = new Statements(db);
  try {
    while (accounts < reader.accounts.length) {
      const run = reader.accounts.slice(accounts, accounts + size);
      const trends = changed
        ? trendsBefore(db, run, changed, last)
        : new Map<string, StoredTrend>();
      const written: AccountWeeks[] = [];
      const tasks: PlaybookTask[] = [];
      // Each account is scored and judged before the next is indexed, so a run holds one index.
      for (const index of reader.read(run)) {
        if (!changed) for (const name of index.usage?.byMetric.keys() ?? []) metrics.add(name);
        const id = index.data.account.id;
        const from = changed?.get(id);
        const firstUsage = index.usage?.firstDay;
        const span = historySpan(
          index.data,
          ended.get(id),
          today,
          firstUsage == null ? null : fromDay(firstUsage),
        );
        const weeks: StoredWeek[] = [];
        if (span) {
          const first = Math.max(toDay(span.from), from ?? -Infinity);
          eachWeeklyScore(model, index, first, toDay(span.to), (date, parts) =>
            weeks.push({
              date,
              score: parts.score,
              band: parts.band,
              components: encodeParts(parts),
            }),
          );
        }
        const stored = from === undefined ? undefined : last?.trendOf(id);
        written.push({
          accountId: id,
          from: from === undefined ? null : fromDay(from),
          modelVersion: model.version,
          weeks,
          storedOutside: stored && storedOutside(stored, fromDay(from as DayNumber), weeks),
        });
        snapshots += weeks.length;
        const trend = trends.get(id);
        next.keepTrend(id, trendAfter(trend ?? { weeks: [], complete: true }, weeks));
        const input = {
          data: index.data,
          snapshots: from === undefined ? weeks : [...(trend?.weeks ?? []), ...weeks],
          index,
        };
        // A low-usage streak running back past the usage read is judged on the whole history,
        // and a streak running back past the weeks read on all of them.
        if (from !== undefined) {
          if (triggersReadUsageBefore(playbook, input, today, Math.min(from, todayDay)))
            input.index = withAllUsage(db, index);
          if (trend && !trend.complete && triggersReadSnapshotsBefore(playbook, input, today))
            input.snapshots = [
              ...(storedTrends(db, new Map([[id, fromDay(from)]])).get(id)?.weeks ?? []),
              ...weeks,
            ];
        }
        const raised = evaluateTriggers(playbook, input, today, knownTasks.get(id) ?? NO_KEYS);
        if (raised.length > 0) {
          const keys = knownTasks.get(id) ?? new Set<string>();
          for (const task of raised) keys.add(task.key);
          knownTasks.set(id, keys);
          tasks.push(...raised);
        }
      }
      replaceSnapshots(statements, written);
      tasksCreated += insertTasks(statements, tasks);
      accounts += run.length;
      size = Math.max(1, (yield accounts) ?? size);
    }
  } finally {
    statements.free();
  }
  // Accounts only go with an import of accounts, after which everything is recomputed.
  if (!changed) removeGoneAccounts(db);
  writeState(db, 'computed_fingerprint', fingerprint(db, model.version, playbook.version, today));
  next.keepTaskKeys(knownTasks);
  leaveCarryOver(db, recordComputedFrom(db, model, playbook, today, metrics), next);
  return { accounts, snapshots, tasksCreated, modelVersion: model.version };
}

/** What the stored snapshots depend on: the data (imports and undos), model, playbook and day. */
function fingerprint(db: Database, modelVersion: number, playbookVersion: number, today: IsoDate) {
  const batches = String(
    selectValue(db, "SELECT COALESCE(MAX(id), 0) || ':' || COUNT(undone_at) FROM import_batches") ??
      '0:0',
  );
  return `${batches}|m${modelVersion}|p${playbookVersion}|${today}`;
}

/**
 * The fingerprint scores would be computed with now, from the versions alone: reading the model
 * and playbook themselves (healthInputs) parses and validates both, which the background
 * recompute did after every slice of 40 ms to see whether it had gone stale.
 */
export function currentFingerprint(db: Database, today: IsoDate): string {
  const model = Number(selectValue(db, 'SELECT MAX(version) FROM health_models') ?? 0);
  const playbook = Number(readState(db, 'playbook_version') ?? 1);
  return fingerprint(db, model, playbook, today);
}

/** The model and playbook scores would be computed with now, and the fingerprint they give. */
export function healthInputs(db: Database, today: IsoDate) {
  const model = currentModel(db).model;
  const playbook = getPlaybook(db);
  return { model, playbook, fingerprint: fingerprint(db, model.version, playbook.version, today) };
}

export function isHealthFresh(db: Database, today: IsoDate): boolean {
  return readState(db, 'computed_fingerprint') === currentFingerprint(db, today);
}

/**
 * Recomputes in one transaction (the CLI, tests, and benchmarks): every account, or with
 * `changed` only the weeks it names (see recomputeSteps).
 */
export function recomputeHealth(
  ws: Workspace,
  today: IsoDate,
  changed?: ReadonlyMap<string, DayNumber>,
  inputs: { model: HealthModel; playbook: Playbook } = healthInputs(ws.db, today),
): RecomputeSummary {
  return ws.transaction(() => {
    const steps = recomputeSteps(ws.db, inputs.model, inputs.playbook, today, changed);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * Recomputes only when data, model, playbook or the day changed since the last computation,
 * and then only the weeks that can have changed when that is known (see changedWeeks).
 * The app's handlers await HealthRefresher first, so there this finds the snapshots fresh.
 */
export function ensureHealthFresh(ws: Workspace, today: IsoDate): RecomputeSummary | null {
  if (isHealthFresh(ws.db, today)) return null;
  const inputs = healthInputs(ws.db, today);
  const changed = changedWeeks(ws.db, inputs.model, inputs.playbook, today) ?? undefined;
  return recomputeHealth(ws, today, changed, inputs);
}
