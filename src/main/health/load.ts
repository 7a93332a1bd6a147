// Reads the workspace tables into the engine's AccountData. A kind with no rows in the whole
// workspace stays undefined (its components are missing); a kind that exists but has nothing
// for this account is an empty list (a real zero, e.g. no tickets).
import type { Database } from 'sql.js';
import type {
  Account,
  Contact,
  ContractLine,
  SurveyResponse,
  Ticket,
  TimelineEvent,
  UsagePoint,
} from '../../shared/domain/entities';
import { indexAccountData, indexUsageColumns } from '../../shared/analytics/health';
import type { AccountData, AccountIndex, UsageColumns } from '../../shared/analytics/health';
import type { StaleSource } from '../../shared/analytics/health/accountIndex';
import { addDays, fromDay } from '../../shared/domain/dates';
import type { DayNumber } from '../../shared/domain/dates';
import type { IsoDate } from '../../shared/domain/entities';
import { dataCoverage } from '../time/as-of';
import { accountsWithUsageBefore, readRecentUsage, readUsageRange } from './usage-columns';
import { sortedLikeSqlite } from './usage-columns';
import type { ReadUsage } from './usage-columns';
import { pointsFrom, withImported } from './carry-over';
import type { KeptAccounts, KeptUsage, UsageCarry } from './carry-over';
import { selectAll, selectValue } from '../db/repos/rows';
import { TABLES, rowToEntity } from '../db/tables';
import type { TableSpec } from '../db/tables';

type GroupedKind = 'contacts' | 'contract_lines' | 'surveys' | 'tickets' | 'events';

export interface Grouped {
  contacts?: Map<string, Contact[]>;
  contract_lines?: Map<string, ContractLine[]>;
  surveys?: Map<string, SurveyResponse[]>;
  tickets?: Map<string, Ticket[]>;
  events?: Map<string, TimelineEvent[]>;
}

function hasRows(db: Database, table: string): boolean {
  return selectValue(db, `SELECT EXISTS (SELECT 1 FROM ${table})`) === 1;
}

function entitiesOf<T>(db: Database, spec: TableSpec, where = '', params: string[] = []): T[] {
  return selectAll(db, `SELECT * FROM ${spec.table} ${where}`, params).map((row) =>
    rowToEntity<T>(spec, row),
  );
}

function groupByAccount<T extends { accountId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byAccount = new Map<string, T[]>();
  for (const row of rows) {
    const list = byAccount.get(row.accountId);
    if (list) list.push(row);
    else byAccount.set(row.accountId, [row]);
  }
  return byAccount;
}

const GROUPED_KINDS: readonly GroupedKind[] = [
  'contacts',
  'contract_lines',
  'surveys',
  'tickets',
  'events',
];

function loadGrouped(db: Database): Grouped {
  const grouped: Grouped = {};
  for (const kind of GROUPED_KINDS) {
    const spec = TABLES[kind];
    if (!hasRows(db, spec.table)) continue;
    (grouped as Record<GroupedKind, Map<string, { accountId: string }[]>>)[kind] = groupByAccount(
      entitiesOf<{ accountId: string }>(db, spec),
    );
  }
  return grouped;
}

function present<T>(map: Map<string, T[]> | undefined, accountId: string): T[] | undefined {
  return map ? (map.get(accountId) ?? []) : undefined;
}

type StaleFrom = Partial<Record<StaleSource, IsoDate>>;

/**
 * From which day each feed no longer covers a scored week. Usage arrives at a steady cadence, so
 * it has ended once a whole period (a week at least) has passed since its last point. Surveys,
 * tickets and events come when they happen, and a quiet fortnight is real: they are judged by
 * the workspace's data end (the latest date any feed reaches), past which nothing is known.
 */
export function staleFromOf(db: Database): StaleFrom {
  const coverage = dataCoverage(db);
  const staleFrom: StaleFrom = {};
  const usageEnd = coverage.lastDates.usage;
  if (usageEnd !== null)
    staleFrom.usage = addDays(usageEnd, Math.max(7, coverage.usageCadenceDays));
  if (coverage.dataEnd !== null)
    for (const kind of ['surveys', 'tickets', 'events'] as const)
      if (coverage.lastDates[kind] !== null) staleFrom[kind] = addDays(coverage.dataEnd, 7);
  return staleFrom;
}

function assemble(
  account: Account,
  grouped: Grouped,
  usage: UsagePoint[] | undefined,
  staleFrom: StaleFrom,
): AccountData {
  const data: AccountData = { account, staleFrom };
  const contacts = present(grouped.contacts, account.id);
  const contracts = present(grouped.contract_lines, account.id);
  const surveys = present(grouped.surveys, account.id);
  const tickets = present(grouped.tickets, account.id);
  const events = present(grouped.events, account.id);
  if (contacts) data.contacts = contacts;
  if (contracts) data.contracts = contracts;
  if (usage) data.usage = usage;
  if (surveys) data.surveys = surveys;
  if (tickets) data.tickets = tickets;
  if (events) data.events = events;
  return data;
}

export function loadAccounts(db: Database): Account[] {
  return entitiesOf<Account>(db, TABLES.accounts, 'ORDER BY id');
}

/** One account's data, for the explanation, the timeline and the CLI. */
export function loadAccountData(db: Database, account: Account): AccountData {
  const grouped: Grouped = {};
  for (const kind of GROUPED_KINDS) {
    const spec = TABLES[kind];
    if (!hasRows(db, spec.table)) continue;
    (grouped as Record<GroupedKind, Map<string, unknown[]>>)[kind] = new Map([
      [account.id, entitiesOf(db, spec, 'WHERE account_id = ?', [account.id])],
    ]);
  }
  const usage = hasRows(db, 'usage_points')
    ? entitiesOf<UsagePoint>(db, TABLES.usage, 'WHERE account_id = ? ORDER BY metric, date', [
        account.id,
      ])
    : undefined;
  return assemble(account, grouped, usage, staleFromOf(db));
}

/**
 * Every account's data, in account id order. Usage (by far the largest table) is read one
 * account at a time through its primary key, so memory holds one account's points rather than
 * the whole workspace's; its statement lives for one account only, so the caller may pause
 * between accounts (and the workspace may save) without holding a statement open.
 */
export function* eachAccountData(db: Database): Generator<AccountData, number, undefined> {
  const accounts = loadAccounts(db);
  const grouped = loadGrouped(db);
  const withUsage = hasRows(db, 'usage_points');
  const staleFrom = staleFromOf(db);
  for (const account of accounts) {
    let usage: UsagePoint[] | undefined;
    if (withUsage) {
      usage = [];
      const stmt = db.prepare(
        'SELECT metric, date, value FROM usage_points WHERE account_id = ? ORDER BY metric, date',
      );
      try {
        stmt.bind([account.id]);
        while (stmt.step()) {
          const row = stmt.get();
          usage.push({
            accountId: account.id,
            metric: String(row[0]),
            date: String(row[1]),
            value: Number(row[2]),
          });
        }
      } finally {
        stmt.free();
      }
    }
    yield assemble(account, grouped, usage, staleFrom);
  }
  return accounts.length;
}

/** What reads accounts for scoring: the accounts, in id order, and their indexes a run at a time. */
export interface AccountReader {
  accounts: readonly Account[];
  /**
   * The indexes of a run of consecutive `accounts`, each built as it is iterated (their usage is
   * read at once); no statement outlives the call.
   */
  read(run: readonly Account[]): Iterable<AccountIndex>;
}

function readAccounts(db: Database): KeptAccounts {
  const accounts = loadAccounts(db);
  const grouped = loadGrouped(db);
  let records = accounts.length;
  for (const byAccount of Object.values(grouped) as Map<string, unknown[]>[])
    for (const list of byAccount.values()) records += list.length;
  return { accounts, grouped, records };
}

/**
 * Accounts indexed for scoring: what eachAccountData gives, but with usage read straight into
 * the index's columns (no object per point), a run of accounts per statement. Their data carry
 * no usage points; the usage lives in index.usage. With `usageFrom`, only the accounts it names
 * are read, each with its usage of `metrics` from the day given (see indexUsageColumns for its
 * first day). With `carry`, an account whose usage the last recompute kept from that day on is
 * brought up to date from the usage imported since, and every account's usage read is kept in it.
 */
export function accountReader(
  db: Database,
  usageFrom?: ReadonlyMap<string, DayNumber>,
  metrics: readonly string[] = [],
  carry?: UsageCarry,
): AccountReader {
  const book = carry?.last?.accounts ?? readAccounts(db);
  carry?.next.keepAccounts(book);
  const { grouped } = book;
  const accounts = book.accounts.filter((a) => !usageFrom || usageFrom.has(a.id));
  const withUsage = hasRows(db, 'usage_points');
  const staleFrom = staleFromOf(db);
  const rank = new Map(sortedLikeSqlite(db, metrics).map((metric, i) => [metric, i]));
  const read = (run: readonly Account[]): Iterable<AccountIndex> => {
    const usage = withUsage ? runUsage(db, run, { usageFrom, metrics, rank, carry }) : null;
    return (function* () {
      for (const account of run) {
        const kept = usage?.get(account.id);
        const index = kept
          ? indexUsageColumns(kept.columns, kept.earlier ? kept.from - 1 : undefined)
          : null;
        yield indexAccountData(assemble(account, grouped, undefined, staleFrom), index);
      }
    })();
  };
  return { accounts, read };
}

interface RunReading {
  usageFrom: ReadonlyMap<string, DayNumber> | undefined;
  metrics: readonly string[];
  rank: ReadonlyMap<string, number>;
  carry: UsageCarry | undefined;
}

/**
 * A run of accounts' usage from each one's day (all of it without `usageFrom`): what the last
 * recompute kept with the points imported since written over it where it kept enough and the
 * imports are known in full, else read from the file. What is read is kept for the next
 * recompute, unless its dates had to be parsed (the kept part and the imported one are then told
 * apart by day numbers and by text alike).
 */
function runUsage(db: Database, run: readonly Account[], reading: RunReading) {
  const { usageFrom, metrics, rank, carry } = reading;
  const usage = new Map<string, KeptUsage>();
  if (!usageFrom) {
    const read = readUsageRange(
      db,
      run.map((a) => a.id),
    );
    for (const { id } of run) {
      const columns = read.get(id) ?? NO_USAGE;
      usage.set(id, { from: -Infinity, earlier: false, columns });
    }
    if (carry) keepUsage(carry, usage, read);
    return usage;
  }
  const dayOf = (id: string) => usageFrom.get(id) as DayNumber;
  // The day read from lies a lookback before the account's first changed day, so every point
  // imported since lies within what was kept.
  const imported = carry?.imported;
  const others: Account[] = [];
  for (const account of run) {
    const kept = carry?.last?.usageOf(account.id);
    if (imported && kept !== undefined && kept.from <= dayOf(account.id)) {
      const id = account.id;
      usage.set(id, withImported(kept, dayOf(id), imported.get(id), rank));
    } else others.push(account);
  }
  const since = new Map(others.map(({ id }) => [id, fromDay(dayOf(id))]));
  const read = readRecentUsage(db, since, metrics);
  const earlier = accountsWithUsageBefore(db, since);
  for (const { id } of others)
    usage.set(id, { from: dayOf(id), earlier: earlier.has(id), columns: read.get(id) ?? NO_USAGE });
  if (carry) keepUsage(carry, usage, read);
  return usage;
}

/** Keeps each account's usage for the next recompute, from carry.keepFrom on at the earliest. */
function keepUsage(
  carry: UsageCarry,
  usage: ReadonlyMap<string, KeptUsage>,
  read: ReadonlyMap<string, ReadUsage>,
): void {
  for (const [id, kept] of usage)
    if (!read.get(id)?.datesParsed)
      carry.next.keepUsage(
        id,
        kept.from < carry.keepFrom ? pointsFrom(kept, carry.keepFrom) : kept,
      );
}
const NO_USAGE: UsageColumns = { metrics: [], ends: [], days: [], values: [] };

/** The index with the account's whole usage history (for an index read from a recent day on). */
export function withAllUsage(db: Database, index: AccountIndex): AccountIndex {
  if (!index.usage) return index;
  const id = index.data.account.id;
  return indexAccountData(
    index.data,
    indexUsageColumns(readUsageRange(db, [id]).get(id) ?? NO_USAGE),
  );
}
