// The usage index built from columns (what a recompute reads) against the one built from points
// (what the engine's own callers give): the same series, and the all-metrics series the same to
// the last bit, whether the metrics share their days (the usual export) or not.
import { describe, expect, it } from 'vitest';
import { fromDay, indexAccountData, indexUsageColumns } from '../../../src/shared/analytics/health';
import type { UsageColumns } from '../../../src/shared/analytics/health';
import { mulberry32 } from '../../../src/shared/analytics/experiments';
import type { UsagePoint } from '../../../src/shared/domain/entities';
import { account } from './fixtures';

const FIRST = 19_000;

/** Columns of `metrics` metrics; each metric's days are the shared ones or its own. */
function randomColumns(seed: number, metrics: number, shared: boolean): UsageColumns {
  const rand = mulberry32(seed);
  const daysOf = () => {
    const days: number[] = [];
    for (
      let day = FIRST + Math.floor(rand() * 5);
      days.length < 40;
      day += 1 + Math.floor(rand() * 9)
    )
      days.push(day);
    return days;
  };
  const sharedDays = daysOf();
  const columns = {
    metrics: [] as string[],
    ends: [] as number[],
    days: [] as number[],
    values: [] as number[],
  };
  for (let m = 0; m < metrics; m++) {
    columns.metrics.push(`metric_${m}`);
    for (const day of shared ? sharedDays : daysOf()) {
      columns.days.push(day);
      // Values whose sums depend on the order they are added in.
      columns.values.push(rand() < 0.2 ? 0 : (rand() * 1e6) / 7 + rand() ** 9);
    }
    columns.ends.push(columns.days.length);
  }
  return columns;
}

function pointsOf(columns: UsageColumns): UsagePoint[] {
  return columns.days.map((day, i) => ({
    accountId: 'A1',
    metric: columns.metrics[columns.ends.findIndex((end) => i < end)]!,
    date: fromDay(day),
    value: columns.values[i]!,
  }));
}

describe('usage indexed from columns', () => {
  it.each([
    ['metrics sharing their days', 1, 6, true],
    ['metrics on days of their own', 2, 6, false],
    ['one metric', 3, 1, true],
    ['metrics sharing their days but one', 4, 2, false],
  ] as const)('equals the index of the same points: %s', (_, seed, metrics, shared) => {
    const columns = randomColumns(seed, metrics, shared);
    const fromPoints = indexAccountData({ account: account(), usage: pointsOf(columns) }).usage!;
    const fromColumns = indexUsageColumns(columns);
    expect(fromColumns.all.days).toEqual(fromPoints.all.days);
    // toEqual on numbers is Object.is: the same values in the same order, to the last bit.
    expect(fromColumns.all.values).toEqual(fromPoints.all.values);
    expect([...fromColumns.byMetric]).toEqual([...fromPoints.byMetric]);
    expect(fromColumns.positiveDays).toEqual(fromPoints.positiveDays);
    expect(fromColumns.firstDay).toBe(fromPoints.firstDay);
  });

  it('takes a metric with a day repeated through the general merge, in the points’ order', () => {
    const columns = randomColumns(5, 3, true);
    const repeated = {
      ...columns,
      days: columns.days.map((d, i) => (i === 1 ? columns.days[0]! : d)),
    };
    const fromPoints = indexAccountData({ account: account(), usage: pointsOf(repeated) }).usage!;
    expect(indexUsageColumns(repeated).all.values).toEqual(fromPoints.all.values);
  });

  it('is empty without points', () => {
    const empty = indexUsageColumns({ metrics: [], ends: [], days: [], values: [] });
    expect(empty.all.days).toEqual([]);
    expect(empty.firstDay).toBeNull();
  });
});
