// Recomputes every account's weekly snapshots over its whole history with the current model,
// then evaluates the playbook as of today. Runs after imports, undo and model or playbook edits;
// readers call ensureHealthFresh so a workspace is never shown stale scores.
import type { Database } from 'sql.js';
import { evaluateTriggers, weeklySnapshots } from '../../shared/analytics/health';
import type { AccountData, HealthModel, Playbook } from '../../shared/analytics/health';
import type { IsoDate } from '../../shared/domain/entities';
import type { RecomputeSummary } from '../../shared/ipc/contract';
import { selectAll, selectValue } from '../db/repos/rows';
import type { Workspace } from '../db/workspace';
import type { Services } from '../services';
import { forEachAccountData } from './load';
import { currentModel } from './model-store';
import { getPlaybook } from './playbook-store';
import { insertSnapshots } from './snapshot-store';
import { readState, writeState } from './state-store';
import { insertTasks, taskKeys } from './task-store';

/**
 * When each churned account's relationship ended: its churn record, else its last contract end.
 * An account that churned and came back is not churned, so its history runs on to today.
 */
function churnDates(db: Database): Map<string, IsoDate> {
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
): { from: IsoDate; to: IsoDate } | null {
  const from =
    data.account.signupDate ??
    earliest([
      earliest((data.contracts ?? []).map((c) => c.startDate)),
      earliest((data.usage ?? []).map((u) => u.date)),
      earliest((data.events ?? []).map((e) => e.date)),
    ]);
  const to = endedOn !== undefined && endedOn < today ? endedOn : today;
  return from === null || from > to ? null : { from, to };
}

function computeAll(
  db: Database,
  model: HealthModel,
  playbook: Playbook,
  today: IsoDate,
): RecomputeSummary {
  const ended = churnDates(db);
  db.run('DELETE FROM health_snapshots');
  let snapshots = 0;
  let tasksCreated = 0;
  const accounts = forEachAccountData(db, (data) => {
    const span = historySpan(data, ended.get(data.account.id), today);
    const series = span ? weeklySnapshots(model, data, span.from, span.to) : [];
    insertSnapshots(db, data.account.id, series);
    snapshots += series.length;
    const tasks = evaluateTriggers(
      playbook,
      { data, snapshots: series },
      today,
      taskKeys(db, data.account.id),
    );
    tasksCreated += insertTasks(db, tasks);
  });
  return { accounts, snapshots, tasksCreated, modelVersion: model.version };
}

/** What the stored snapshots depend on: the data (imports and undos), model, playbook and day. */
function fingerprint(db: Database, model: HealthModel, playbook: Playbook, today: IsoDate) {
  const batches = String(
    selectValue(db, "SELECT COALESCE(MAX(id), 0) || ':' || COUNT(undone_at) FROM import_batches") ??
      '0:0',
  );
  return `${batches}|m${model.version}|p${playbook.version}|${today}`;
}

export function recomputeHealth(ws: Workspace, today: IsoDate): RecomputeSummary {
  return ws.transaction(() => {
    const model = currentModel(ws.db).model;
    const playbook = getPlaybook(ws.db);
    const summary = computeAll(ws.db, model, playbook, today);
    writeState(ws.db, 'computed_fingerprint', fingerprint(ws.db, model, playbook, today));
    return summary;
  });
}

/** Recomputes only when data, model, playbook or the day changed since the last computation. */
export function ensureHealthFresh(ws: Workspace, today: IsoDate): RecomputeSummary | null {
  const model = currentModel(ws.db).model;
  const playbook = getPlaybook(ws.db);
  if (readState(ws.db, 'computed_fingerprint') === fingerprint(ws.db, model, playbook, today))
    return null;
  return recomputeHealth(ws, today);
}

/** The hook for after an import commit or undo: rescore the open workspace as of today. */
export function recomputeAfterDataChange(services: Services): RecomputeSummary {
  return recomputeHealth(
    services.workspaces.require(),
    services.clock.now().toISOString().slice(0, 10),
  );
}
