// The Portfolio accounts table: each account with its health band and trend, ARR in the report
// currency, renewal countdown and open tasks; filtered and sorted in one place so the screen and
// the .xlsx export show the same rows in the same order.
import type { Database } from 'sql.js';
import { daysBetween } from '../../shared/analytics/portfolio';
import type { Account, IsoDate } from '../../shared/domain/entities';
import type {
  PortfolioRow,
  TableAnswer,
  TableQuery,
  TableSortKey,
} from '../../shared/ipc/contract/portfolio';
import { getSettings } from '../db/repos/settings';
import { firstInOrder } from './first-in-order';
import { fxRatesFor } from './fx-rates';
import {
  hasHealthSnapshots,
  healthByAccount,
  latestBands,
  MAX_IDS,
  openTasksByAccount,
  type AccountHealth,
} from './health-data';
import { loadAccountFields } from './load-book';

/** The account fields a row is made of: reading only these keeps a 5,000-account page quick. */
const ROW_FIELDS = [
  'id',
  'name',
  'segment',
  'owner',
  'currency',
  'arr',
  'renewalDate',
  'churned',
] as const satisfies readonly (keyof Account)[];
type RowAccount = Pick<Account, (typeof ROW_FIELDS)[number]>;

const BAND_ORDER: Record<string, number> = { red: 0, yellow: 1, green: 2 };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface TableOptions {
  /** Answer only the first rows in order; `matched` still counts them all. */
  limit?: number | undefined;
  /** Scores are being recomputed: leave the health columns blank rather than show stale ones. */
  healthPending?: boolean;
}

/** Whether the rows or their order depend on health scores, so blank ones would mislead. */
export function needsHealth(query: TableQuery): boolean {
  return query.band !== undefined || query.sortBy === 'band' || query.sortBy === 'openTasks';
}

export function tableFor(
  db: Database,
  query: TableQuery,
  asOf: IsoDate,
  options: TableOptions = {},
): TableAnswer {
  const pending = options.healthPending === true;
  const currency = query.currency ?? getSettings(db).reportCurrency;
  const rates = fxRatesFor(db, currency);
  const rateOf = (c: string): number | null => (c === currency ? 1 : (rates[c] ?? null));
  const page = options.limit !== undefined;
  // A page whose filter and order do not look at health reads the scores and tasks of the rows it
  // shows only: every account's 12 weeks held a 5,000-account first page for 100-500 ms.
  const shownHealthOnly = page && !pending && !needsHealth(query);
  const health =
    pending || shownHealthOnly ? new Map<string, AccountHealth>() : healthByAccount(db, asOf);
  const tasks = pending || shownHealthOnly ? null : openTasksByAccount(db);
  const rowWith =
    (h: Map<string, AccountHealth> | null, t: ReadonlyMap<string, number> | null) =>
    (a: RowAccount) =>
      toRow(a, asOf, rateOf(a.currency), h, t);
  const row = rowWith(health, tasks);
  // A page reads of every account only what its filter and order look at (the rest are null in
  // those rows, which nothing reads), then the whole of the accounts it shows.
  const all = loadAccountFields(db, page ? pageFields(query) : ROW_FIELDS).map((a) =>
    row({ ...UNREAD, ...a }),
  );
  const values = distinctValues(db);
  const currencies = values.currency;
  const missingRates = currencies.filter((c) => rateOf(c) === null).sort();
  const rows = all.filter(matches(query));
  const order = comparator(query.sortBy, query.sortDir, missingRates.length === 0);
  // A page needs only its own rows in order: sorting every account would grow as n log n.
  const shown =
    options.limit === undefined ? rows.sort(order) : firstInOrder(rows, options.limit, order);
  const ids = shownHealthOnly ? shown.map((r) => r.id) : [];
  const shownRow = shownHealthOnly
    ? rowWith(healthByAccount(db, asOf, 12, ids), openTasksByAccount(db, ids))
    : row;
  return {
    asOf,
    currency,
    arrSortConverted: missingRates.length === 0,
    missingRates,
    total: all.length,
    matched: rows.length,
    rows: page ? wholeRows(db, shown, shownRow) : shown,
    segments: distinct(values.segment),
    owners: distinct(values.owner),
    bands: distinct(shownHealthOnly ? latestBands(db, asOf) : all.map((r) => r.band)).sort(
      (a, b) => bandRank(a) - bandRank(b),
    ),
    healthAvailable: shownHealthOnly ? hasHealthSnapshots(db) : health !== null,
    healthPending: pending,
    churnedCount: all.filter((r) => r.churned).length,
  };
}

/** What a page's rows leave unread: null where the table allows it. */
const UNREAD: RowAccount = {
  id: '',
  name: '',
  segment: null,
  owner: null,
  currency: '',
  arr: null,
  renewalDate: null,
  churned: false,
};

/** The fields a page's filter and order read of every account (churned also counts them). */
function pageFields(q: TableQuery): (keyof RowAccount)[] {
  const fields = new Set<keyof RowAccount>(['id', 'name', 'churned']);
  if (q.segment !== undefined || q.sortBy === 'segment') fields.add('segment');
  if (q.owner !== undefined || q.sortBy === 'owner') fields.add('owner');
  if (q.sortBy === 'arr') fields.add('arr').add('currency');
  if (q.sortBy === 'renewalDate' || q.sortBy === 'daysToRenewal') fields.add('renewalDate');
  return [...fields];
}

/**
 * The shown rows made again from every field of their accounts, in the same order (a page longer
 * than MAX_IDS reads every account).
 */
function wholeRows(
  db: Database,
  shown: readonly PortfolioRow[],
  row: (a: RowAccount) => PortfolioRow,
): PortfolioRow[] {
  const ids = shown.length <= MAX_IDS ? shown.map((r) => r.id) : undefined;
  const byId = new Map(loadAccountFields(db, ROW_FIELDS, ids).map((a) => [a.id, a]));
  return shown.map((r) => row(byId.get(r.id)!));
}

/**
 * The currency, segment and owner columns' distinct values as the entities read them, from one
 * pass over the accounts (a pass per column took twice as long) without reading every row here.
 */
function distinctValues(db: Database): Record<'currency' | 'segment' | 'owner', string[]> {
  const found = {
    currency: new Set<string>(),
    segment: new Set<string>(),
    owner: new Set<string>(),
  };
  const result = db.exec('SELECT DISTINCT currency, segment, owner FROM accounts');
  for (const [currency, segment, owner] of result[0]?.values ?? []) {
    if (currency !== null) found.currency.add(String(currency));
    if (segment !== null) found.segment.add(String(segment));
    if (owner !== null) found.owner.add(String(owner));
  }
  return { currency: [...found.currency], segment: [...found.segment], owner: [...found.owner] };
}

function toRow(
  a: RowAccount,
  asOf: IsoDate,
  rate: number | null,
  health: ReturnType<typeof healthByAccount>,
  tasks: ReadonlyMap<string, number> | null,
): PortfolioRow {
  const h = health?.get(a.id);
  return {
    id: a.id,
    name: a.name,
    segment: a.segment,
    owner: a.owner,
    currency: a.currency,
    arr: a.arr,
    arrReport: a.arr === null || rate === null ? null : Math.round(a.arr * rate * 100) / 100,
    renewalDate: a.renewalDate,
    daysToRenewal: a.renewalDate === null ? null : daysBetween(asOf, a.renewalDate),
    band: h?.band ?? null,
    score: h?.score ?? null,
    trend: h?.trend ?? [],
    openTasks: tasks === null ? null : (tasks.get(a.id) ?? 0),
    churned: a.churned,
  };
}

function matches(q: TableQuery) {
  const needle = q.search?.trim().toLocaleLowerCase() ?? '';
  return (r: PortfolioRow): boolean =>
    (q.includeChurned !== false || !r.churned) &&
    (q.segment === undefined || r.segment === q.segment) &&
    (q.owner === undefined || r.owner === q.owner) &&
    (q.band === undefined || r.band === q.band) &&
    (needle === '' ||
      r.name.toLocaleLowerCase().includes(needle) ||
      r.id.toLocaleLowerCase().includes(needle));
}

/**
 * Nulls sort last in either direction. ARR compares in the report currency when every rate is
 * known; otherwise by the raw amounts, which the screen says plainly.
 */
function comparator(key: TableSortKey, dir: 'asc' | 'desc', converted: boolean) {
  const sign = dir === 'desc' ? -1 : 1;
  const value = (r: PortfolioRow): string | number | null => {
    switch (key) {
      case 'arr':
        return converted ? r.arrReport : r.arr;
      case 'band':
        return r.band === null ? null : bandRank(r.band);
      default:
        return r[key];
    }
  };
  return (a: PortfolioRow, b: PortfolioRow): number => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order =
        typeof x === 'string' && typeof y === 'string'
          ? collator.compare(x, y)
          : Number(x) - Number(y);
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  };
}

function bandRank(band: string): number {
  return BAND_ORDER[band] ?? 3;
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))].sort(collator.compare);
}
