// An account's data, pre-indexed once so each weekly measure is a few binary searches.
import type {
  IsoDate,
  Account,
  Contact,
  ContractLine,
  SurveyResponse,
  Ticket,
  TimelineEvent,
  UsagePoint,
} from '../../domain/entities';
import { toDay } from './days';
import type { DayNumber } from './days';
import { buildSeries } from './series';
import type { Series } from './series';

/**
 * Everything known about one account. A list left undefined means the workspace holds no data
 * of that kind at all, so measures built on it are missing; an empty list means the data exists
 * and this account has none (no tickets is a real zero, not a gap).
 */
export interface AccountData {
  account: Account;
  contacts?: readonly Contact[];
  contracts?: readonly ContractLine[];
  usage?: readonly UsagePoint[];
  surveys?: readonly SurveyResponse[];
  tickets?: readonly Ticket[];
  events?: readonly TimelineEvent[];
  /**
   * Per source, the first day on which it no longer covers the scored week (its data ended
   * earlier): components reading only ended sources are stale, left out like missing data.
   */
  staleFrom?: Partial<Record<StaleSource, IsoDate>>;
}

/** Sources that can end before the scored week (contracts and contacts are states, not feeds). */
export type StaleSource = 'usage' | 'surveys' | 'tickets' | 'events';

export interface UsageIndex {
  all: Series;
  byMetric: ReadonlyMap<string, Series>;
  /** Per metric, the sorted days on which it had a positive value. */
  positiveDays: readonly (readonly DayNumber[])[];
  /** The first usage day (for an index of recent points only, see indexUsageColumns). */
  firstDay: DayNumber | null;
}

export interface TicketIndex {
  /** Opened and closed days of high and urgent tickets, each sorted. */
  highOpened: readonly DayNumber[];
  highClosed: readonly DayNumber[];
  escalatedOpened: readonly DayNumber[];
  /** Resolution hours by closing day. */
  resolution: Series;
}

export interface ChampionIndex {
  /** Start days (unknown start = always) and end days of champion contacts, each sorted. */
  started: readonly DayNumber[];
  ended: readonly DayNumber[];
}

export interface ContractSpan {
  start: DayNumber;
  end: DayNumber;
  line: ContractLine;
}

export interface AccountIndex {
  data: AccountData;
  /** The day the relationship began: sign-up, else the first contract line. */
  startDay: DayNumber | null;
  usage: UsageIndex | null;
  nps: Series | null;
  /** CSAT survey answers and ticket satisfaction ratings together (both on a 1-5 scale). */
  csat: Series | null;
  tickets: TicketIndex | null;
  /** Event days by lower-cased event type. */
  eventsByType: ReadonlyMap<string, readonly DayNumber[]> | null;
  champions: ChampionIndex | null;
  contracts: readonly ContractSpan[] | null;
  /** Day numbers from which each source is stale. */
  staleFrom: Partial<Record<StaleSource, DayNumber>>;
}

const FOREVER = Number.POSITIVE_INFINITY;
const ALWAYS = Number.NEGATIVE_INFINITY;

function ascending(values: DayNumber[]): DayNumber[] {
  return values.sort((a, b) => a - b);
}

interface SeriesColumns {
  days: DayNumber[];
  values: number[];
}

function columns(): SeriesColumns {
  return { days: [], values: [] };
}

function seriesOf(points: readonly { day: DayNumber; value: number }[]): Series {
  return buildSeries(
    points.map((p) => p.day),
    points.map((p) => p.value),
  );
}

function indexUsage(points: readonly UsagePoint[]): UsageIndex {
  const perMetric = new Map<string, SeriesColumns>();
  // Points come by metric then date, so the same dates repeat once per metric: parse each once.
  const dayOf = new Map<string, DayNumber>();
  // Every metric's values on one day, in the order they came: what a stable sort by day of all
  // points gives (sums are added in the same order, so the same to the last bit), without
  // sorting a thousand points per account.
  const byDay = new Map<DayNumber, number[]>();
  for (const point of points) {
    let day = dayOf.get(point.date);
    if (day === undefined) dayOf.set(point.date, (day = toDay(point.date)));
    const sameDay = byDay.get(day);
    if (sameDay) sameDay.push(point.value);
    else byDay.set(day, [point.value]);
    let metric = perMetric.get(point.metric);
    if (!metric) perMetric.set(point.metric, (metric = columns()));
    metric.days.push(day);
    metric.values.push(point.value);
  }
  const byMetric = new Map<string, Series>();
  const positiveDays: DayNumber[][] = [];
  for (const [name, metric] of perMetric) {
    const series = buildSeries(metric.days, metric.values);
    byMetric.set(name, series);
    positiveDays.push(series.days.filter((_, i) => (series.values[i] as number) > 0));
  }
  const all = columns();
  for (const day of [...byDay.keys()].sort((a, b) => a - b))
    for (const value of byDay.get(day) as number[]) {
      all.days.push(day);
      all.values.push(value);
    }
  const allSeries = buildSeries(all.days, all.values);
  return { all: allSeries, byMetric, positiveDays, firstDay: allSeries.days[0] ?? null };
}

/**
 * One account's usage as the workspace stores it: points by metric then day (metric names in
 * ascending order, each metric's days strictly ascending), as parallel columns. `ends[i]` is
 * where metric i's points end, so metric i holds points ends[i - 1] (or 0) to ends[i].
 */
export interface UsageColumns {
  metrics: readonly string[];
  ends: readonly number[];
  days: readonly DayNumber[];
  values: readonly number[];
}

/**
 * The usage index of points read by metric then day: the same index indexUsage builds from
 * those points, without a map per day. The all-metrics series is a merge by day that takes
 * the metrics in their order on a tie, the order a stable sort of the points by day gives,
 * so its sums add the same values in the same order, the same to the last bit.
 */
export function indexUsageColumns(
  usage: UsageColumns,
  /**
   * For columns holding only the points from a day on, when the account has earlier ones: any
   * day before that one. Measures read firstDay only to tell whether the history covers whole
   * baseline windows before a scored day, which it then does for every day scored from the
   * recent points (their windows reach back no further than the points read).
   */
  firstDay?: DayNumber,
): UsageIndex {
  const { metrics, ends, days, values } = usage;
  const byMetric = new Map<string, Series>();
  const positiveDays: DayNumber[][] = [];
  // Where each metric's points start (each ends where the next starts).
  const starts = metrics.map((_, m) => (m === 0 ? 0 : (ends[m - 1] as number)));
  metrics.forEach((name, m) => {
    const start = starts[m] as number;
    const end = ends[m] as number;
    const series = buildSeries(days.slice(start, end), values.slice(start, end));
    byMetric.set(name, series);
    const positive: DayNumber[] = [];
    for (let i = start; i < end; i++)
      if ((values[i] as number) > 0) positive.push(days[i] as number);
    positiveDays.push(positive);
  });
  const all = sharesItsDays(days, ends, starts)
    ? interleaved(usage, starts)
    : mergedByDay(usage, starts);
  const allSeries = buildSeries(all.days, all.values);
  return {
    all: allSeries,
    byMetric,
    positiveDays,
    firstDay: firstDay ?? allSeries.days[0] ?? null,
  };
}

/**
 * Whether every metric has the first one's days, strictly ascending: usage exported for all
 * metrics at once, as most is. The merge by day is then each day's metrics in their order.
 */
function sharesItsDays(
  days: readonly DayNumber[],
  ends: readonly number[],
  starts: readonly number[],
): boolean {
  const n = ends[0];
  if (n === undefined) return false;
  for (let i = 1; i < n; i++) if ((days[i] as number) <= (days[i - 1] as number)) return false;
  for (let m = 1; m < ends.length; m++) {
    const start = starts[m] as number;
    if ((ends[m] as number) - start !== n) return false;
    for (let i = 0; i < n; i++) if (days[start + i] !== days[i]) return false;
  }
  return true;
}

/** The merge by day of metrics that share their days (see sharesItsDays). */
function interleaved({ ends, days, values }: UsageColumns, starts: readonly number[]) {
  const n = ends[0] as number;
  // Of their exact size: grown by push, these were a seventh of what a recompute allocated.
  const all = { days: new Array<DayNumber>(days.length), values: new Array<number>(days.length) };
  let at = 0;
  for (let i = 0; i < n; i++)
    for (const start of starts) {
      all.days[at] = days[i] as number;
      all.values[at++] = values[start + i] as number;
    }
  return all;
}

/** The merge by day of the metrics' points, taking the metrics in their order on a tie. */
function mergedByDay({ metrics, ends, days, values }: UsageColumns, starts: readonly number[]) {
  const all = columns();
  // Next unmerged point of each metric; a handful of metrics, so a linear pick beats a heap.
  const next = [...starts];
  for (let left = days.length; left > 0; left--) {
    let pick = -1;
    for (let m = 0; m < metrics.length; m++) {
      const i = next[m] as number;
      if (
        i < (ends[m] as number) &&
        (pick < 0 || (days[i] as number) < (days[next[pick] as number] as number))
      )
        pick = m;
    }
    const i = next[pick] as number;
    all.days.push(days[i] as number);
    all.values.push(values[i] as number);
    next[pick] = i + 1;
  }
  return all;
}

function indexSurveys(surveys: readonly SurveyResponse[], kind: 'nps' | 'csat') {
  return surveys
    .filter((s) => s.kind === kind)
    .map((s) => ({ day: toDay(s.date), value: s.score }));
}

function ticketSatisfaction(tickets: readonly Ticket[]) {
  return tickets
    .filter((t): t is Ticket & { satisfaction: number } => t.satisfaction !== null)
    .map((t) => ({ day: toDay(t.closedDate ?? t.openedDate), value: t.satisfaction }));
}

function resolutionHours(ticket: Ticket): number | null {
  if (ticket.resolutionHours !== null) return ticket.resolutionHours;
  if (ticket.closedDate === null) return null;
  return (toDay(ticket.closedDate) - toDay(ticket.openedDate)) * 24;
}

function indexTickets(tickets: readonly Ticket[]): TicketIndex {
  const high = tickets.filter((t) => t.priority === 'high' || t.priority === 'urgent');
  const resolved: { day: DayNumber; value: number }[] = [];
  for (const ticket of tickets) {
    const hours = resolutionHours(ticket);
    if (ticket.closedDate !== null && hours !== null) {
      resolved.push({ day: toDay(ticket.closedDate), value: hours });
    }
  }
  return {
    highOpened: ascending(high.map((t) => toDay(t.openedDate))),
    highClosed: ascending(
      high.flatMap((t) => (t.closedDate === null ? [] : [toDay(t.closedDate)])),
    ),
    escalatedOpened: ascending(tickets.filter((t) => t.escalated).map((t) => toDay(t.openedDate))),
    resolution: seriesOf(resolved),
  };
}

function indexEvents(events: readonly TimelineEvent[]): Map<string, DayNumber[]> {
  const byType = new Map<string, DayNumber[]>();
  for (const event of events) {
    const type = event.type.toLowerCase();
    const list = byType.get(type);
    if (list) list.push(toDay(event.date));
    else byType.set(type, [toDay(event.date)]);
  }
  for (const list of byType.values()) ascending(list);
  return byType;
}

function indexChampions(contacts: readonly Contact[]): ChampionIndex {
  const champions = contacts.filter((c) => c.isChampion);
  return {
    started: ascending(champions.map((c) => (c.startDate === null ? ALWAYS : toDay(c.startDate)))),
    ended: ascending(champions.flatMap((c) => (c.endDate === null ? [] : [toDay(c.endDate)]))),
  };
}

function indexContracts(lines: readonly ContractLine[]): ContractSpan[] {
  return lines
    .map((line) => ({
      start: toDay(line.startDate),
      end: line.endDate === null ? FOREVER : toDay(line.endDate),
      line,
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * `usage`, when given, is the account's usage already indexed (null: the workspace has none),
 * and stands in for data.usage, which is then not read.
 */
export function indexAccountData(data: AccountData, usage?: UsageIndex | null): AccountIndex {
  const contracts = data.contracts ? indexContracts(data.contracts) : null;
  const signup = data.account.signupDate === null ? null : toDay(data.account.signupDate);
  const csatPoints = [
    ...(data.surveys ? indexSurveys(data.surveys, 'csat') : []),
    ...(data.tickets ? ticketSatisfaction(data.tickets) : []),
  ];
  return {
    data,
    startDay: signup ?? contracts?.[0]?.start ?? null,
    usage: usage !== undefined ? usage : data.usage ? indexUsage(data.usage) : null,
    nps: data.surveys ? seriesOf(indexSurveys(data.surveys, 'nps')) : null,
    csat: data.surveys || data.tickets ? seriesOf(csatPoints) : null,
    tickets: data.tickets ? indexTickets(data.tickets) : null,
    eventsByType: data.events ? indexEvents(data.events) : null,
    champions: data.contacts ? indexChampions(data.contacts) : null,
    contracts,
    staleFrom: Object.fromEntries(
      Object.entries(data.staleFrom ?? {}).map(([source, date]) => [source, toDay(date)]),
    ),
  };
}
