// Measures: pure functions from an indexed account and a day to a raw value, or null when the
// data needed is missing (missing is re-weighted by the scorer, never counted as zero).
import { z } from 'zod';
import { countAtMost, countInWindow } from './days';
import type { DayNumber } from './days';
import type { AccountIndex, ContractSpan, StaleSource } from './accountIndex';
import { windowMax, windowMean, windowSum } from './series';
import type { Series } from './series';

export const MEASURE_IDS = [
  'usage_vs_baseline',
  'active_users_per_seat',
  'usage_breadth',
  'license_utilisation',
  'nps_average',
  'csat_average',
  'open_high_priority_tickets',
  'escalations',
  'mean_resolution_hours',
  'days_since_engagement',
  'champion_state',
  'product_count',
  'upsell_first_3_months',
] as const;
export const MeasureId = z.enum(MEASURE_IDS);
export type MeasureId = z.infer<typeof MeasureId>;

/** Optional tuning of a measure; each measure documents which fields it reads and its defaults. */
export const MeasureParams = z
  .object({
    metric: z.string().min(1).optional(),
    windowDays: z.number().int().positive().optional(),
    eventTypes: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type MeasureParams = z.infer<typeof MeasureParams>;

export type MeasureUnit =
  'ratio' | 'count' | 'score' | 'hours' | 'days' | 'champion_state' | 'yes_no';

export type Measure = (index: AccountIndex, day: DayNumber, params: MeasureParams) => number | null;

/**
 * The feeds each measure reads. A measure is stale on a day when every feed it reads has ended
 * before it; measures reading only states (contracts, champions) are never stale.
 */
export const MEASURE_SOURCES: Readonly<Record<MeasureId, readonly StaleSource[]>> = {
  usage_vs_baseline: ['usage'],
  active_users_per_seat: ['usage'],
  usage_breadth: ['usage'],
  license_utilisation: ['usage'],
  nps_average: ['surveys'],
  csat_average: ['surveys', 'tickets'],
  open_high_priority_tickets: ['tickets'],
  escalations: ['tickets'],
  mean_resolution_hours: ['tickets'],
  days_since_engagement: ['events'],
  champion_state: [],
  product_count: [],
  upsell_first_3_months: [],
};

/** True when every feed the measure reads ended before the day (see AccountData.staleFrom). */
export function isMeasureStale(index: AccountIndex, measure: MeasureId, day: DayNumber): boolean {
  const sources = MEASURE_SOURCES[measure];
  if (sources.length === 0) return false;
  // A loop, not every(): this runs for every component of every week a recompute scores.
  for (const source of sources) {
    const from = index.staleFrom[source];
    if (from === undefined || day < from) return false;
  }
  return true;
}

/**
 * How many days before a scored day the model's usage measures (and the playbook's usage
 * triggers, which use the default window) read: the longest window, four times over for
 * usage_vs_baseline's recent window and three baseline windows. Usage older than that cannot
 * change the day's score.
 */
export function usageLookbackDays(
  components: readonly { measure: MeasureId; params?: MeasureParams | undefined }[],
): number {
  let window = USAGE_WINDOW_DAYS;
  for (const { measure, params } of components)
    if (MEASURE_SOURCES[measure].includes('usage'))
      window = Math.max(window, params?.windowDays ?? USAGE_WINDOW_DAYS);
  return 4 * window;
}

/** How the UI should read each measure's raw value. */
export const MEASURE_UNITS: Readonly<Record<MeasureId, MeasureUnit>> = {
  usage_vs_baseline: 'ratio',
  active_users_per_seat: 'ratio',
  usage_breadth: 'count',
  license_utilisation: 'ratio',
  nps_average: 'score',
  csat_average: 'score',
  open_high_priority_tickets: 'count',
  escalations: 'count',
  mean_resolution_hours: 'hours',
  days_since_engagement: 'days',
  champion_state: 'champion_state',
  product_count: 'count',
  upsell_first_3_months: 'yes_no',
};

/** champion_state values: the scale a model maps to sub-scores. */
export const CHAMPION_STATE = { none: 0, recentlyLeft: 1, present: 2 } as const;

export const ACTIVE_USERS_METRIC = 'active_users';
export const ENGAGEMENT_EVENT_TYPES = ['meeting', 'qbr'];
const USAGE_WINDOW_DAYS = 28;

function usageSeries(index: AccountIndex, metric: string | undefined): Series | null {
  if (!index.usage) return null;
  if (metric === undefined) return index.usage.all;
  return index.usage.byMetric.get(metric) ?? null;
}

const planOf = (span: ContractSpan) => span.line.plan ?? span.line.id;

/** Whether a paid line is active on the day (contracts are sorted by start). */
const paidOn = (span: ContractSpan, day: DayNumber) => span.end > day && !span.line.isTrial;

/** Seats of the paid lines active on the day, else the seats on the account record. */
export function licensedSeats(index: AccountIndex, day: DayNumber): number | null {
  let seats = 0;
  let known = false;
  // Plain loops over the lines, here and in productCount: no list or closure is built for each
  // account and week a recompute scores (they were a tenth of what it allocated).
  for (const span of index.contracts ?? []) {
    if (span.start > day) break;
    if (paidOn(span, day) && span.line.seats !== null) {
      seats += span.line.seats;
      known = true;
    }
  }
  if (known && seats > 0) return seats;
  const accountSeats = index.data.account.seats;
  return accountSeats !== null && accountSeats > 0 ? accountSeats : null;
}

/**
 * Usage in the last `windowDays` (default 28) against the account's own baseline: the mean of
 * the up to three whole windows before it that the history covers (whole windows, so weekly or
 * monthly data is not diluted by a partial one). `metric` restricts to one metric (default: all).
 * Null without at least one baseline window or without baseline activity. 1 = steady.
 */
const usageVsBaseline: Measure = (index, day, params) => {
  const series = usageSeries(index, params.metric);
  const firstDay = index.usage?.firstDay ?? null;
  if (!series || firstDay === null) return null;
  const window = params.windowDays ?? USAGE_WINDOW_DAYS;
  const recentStart = day - window;
  const baselineWindows = Math.min(3, Math.floor((recentStart - (firstDay - 1)) / window));
  if (baselineWindows < 1) return null;
  const baseline =
    windowSum(series, recentStart - baselineWindows * window, recentStart) / baselineWindows;
  if (baseline <= 0) return null;
  return windowSum(series, recentStart, day) / baseline;
};

/** Mean of the `metric` (default active_users) in the last `windowDays` (28) per licensed seat. */
const activeUsersPerSeat: Measure = (index, day, params) => {
  const series = usageSeries(index, params.metric ?? ACTIVE_USERS_METRIC);
  const seats = licensedSeats(index, day);
  if (!series || seats === null) return null;
  const mean = windowMean(series, day - (params.windowDays ?? USAGE_WINDOW_DAYS), day);
  return mean === null ? null : mean / seats;
};

/** Peak of the `metric` (default active_users) in the last `windowDays` (28) per licensed seat. */
const licenseUtilisation: Measure = (index, day, params) => {
  const series = usageSeries(index, params.metric ?? ACTIVE_USERS_METRIC);
  const seats = licensedSeats(index, day);
  if (!series || seats === null) return null;
  const peak = windowMax(series, day - (params.windowDays ?? USAGE_WINDOW_DAYS), day);
  return peak === null ? null : peak / seats;
};

/**
 * Distinct metrics with a positive value in the last `windowDays` (28). Null before the account
 * has any usage history; 0 when it had usage and then stopped.
 */
const usageBreadth: Measure = (index, day, params) => {
  const usage = index.usage;
  if (!usage || usage.firstDay === null || usage.firstDay > day) return null;
  const after = day - (params.windowDays ?? USAGE_WINDOW_DAYS);
  let distinct = 0;
  for (const days of usage.positiveDays) {
    const count = countAtMost(days, day);
    if (count > 0 && (days[count - 1] as DayNumber) > after) distinct++;
  }
  return distinct;
};

/** Mean NPS answer (0-10) in the last `windowDays` (180). */
const npsAverage: Measure = (index, day, params) =>
  index.nps ? windowMean(index.nps, day - (params.windowDays ?? 180), day) : null;

/** Mean CSAT (1-5) from surveys and ticket ratings in the last `windowDays` (180). */
const csatAverage: Measure = (index, day, params) =>
  index.csat ? windowMean(index.csat, day - (params.windowDays ?? 180), day) : null;

/** High and urgent tickets open at the end of the day. */
const openHighPriorityTickets: Measure = (index, day) => {
  const tickets = index.tickets;
  if (!tickets) return null;
  return countAtMost(tickets.highOpened, day) - countAtMost(tickets.highClosed, day);
};

/** Escalated tickets opened in the last `windowDays` (90). */
const escalations: Measure = (index, day, params) =>
  index.tickets
    ? countInWindow(index.tickets.escalatedOpened, day - (params.windowDays ?? 90), day)
    : null;

/** Mean resolution time in hours of tickets closed in the last `windowDays` (90). */
const meanResolutionHours: Measure = (index, day, params) =>
  index.tickets ? windowMean(index.tickets.resolution, day - (params.windowDays ?? 90), day) : null;

/** Day of the latest event of one of the types on or before the day, or null. */
export function lastEventDay(
  index: AccountIndex,
  day: DayNumber,
  eventTypes: readonly string[],
): DayNumber | null {
  if (!index.eventsByType) return null;
  let last: DayNumber | null = null;
  for (const type of eventTypes) {
    const days = index.eventsByType.get(type.toLowerCase());
    if (!days) continue;
    const count = countAtMost(days, day);
    if (count > 0) {
      const candidate = days[count - 1] as DayNumber;
      if (last === null || candidate > last) last = candidate;
    }
  }
  return last;
}

/**
 * Days since the last event of `eventTypes` (meeting, qbr); an account never met counts from
 * the start of the relationship, since that silence is real.
 */
const daysSinceEngagement: Measure = (index, day, params) => {
  if (!index.eventsByType) return null;
  const last = lastEventDay(index, day, params.eventTypes ?? ENGAGEMENT_EVENT_TYPES);
  const since = last ?? (index.startDay !== null && index.startDay <= day ? index.startDay : null);
  return since === null ? null : day - since;
};

/**
 * CHAMPION_STATE: present (an active champion, none left in the last `windowDays` (90)),
 * recentlyLeft (a champion left in that window), none (no active champion).
 */
const championState: Measure = (index, day, params) => {
  const champions = index.champions;
  if (!champions) return null;
  const active = countAtMost(champions.started, day) - countAtMost(champions.ended, day);
  if (active <= 0) return CHAMPION_STATE.none;
  const left = countInWindow(champions.ended, day - (params.windowDays ?? 90), day);
  return left > 0 ? CHAMPION_STATE.recentlyLeft : CHAMPION_STATE.present;
};

/** Distinct plans on the paid contract lines active on the day. */
const productCount: Measure = (index, day) => {
  const spans = index.contracts;
  if (!spans) return null;
  let plans = 0;
  // A plan counts at its first paid line active on the day.
  for (let i = 0; i < spans.length && (spans[i] as ContractSpan).start <= day; i++) {
    const span = spans[i] as ContractSpan;
    if (!paidOn(span, day)) continue;
    let first = true;
    for (let j = 0; j < i && first; j++)
      if (
        paidOn(spans[j] as ContractSpan, day) &&
        planOf(spans[j] as ContractSpan) === planOf(span)
      )
        first = false;
    if (first) plans++;
  }
  return plans;
};

/**
 * 1 when an upgrade line started within `windowDays` (90) of the start of the relationship, 0
 * when that window closed without one; null while the window is still open with no upgrade yet.
 */
const upsellFirst3Months: Measure = (index, day, params) => {
  const startDay = index.startDay;
  if (!index.contracts || startDay === null || startDay > day) return null;
  const windowEnd = startDay + (params.windowDays ?? 90);
  const upsold = index.contracts.some(
    (span) =>
      span.line.upgrade && span.start >= startDay && span.start < windowEnd && span.start <= day,
  );
  if (upsold) return 1;
  return day >= windowEnd ? 0 : null;
};

/**
 * How many answers a survey measure (NPS, CSAT) averaged on the day, so a figure from two
 * answers is shown as such; null for measures that are not survey averages.
 */
export function surveyAnswers(
  index: AccountIndex,
  measure: MeasureId,
  day: DayNumber,
  params: MeasureParams,
): number | null {
  const series =
    measure === 'nps_average' ? index.nps : measure === 'csat_average' ? index.csat : undefined;
  if (series === undefined) return null;
  if (series === null) return 0;
  return countInWindow(series.days, day - (params.windowDays ?? 180), day);
}

export const MEASURES: Readonly<Record<MeasureId, Measure>> = {
  usage_vs_baseline: usageVsBaseline,
  active_users_per_seat: activeUsersPerSeat,
  usage_breadth: usageBreadth,
  license_utilisation: licenseUtilisation,
  nps_average: npsAverage,
  csat_average: csatAverage,
  open_high_priority_tickets: openHighPriorityTickets,
  escalations,
  mean_resolution_hours: meanResolutionHours,
  days_since_engagement: daysSinceEngagement,
  champion_state: championState,
  product_count: productCount,
  upsell_first_3_months: upsellFirst3Months,
};
