// What the Account screen, the Portfolio and the CLI read. Each reader first makes sure the
// stored snapshots match the current data, model, playbook and day.
import type { Database } from 'sql.js';
import { MEASURE_UNITS, backtest, explainTrend } from '../../shared/analytics/health';
import type { BacktestAccount } from '../../shared/analytics/health';
import type {
  Account,
  Contact,
  IsoDate,
  SurveyResponse,
  Ticket,
} from '../../shared/domain/entities';
import type {
  AccountOverview,
  HealthBacktest,
  PortfolioHealthRow,
  SnapshotSeries,
  TimelineKind,
  TimelinePage,
  UsageSeries,
  WeekExplanation,
} from '../../shared/ipc/contract';
import { getAccount } from '../db/repos/accounts';
import { selectAll } from '../db/repos/rows';
import { TABLES, rowToEntity } from '../db/tables';
import type { Workspace } from '../db/workspace';
import { loadAccountData, loadAccounts } from './load';
import { currentModel, modelVersions } from './model-store';
import { listNotes } from './note-store';
import { ensureHealthFresh } from './recompute';
import { readSnapshots, recentTrends } from './snapshot-store';
import { listTasks, openTaskCounts } from './task-store';
import { accountExperiments, accountRecordSources, pageTimeline, timelineItems } from './timeline';

const TREND_WEEKS = 12;

function snapshotsOf(db: Database, accountId: string) {
  return readSnapshots(db, accountId, modelVersions(db));
}

export function accountOverview(ws: Workspace, accountId: string, today: IsoDate): AccountOverview {
  ensureHealthFresh(ws, today);
  const account = getAccount(ws.db, accountId);
  const trend = recentTrends(ws.db, TREND_WEEKS).get(accountId) ?? [];
  const scored = trend.filter((p) => p.score !== null);
  const latest = scored.at(-1) ?? null;
  return {
    account,
    score: latest?.score ?? null,
    band: latest?.band ?? null,
    asOf: latest?.date ?? null,
    modelVersion: currentModel(ws.db).model.version,
    trend,
    openTasks: listTasks(ws.db, { accountId, status: 'open' }).length,
  };
}

export function snapshotSeries(ws: Workspace, accountId: string, today: IsoDate): SnapshotSeries {
  ensureHealthFresh(ws, today);
  getAccount(ws.db, accountId);
  const model = currentModel(ws.db).model;
  return {
    modelVersion: model.version,
    bands: model.bands,
    points: snapshotsOf(ws.db, accountId).map(({ date, score, band }) => ({ date, score, band })),
  };
}

export function explainWeek(
  ws: Workspace,
  accountId: string,
  date: IsoDate,
  today: IsoDate,
): WeekExplanation | null {
  ensureHealthFresh(ws, today);
  getAccount(ws.db, accountId);
  const models = modelVersions(ws.db);
  const trend = explainTrend(readSnapshots(ws.db, accountId, models), date);
  const snapshot = trend.snapshot;
  if (!snapshot) return null;
  const model = models.get(snapshot.modelVersion);
  const measures = new Map(model?.components.map((c) => [c.id, c.measure]) ?? []);
  return {
    accountId,
    date: snapshot.date,
    modelVersion: snapshot.modelVersion,
    score: snapshot.score,
    band: snapshot.band,
    components: snapshot.components.map((c) => {
      const measure = measures.get(c.id) ?? 'usage_vs_baseline';
      return { ...c, measure, unit: MEASURE_UNITS[measure] };
    }),
    missing: snapshot.missing,
    lastWeek: trend.lastWeek,
    lastQuarter: trend.lastQuarter,
  };
}

export function accountTimeline(
  ws: Workspace,
  query: { accountId: string; kinds?: TimelineKind[] | undefined; offset: number; limit: number },
  today: IsoDate,
): TimelinePage {
  ensureHealthFresh(ws, today);
  const account = getAccount(ws.db, query.accountId);
  const items = timelineItems({
    data: loadAccountData(ws.db, account),
    snapshots: snapshotsOf(ws.db, account.id),
    tasks: listTasks(ws.db, { accountId: account.id }),
    notes: listNotes(ws.db, account.id),
    experiments: accountExperiments(ws.db, account.id),
    ...accountRecordSources(ws.db, account.id),
  });
  return pageTimeline(items, query);
}

export function accountUsage(ws: Workspace, accountId: string): UsageSeries[] {
  getAccount(ws.db, accountId);
  const series = new Map<string, [IsoDate, number][]>();
  for (const row of selectAll(
    ws.db,
    'SELECT metric, date, value FROM usage_points WHERE account_id = ? ORDER BY metric, date',
    [accountId],
  )) {
    const metric = String(row.metric);
    const points = series.get(metric) ?? [];
    if (points.length === 0) series.set(metric, points);
    points.push([String(row.date), Number(row.value)]);
  }
  return [...series].map(([metric, points]) => ({ metric, points }));
}

function entitiesOf<T>(
  ws: Workspace,
  kind: 'surveys' | 'tickets' | 'contacts',
  accountId: string,
  order: string,
): T[] {
  getAccount(ws.db, accountId);
  const spec = TABLES[kind];
  return selectAll(ws.db, `SELECT * FROM ${spec.table} WHERE account_id = ? ORDER BY ${order}`, [
    accountId,
  ]).map((row) => rowToEntity<T>(spec, row));
}

export const accountSurveys = (ws: Workspace, accountId: string) =>
  entitiesOf<SurveyResponse>(ws, 'surveys', accountId, 'date DESC, id');
export const accountTickets = (ws: Workspace, accountId: string) =>
  entitiesOf<Ticket>(ws, 'tickets', accountId, 'opened_date DESC, id');
// Current contacts first, champions first among them; those who left follow.
export const accountContacts = (ws: Workspace, accountId: string) =>
  entitiesOf<Contact>(ws, 'contacts', accountId, 'end_date IS NOT NULL, is_champion DESC, name');

export function portfolioRows(ws: Workspace, today: IsoDate): PortfolioHealthRow[] {
  ensureHealthFresh(ws, today);
  const trends = recentTrends(ws.db, TREND_WEEKS);
  const open = openTaskCounts(ws.db);
  return loadAccounts(ws.db).map((account) => {
    const trend = trends.get(account.id) ?? [];
    const latest = trend.filter((p) => p.score !== null).at(-1);
    return {
      accountId: account.id,
      score: latest?.score ?? null,
      band: latest?.band ?? null,
      trend: trend.map((p) => p.score),
      openTasks: open.get(account.id) ?? 0,
    };
  });
}

/**
 * Churned accounts are judged at their churn date (churn record, else the end of their last
 * contract line); accounts still customers count as renewed as of today, the latest day we know
 * they stayed.
 */
function outcomes(db: Database, accounts: readonly Account[], today: IsoDate) {
  const churnDates = new Map(
    selectAll(
      db,
      'SELECT account_id, MAX(date) AS date FROM churn_records GROUP BY account_id',
    ).map((row) => [String(row.account_id), String(row.date)]),
  );
  const lastEnds = new Map(
    selectAll(
      db,
      'SELECT account_id, MAX(end_date) AS date FROM contract_lines GROUP BY account_id',
    ).map((row) => [String(row.account_id), row.date === null ? null : String(row.date)]),
  );
  const result: { account: Account; outcome: 'churned' | 'renewed'; date: IsoDate }[] = [];
  for (const account of accounts) {
    const churnDate =
      churnDates.get(account.id) ?? (account.churned ? lastEnds.get(account.id) : null);
    if (churnDate) result.push({ account, outcome: 'churned', date: churnDate });
    else if (!account.churned) result.push({ account, outcome: 'renewed', date: today });
  }
  return result;
}

export function backtestWorkspace(
  ws: Workspace,
  horizonDays: number,
  today: IsoDate,
): HealthBacktest {
  ensureHealthFresh(ws, today);
  const models = modelVersions(ws.db);
  const accounts: BacktestAccount[] = outcomes(ws.db, loadAccounts(ws.db), today).map((o) => ({
    accountId: o.account.id,
    outcome: o.outcome,
    outcomeDate: o.date,
    snapshots: readSnapshots(ws.db, o.account.id, models),
  }));
  return { ...backtest(accounts, horizonDays), modelVersion: currentModel(ws.db).model.version };
}
