// Playbook triggers. A fired rule becomes a task keyed by rule, account and cause; a key already
// known is never issued again, so one cause (one champion leaving, one renewal date, one spell in
// red) yields one task however often the evaluation runs.
import type { IsoDate } from '../../domain/entities';
import { indexAccountData } from './accountIndex';
import type { AccountData, AccountIndex } from './accountIndex';
import { fromDay, toDay } from './days';
import type { DayNumber } from './days';
import { MEASURES, isMeasureStale, licensedSeats, lastEventDay } from './measures';
import type { Playbook, PlaybookRule, Trigger, TriggerType } from './playbook';
import type { HealthSnapshot } from './snapshots';

/** What triggers read of a snapshot: its week, score and band. */
export type TriggerSnapshot = Pick<HealthSnapshot, 'date' | 'score' | 'band'>;

export interface TriggerInput {
  data: AccountData;
  /** The account's weekly snapshots, sorted by date. */
  snapshots: readonly TriggerSnapshot[];
  /** indexAccountData(data), when the caller has built it already. */
  index?: AccountIndex;
}

export interface PlaybookTask {
  /** rule id | account id | cause: the de-duplication key. */
  key: string;
  ruleId: string;
  accountId: string;
  trigger: TriggerType;
  /** What fired the rule: a contact or response id, a date, a seat count. */
  cause: string;
  actionKey: string;
  owner: string;
  createdOn: IsoDate;
  dueDate: IsoDate;
}

interface Context {
  index: AccountIndex;
  day: DayNumber;
  /** Snapshots on or before the evaluation day, oldest first. */
  history: readonly TriggerSnapshot[];
}

/** What the rules read on `asOf`: the snapshots up to it. */
function contextOf(
  index: AccountIndex,
  snapshots: readonly TriggerSnapshot[],
  asOf: IsoDate,
): Context {
  return { index, day: toDay(asOf), history: snapshots.filter((s) => s.date <= asOf) };
}

/**
 * The snapshot of a day, found by halving the history: a map of the history by date, built for
 * every account on every recompute for the one rule that looks weeks back, cost more than the
 * rule's few look-ups.
 */
function snapshotOn(history: readonly TriggerSnapshot[], day: DayNumber): TriggerSnapshot | null {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toDay((history[mid] as TriggerSnapshot).date) < day) lo = mid + 1;
    else hi = mid;
  }
  const found = history[lo];
  return found !== undefined && toDay(found.date) === day ? found : null;
}

export function taskKey(ruleId: string, accountId: string, cause: string): string {
  return `${ruleId}|${accountId}|${cause}`;
}

/**
 * The first snapshot of the unbroken weekly run, ending at the latest snapshot, in which the
 * condition holds; its date names the cause, so a state that persists fires once, and a state
 * that ends and comes back fires again.
 */
function streakStart(
  history: readonly TriggerSnapshot[],
  holds: (s: TriggerSnapshot) => boolean,
): IsoDate | null {
  let i = history.length - 1;
  const latest = history[i];
  if (!latest || !holds(latest)) return null;
  while (i > 0) {
    const previous = history[i - 1] as TriggerSnapshot;
    const weekApart = toDay((history[i] as TriggerSnapshot).date) - toDay(previous.date) === 7;
    if (!weekApart || !holds(previous)) break;
    i--;
  }
  return (history[i] as TriggerSnapshot).date;
}

function scoreDropped(ctx: Context, points: number, weeks: number) {
  return (snapshot: TriggerSnapshot): boolean => {
    if (snapshot.score === null) return false;
    const earlier = snapshotOn(ctx.history, toDay(snapshot.date) - 7 * weeks);
    if (earlier === null || earlier.score === null) return false;
    return earlier.score - snapshot.score >= points;
  };
}

type LowUsageTrigger = Extract<Trigger, { type: 'low_usage' }>;

function lowUsage(index: AccountIndex, trigger: LowUsageTrigger) {
  const params = trigger.metric === undefined ? {} : { metric: trigger.metric };
  return (s: TriggerSnapshot): boolean => {
    // Usage that ended before the week is not low usage: it is unknown.
    const week = toDay(s.date);
    if (isMeasureStale(index, 'usage_vs_baseline', week)) return false;
    const ratio = MEASURES.usage_vs_baseline(index, week, params);
    return ratio !== null && ratio < trigger.ratioBelow;
  };
}

function renewalDay(index: AccountIndex, day: DayNumber): DayNumber | null {
  const renewal = index.data.account.renewalDate;
  if (renewal !== null) return toDay(renewal);
  let next: DayNumber | null = null;
  for (const span of index.contracts ?? []) {
    if (
      span.start <= day &&
      span.end > day &&
      Number.isFinite(span.end) &&
      (next === null || span.end < next)
    ) {
      next = span.end;
    }
  }
  return next;
}

function causes(trigger: Trigger, ctx: Context): string[] {
  const { index, day, history } = ctx;
  const data = index.data;
  const at = (value: IsoDate | null): string[] => (value === null ? [] : [value]);
  switch (trigger.type) {
    case 'score_drop':
      return at(streakStart(history, scoreDropped(ctx, trigger.points, trigger.weeks)));
    case 'entered_red':
      return at(streakStart(history, (s) => s.band === 'red'));
    case 'low_usage':
      return at(streakStart(history, lowUsage(index, trigger)));
    case 'champion_left':
      return (data.contacts ?? [])
        .filter((c) => c.isChampion && c.endDate !== null)
        .filter((c) => {
          const left = toDay(c.endDate as IsoDate);
          return left <= day && left > day - trigger.withinDays;
        })
        .map((c) => c.id);
    case 'nps_detractor':
      return (data.surveys ?? [])
        .filter((s) => s.kind === 'nps' && s.score <= trigger.maxScore)
        .filter((s) => toDay(s.date) <= day && toDay(s.date) > day - trigger.withinDays)
        .map((s) => s.id);
    case 'renewal_soon_not_green': {
      const renewal = renewalDay(index, day);
      const band = history.at(-1)?.band ?? null;
      const soon = renewal !== null && renewal >= day && renewal - day <= trigger.days;
      return soon && band !== 'green' ? [fromDay(renewal)] : [];
    }
    case 'license_limit': {
      const params = trigger.metric === undefined ? {} : { metric: trigger.metric };
      if (isMeasureStale(index, 'license_utilisation', day)) return [];
      const utilisation = MEASURES.license_utilisation(index, day, params);
      const seats = licensedSeats(index, day);
      return utilisation !== null && utilisation >= trigger.utilisation ? [`seats:${seats}`] : [];
    }
    case 'no_upsell_first_3_months': {
      const start = index.startDay;
      const upsold = MEASURES.upsell_first_3_months(index, day, { windowDays: trigger.days });
      if (start === null || upsold !== 0 || day >= start + trigger.days + trigger.graceDays)
        return [];
      return [fromDay(start)];
    }
    case 'no_contact': {
      // Meetings after the events feed ended are unknown, not absent.
      if (!index.eventsByType || isMeasureStale(index, 'days_since_engagement', day)) return [];
      const since = lastEventDay(index, day, trigger.eventTypes) ?? index.startDay;
      return since !== null && since <= day && day - since >= trigger.days ? [fromDay(since)] : [];
    }
  }
}

function toTask(
  rule: PlaybookRule,
  accountId: string,
  cause: string,
  day: DayNumber,
): PlaybookTask {
  return {
    key: taskKey(rule.id, accountId, cause),
    ruleId: rule.id,
    accountId,
    trigger: rule.trigger.type,
    cause,
    actionKey: rule.actionKey,
    owner: rule.owner,
    createdOn: fromDay(day),
    dueDate: fromDay(day + rule.dueDays),
  };
}

/**
 * Whether evaluating the playbook on `asOf` reads usage of weeks before `day`: a low_usage rule
 * whose condition holds in every snapshot from `day` on walks back into earlier weeks. An index
 * holding only the usage that weeks from `day` on need cannot judge those.
 */
export function triggersReadUsageBefore(
  playbook: Playbook,
  input: TriggerInput & { index: AccountIndex },
  asOf: IsoDate,
  day: DayNumber,
): boolean {
  if (input.data.account.churned) return false;
  const recent = input.snapshots.filter((s) => s.date <= asOf && toDay(s.date) >= day);
  return playbook.rules.some((rule) => {
    if (!rule.enabled || rule.trigger.type !== 'low_usage') return false;
    const first = recent[0];
    return !first || streakStart(recent, lowUsage(input.index, rule.trigger)) === first.date;
  });
}

/**
 * Whether evaluating the playbook on `asOf` reads snapshots older than the first of
 * `input.snapshots` (a recent part of the history): a streak whose condition holds back to that
 * first week may run on before it, and a score drop compares each week it walks over with one
 * `weeks` earlier. The index must hold the usage those weeks read (see triggersReadUsageBefore).
 */
export function triggersReadSnapshotsBefore(
  playbook: Playbook,
  input: TriggerInput & { index: AccountIndex },
  asOf: IsoDate,
): boolean {
  if (input.data.account.churned) return false;
  const ctx = contextOf(input.index, input.snapshots, asOf);
  const history = ctx.history;
  const first = history[0];
  if (!first) return true;
  const firstDay = toDay(first.date);
  return playbook.rules.some((rule) => {
    if (!rule.enabled) return false;
    const trigger = rule.trigger;
    switch (trigger.type) {
      case 'entered_red':
        return streakStart(history, (s) => s.band === 'red') === first.date;
      case 'low_usage':
        return streakStart(history, lowUsage(input.index, trigger)) === first.date;
      case 'score_drop': {
        let comparesEarlier = false;
        const dropped = scoreDropped(ctx, trigger.points, trigger.weeks);
        const start = streakStart(history, (s) => {
          if (toDay(s.date) - 7 * trigger.weeks < firstDay) comparesEarlier = true;
          return dropped(s);
        });
        return comparesEarlier || start === first.date;
      }
      // The latest week's band at most, or no snapshots at all.
      case 'renewal_soon_not_green':
      case 'champion_left':
      case 'nps_detractor':
      case 'license_limit':
      case 'no_upsell_first_3_months':
      case 'no_contact':
        return false;
    }
  });
}

/**
 * New tasks for one account on `asOf`: enabled rules whose trigger holds, minus those whose key
 * is among `existingTaskKeys` (open, completed or dismissed alike). Churned accounts get none.
 */
export function evaluateTriggers(
  playbook: Playbook,
  input: TriggerInput,
  asOf: IsoDate,
  existingTaskKeys: Iterable<string>,
): PlaybookTask[] {
  const account = input.data.account;
  if (account.churned) return [];
  const day = toDay(asOf);
  const ctx = contextOf(input.index ?? indexAccountData(input.data), input.snapshots, asOf);
  // A set is read as it is: a recompute passes each account's keys, which grow every week.
  const existing = existingTaskKeys instanceof Set ? existingTaskKeys : new Set(existingTaskKeys);
  const tasks: PlaybookTask[] = [];
  for (const rule of playbook.rules) {
    if (!rule.enabled) continue;
    for (const cause of causes(rule.trigger, ctx)) {
      const task = toTask(rule, account.id, cause, day);
      if (existing.has(task.key) || tasks.some((t) => t.key === task.key)) continue;
      tasks.push(task);
    }
  }
  return tasks;
}
