// Weekly snapshots: the account's score every Monday, each stamped with the model version that
// made it, so a model change can be told apart from a change in the account.
import type { IsoDate } from '../../domain/entities';
import { indexAccountData } from './accountIndex';
import type { AccountData, AccountIndex } from './accountIndex';
import { fromDay, mondayOnOrAfter, toDay } from './days';
import type { DayNumber } from './days';
import type { HealthModel } from './model';
import { newScoreParts, scoreIndexedAccount, scoreParts } from './score';
import type { HealthScore, ScoreParts } from './score';

export interface HealthSnapshot extends HealthScore {
  /** The Monday the score is taken on. */
  date: IsoDate;
  modelVersion: number;
}

export { mondaysBetween } from '../../domain/dates';

export function weeklySnapshots(
  model: HealthModel,
  data: AccountData,
  fromDate: IsoDate,
  toDate: IsoDate,
): HealthSnapshot[] {
  return indexedWeeklySnapshots(model, indexAccountData(data), toDay(fromDate), toDay(toDate));
}

// Every account is scored on the same few hundred Mondays: format each date once, not once per
// account (a recompute formats a quarter of a million otherwise).
const MONDAY_DATES = new Map<DayNumber, IsoDate>();
function mondayDate(day: DayNumber): IsoDate {
  let date = MONDAY_DATES.get(day);
  if (date === undefined) MONDAY_DATES.set(day, (date = fromDay(day)));
  return date;
}

/** weeklySnapshots of an account already indexed, on the Mondays from `first` to `last`. */
export function indexedWeeklySnapshots(
  model: HealthModel,
  index: AccountIndex,
  first: DayNumber,
  last: DayNumber,
): HealthSnapshot[] {
  const snapshots: HealthSnapshot[] = [];
  for (let day = mondayOnOrAfter(first); day <= last; day += 7) {
    snapshots.push({
      date: mondayDate(day),
      modelVersion: model.version,
      ...scoreIndexedAccount(model, index, day),
    });
  }
  return snapshots;
}

/**
 * Scores the Mondays from `first` to `last` as indexedWeeklySnapshots does, handing each week's
 * parts to `visit` without building its explanation: the parts object is reused from week to
 * week, so `visit` keeps what it needs of it.
 */
export function eachWeeklyScore(
  model: HealthModel,
  index: AccountIndex,
  first: DayNumber,
  last: DayNumber,
  visit: (date: IsoDate, parts: ScoreParts) => void,
): void {
  const parts = newScoreParts(model);
  for (let day = mondayOnOrAfter(first); day <= last; day += 7)
    visit(mondayDate(day), scoreParts(model, index, day, parts));
}

/** The latest snapshot on or before the date, from snapshots sorted by date. */
export function snapshotOnOrBefore<T extends { date: IsoDate }>(
  snapshots: readonly T[],
  date: IsoDate,
): T | null {
  let lo = 0;
  let hi = snapshots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((snapshots[mid] as T).date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (snapshots[lo - 1] as T);
}
