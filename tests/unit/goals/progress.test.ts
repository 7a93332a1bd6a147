// Progress and status of measured goals on hand-made weekly series (issue #17).
import { describe, expect, it } from 'vitest';
import {
  GoalRangeError,
  evaluateGoal,
  progressPercent,
  statusFor,
  targetProblem,
} from '../../../src/shared/analytics/goals/progress';
import type { WeekValue } from '../../../src/shared/analytics/goals/types';
import { weeklyNps, weeklySum } from '../../../src/shared/analytics/goals/weekly';
import { addDays } from '../../../src/shared/domain/dates';

// Mondays from 2026-01-05, one value each.
const series = (values: readonly (number | null)[]): WeekValue[] =>
  values.flatMap((value, i) =>
    value === null ? [] : [{ week: addDays('2026-01-05', 7 * i), value }],
  );

const goal = (target: number, direction: 'up' | 'down' = 'up') => ({
  startDate: '2026-01-07', // a Wednesday: baseline is the week of Monday 2026-01-05
  dueDate: '2026-03-30',
  direction,
  measure: { kind: 'usage' as const, ref: 'logins' },
  target,
  manualStatus: null,
  closedAt: null,
});

describe('progress', () => {
  it('is the share of the distance from baseline to target covered, clipped to 0-100', () => {
    expect(progressPercent(10, 15, 20)).toBe(50);
    expect(progressPercent(10, 25, 20)).toBe(100);
    expect(progressPercent(10, 5, 20)).toBe(0);
    // Decreasing goals: 40 -> 30 towards 20 is half way.
    expect(progressPercent(40, 30, 20)).toBe(50);
  });

  it('refuses a target equal to the baseline', () => {
    expect(() => progressPercent(10, 12, 10)).toThrow(GoalRangeError);
    expect(targetProblem('up', 10, 10)).toMatch(/equals the baseline/);
    expect(targetProblem('up', 10, 5)).toMatch(/below the baseline/);
    expect(targetProblem('down', 10, 15)).toMatch(/above the baseline/);
    expect(targetProblem('up', 10, 15)).toBeNull();
  });
});

describe('evaluateGoal on hand-made series', () => {
  it('flat: no progress, at risk once time has passed', () => {
    const e = evaluateGoal(goal(20), series([10, 10, 10, 10, 10, 10]), '2026-02-11');
    expect(e.baseline).toEqual({ week: '2026-01-05', value: 10 });
    expect(e.current).toEqual({ week: '2026-02-09', value: 10 });
    expect(e.progressPercent).toBe(0);
    expect(e.status).toBe('at_risk');
  });

  it('rising: progress follows the latest week on or before the as-of day', () => {
    const e = evaluateGoal(goal(20), series([10, 12, 14, 16, 18, 20, 22]), '2026-01-28');
    // As of Wednesday 28 Jan the latest week is Monday 26 Jan (value 16): (16-10)/(20-10).
    expect(e.current?.week).toBe('2026-01-26');
    expect(e.progressPercent).toBeCloseTo(60, 10);
    expect(e.status).toBe('on_track');
    expect(e.series.map((p) => p.value)).toEqual([10, 12, 14, 16]);
    const done = evaluateGoal(goal(20), series([10, 12, 14, 16, 18, 20, 22]), '2026-02-20');
    expect(done.progressPercent).toBe(100);
    expect(done.status).toBe('done');
  });

  it('falling: a decrease goal progresses, an increase goal stays at 0', () => {
    const values = [40, 38, 36, 34, 32, 30];
    const down = evaluateGoal(goal(20, 'down'), series(values), '2026-02-11');
    expect(down.progressPercent).toBeCloseTo(50, 10);
    const up = evaluateGoal(goal(60), series(values), '2026-02-11');
    expect(up.progressPercent).toBe(0);
  });

  it('no data says so and never reads 0%', () => {
    const none = evaluateGoal(goal(20), [], '2026-02-11');
    expect(none.progressPercent).toBeNull();
    expect(none.status).toBe('no_data');
    expect(none.noData).toBe('no_baseline');
    // Data only after the start week: no baseline either.
    const late = evaluateGoal(goal(20), series([null, 12, 14]), '2026-02-11');
    expect(late.noData).toBe('no_baseline');
    expect(late.progressPercent).toBeNull();
    const before = evaluateGoal(goal(20), series([10, 12]), '2026-01-01');
    expect(before.noData).toBe('not_started');
  });

  it('off track once past due and not done; a qualitative goal keeps its manual status', () => {
    const e = evaluateGoal(goal(20), series([10, 12, 14, 16, 18]), '2026-04-15');
    expect(e.status).toBe('off_track');
    const q = evaluateGoal(
      { ...goal(0), measure: null, target: null, manualStatus: 'at_risk' },
      [],
      '2026-02-11',
    );
    expect(q.status).toBe('at_risk');
    expect(q.progressPercent).toBeNull();
  });

  it('on track allows 10 points behind the elapsed share, not more', () => {
    expect(statusFor(40, 50, '2026-12-31', '2026-06-01')).toBe('on_track');
    expect(statusFor(39.9, 50, '2026-12-31', '2026-06-01')).toBe('at_risk');
  });
});

describe('weekly measures', () => {
  it('sums a Monday-Sunday week and computes NPS in points', () => {
    const weeks = weeklySum([
      { date: '2026-01-04', value: 1 }, // Sunday: the week of 29 Dec
      { date: '2026-01-05', value: 2 },
      { date: '2026-01-11', value: 3 }, // Sunday closes the week of 5 Jan
      { date: '2026-01-12', value: 4 },
    ]);
    expect(weeks).toEqual([
      { week: '2025-12-29', value: 1 },
      { week: '2026-01-05', value: 5 },
      { week: '2026-01-12', value: 4 },
    ]);
    const n = weeklyNps([9, 10, 7, 3].map((value) => ({ date: '2026-01-06', value })));
    expect(n[0]?.value).toBe(25);
  });
});
