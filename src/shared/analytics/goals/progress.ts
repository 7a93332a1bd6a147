// Progress and status of a measured goal from its weekly series (issue #17): baseline is the week
// containing the start date, current the latest week with data on or before the as-of day.
import { daysBetween, mondayOnOrBefore } from '../../domain/dates';
import type { Goal, GoalEvaluation, GoalStatus, WeekValue } from './types';

/** Points a goal may lag its elapsed time and still be on track. */
export const ON_TRACK_SLACK_POINTS = 10;

export class GoalRangeError extends Error {}

/**
 * (current - baseline) / (target - baseline) x 100, clipped to 0-100. A target equal to the
 * baseline has no distance to cover: refused rather than read as 0% or 100%.
 */
export function progressPercent(baseline: number, current: number, target: number): number {
  if (target === baseline)
    throw new GoalRangeError(
      'The target equals the baseline: there is nothing to progress towards.',
    );
  const raw = ((current - baseline) / (target - baseline)) * 100;
  return Math.min(100, Math.max(0, raw));
}

/** Share of the time from start to due that has passed on `asOf`, 0-100. */
export function elapsedPercent(startDate: string, dueDate: string, asOf: string): number {
  const span = daysBetween(startDate, dueDate);
  if (span <= 0) return asOf >= dueDate ? 100 : 0;
  const share = (daysBetween(startDate, asOf) / span) * 100;
  return Math.min(100, Math.max(0, share));
}

/** done / on track / at risk / off track from progress and time, as the issue defines them. */
export function statusFor(
  progress: number,
  elapsed: number,
  dueDate: string,
  asOf: string,
): Exclude<GoalStatus, 'no_data' | 'closed'> {
  if (progress >= 100) return 'done';
  if (asOf > dueDate) return 'off_track';
  return progress >= elapsed - ON_TRACK_SLACK_POINTS ? 'on_track' : 'at_risk';
}

/** Checks a target against the baseline and direction; returns a sentence when refused. */
export function targetProblem(
  direction: Goal['direction'],
  baseline: number | null,
  target: number,
): string | null {
  if (!Number.isFinite(target)) return 'The target must be a number.';
  if (baseline === null) return null;
  if (target === baseline)
    return `The target (${target}) equals the baseline: there is nothing to progress towards.`;
  if (direction === 'up' && target < baseline)
    return `The goal is to increase, but the target (${target}) is below the baseline (${baseline}).`;
  if (direction === 'down' && target > baseline)
    return `The goal is to decrease, but the target (${target}) is above the baseline (${baseline}).`;
  return null;
}

/** The value of the week containing `date`, if the series has one. */
export function weekContaining(series: readonly WeekValue[], date: string): WeekValue | null {
  const monday = mondayOnOrBefore(date);
  return series.find((p) => p.week === monday) ?? null;
}

/** The latest week with data whose Monday is on or before `asOf`. */
export function latestOnOrBefore(series: readonly WeekValue[], asOf: string): WeekValue | null {
  const monday = mondayOnOrBefore(asOf);
  let latest: WeekValue | null = null;
  for (const p of series) if (p.week <= monday && (!latest || p.week > latest.week)) latest = p;
  return latest;
}

/**
 * Evaluates a goal as of `asOf` from its measure's weekly series (sorted or not). A qualitative
 * goal keeps its manual status; a closed goal says closed; a measure with no baseline or current
 * week says which is missing, with no progress figure.
 */
export function evaluateGoal(
  goal: Pick<
    Goal,
    'startDate' | 'dueDate' | 'direction' | 'measure' | 'target' | 'manualStatus' | 'closedAt'
  >,
  series: readonly WeekValue[],
  asOf: string,
): GoalEvaluation {
  const elapsed = elapsedPercent(goal.startDate, goal.dueDate, asOf);
  const base = { target: goal.target, elapsedPercent: elapsed };
  if (goal.measure === null || goal.target === null) {
    return {
      ...base,
      baseline: null,
      current: null,
      progressPercent: null,
      status: goal.closedAt ? 'closed' : (goal.manualStatus ?? 'on_track'),
      noData: null,
      series: [],
    };
  }
  const sorted = [...series].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  const baseline = weekContaining(sorted, goal.startDate);
  const latest = latestOnOrBefore(sorted, asOf);
  const noData =
    asOf < goal.startDate
      ? 'not_started'
      : baseline === null
        ? 'no_baseline'
        : latest === null || latest.week < baseline.week
          ? 'no_current'
          : null;
  if (noData !== null || baseline === null || latest === null) {
    return {
      ...base,
      baseline,
      current: latest,
      progressPercent: null,
      status: goal.closedAt ? 'closed' : 'no_data',
      noData: noData ?? 'no_current',
      series: [],
    };
  }
  const progress = progressPercent(baseline.value, latest.value, goal.target);
  return {
    ...base,
    baseline,
    current: latest,
    progressPercent: progress,
    status: goal.closedAt ? 'closed' : statusFor(progress, elapsed, goal.dueDate, asOf),
    noData: null,
    series: sorted.filter((p) => p.week >= baseline.week && p.week <= latest.week),
  };
}
