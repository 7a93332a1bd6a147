// What the Account screen, the Portfolio and the CLI read. Each reader first makes sure the
// stored snapshots match the current data, model, playbook and day.
import type { Database } from 'sql.js';
import {
  MEASURE_UNITS,
  backtest,
  explainTrend,
  indexAccountData,
  surveyAnswers,
  toDay,
  weeklySnapshots,
} from '../../shared/analytics/health';
import type { AccountIndex } from '../../shared/analytics/health';
import { surveySample } from '../../shared/domain/sample-size';
import type {
  BacktestAccount,
  BacktestResult,
  HealthModel,
  HealthSnapshot,
} from '../../shared/analytics/health';
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
  UsageSeries,
  WeekExplanation,
} from '../../shared/ipc/contract';
import { getAccount } from '../db/repos/accounts';
import { selectAll } from '../db/repos/rows';
import { TABLES, rowToEntity } from '../db/tables';
import type { Workspace } from '../db/workspace';
import { eachAccountData, loadAccountData, loadAccounts } from './load';
import { currentModel, modelVersions } from './model-store';
import { churnDates, ensureHealthFresh, historySpan } from './recompute';
import { readSnapshots, recentTrends } from './snapshot-store';
import { listTasks, openTaskCounts } from './task-store';

const TREND_WEEKS = 12;

/** An index with no survey data, to ask which measures are survey averages at all. */
const EMPTY_INDEX = { nps: null, csat: null } as AccountIndex;

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
  const account = getAccount(ws.db, accountId);
  const models = modelVersions(ws.db);
  const trend = explainTrend(readSnapshots(ws.db, accountId, models), date);
  const snapshot = trend.snapshot;
  if (!snapshot) return null;
  const model = models.get(snapshot.modelVersion);
  const byId = new Map(model?.components.map((c) => [c.id, c]) ?? []);
  // Survey averages carry their number of answers: "NPS 2" from two answers is not a headline.
  const surveyed = [...byId.values()].some(
    (c) => surveyAnswers(EMPTY_INDEX, c.measure, 0, {}) !== null,
  );
  const index = surveyed ? indexAccountData(loadAccountData(ws.db, account)) : null;
  const day = toDay(snapshot.date);
  return {
    accountId,
    date: snapshot.date,
    modelVersion: snapshot.modelVersion,
    score: snapshot.score,
    band: snapshot.band,
    components: snapshot.components.map((c) => {
      const component = byId.get(c.id);
      const measure = component?.measure ?? 'usage_vs_baseline';
      const answers =
        index && component && !c.stale
          ? surveyAnswers(index, measure, day, component.params ?? {})
          : null;
      return {
        ...c,
        measure,
        unit: MEASURE_UNITS[measure],
        ...(answers === null ? {} : { answers, tooFewAnswers: surveySample(answers).tooFew }),
      };
    }),
    missing: snapshot.missing,
    lastWeek: trend.lastWeek,
    lastQuarter: trend.lastQuarter,
  };
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
 * Each account's latest outcome as of the as-of date. Churned accounts are judged at their churn
 * date (the latest churn record on or before the as-of date, else the end of their last contract
 * line); an account that churned and came back (still a customer, or a paying line starting after
 * the churn) counts as renewed; customers count as renewed at the as-of date, the latest day the
 * data say they stayed. Nothing here reads the clock, so the backtest is the same whatever day
 * it runs.
 */
function outcomes(db: Database, accounts: readonly Account[], asOf: IsoDate) {
  const dates = (sql: string) =>
    new Map(
      selectAll(db, sql, [asOf]).map((row) => [
        String(row.account_id),
        row.date === null ? null : String(row.date),
      ]),
    );
  const churnDates = dates(
    'SELECT account_id, MAX(date) AS date FROM churn_records WHERE date <= ? GROUP BY account_id',
  );
  const lastEnds = dates(
    'SELECT account_id, MAX(end_date) AS date FROM contract_lines WHERE end_date <= ? GROUP BY account_id',
  );
  const lastPaidStarts = dates(
    'SELECT account_id, MAX(start_date) AS date FROM contract_lines WHERE is_trial = 0 AND start_date <= ? GROUP BY account_id',
  );
  const result: { account: Account; outcome: 'churned' | 'renewed'; date: IsoDate }[] = [];
  for (const account of accounts) {
    const start = account.signupDate;
    if (start !== null && start > asOf) continue; // not yet a customer on the as-of date
    const churnDate =
      churnDates.get(account.id) ?? (account.churned ? lastEnds.get(account.id) : null);
    const restart = lastPaidStarts.get(account.id);
    const cameBack =
      churnDate != null && (!account.churned || (restart != null && restart > churnDate));
    if (churnDate && !cameBack) result.push({ account, outcome: 'churned', date: churnDate });
    else if (!account.churned || cameBack) result.push({ account, outcome: 'renewed', date: asOf });
  }
  return result;
}

function backtestAccounts(
  db: Database,
  asOf: IsoDate,
  snapshotsFor: (account: Account) => HealthSnapshot[],
): BacktestAccount[] {
  return outcomes(db, loadAccounts(db), asOf).map((o) => ({
    accountId: o.account.id,
    outcome: o.outcome,
    outcomeDate: o.date,
    snapshots: snapshotsFor(o.account),
  }));
}

export function backtestWorkspace(
  ws: Workspace,
  horizonDays: number,
  asOf: IsoDate,
): HealthBacktest {
  ensureHealthFresh(ws, asOf);
  const models = modelVersions(ws.db);
  const accounts = backtestAccounts(ws.db, asOf, (a) => readSnapshots(ws.db, a.id, models));
  return {
    ...backtest(accounts, horizonDays),
    asOf,
    modelVersion: currentModel(ws.db).model.version,
  };
}

/**
 * The backtest of a model the CSM is editing, before it is saved: every account scored afresh
 * with it over the same history, in memory, nothing written.
 */
export function backtestWhatIf(
  ws: Workspace,
  model: HealthModel,
  horizonDays: number,
  asOf: IsoDate,
): BacktestResult & { asOf: IsoDate } {
  const ended = churnDates(ws.db);
  const byId = new Map<string, HealthSnapshot[]>();
  for (const data of eachAccountData(ws.db)) {
    const span = historySpan(data, ended.get(data.account.id), asOf);
    byId.set(data.account.id, span ? weeklySnapshots(model, data, span.from, span.to) : []);
  }
  const accounts = backtestAccounts(ws.db, asOf, (a) => byId.get(a.id) ?? []);
  return { ...backtest(accounts, horizonDays), asOf };
}
