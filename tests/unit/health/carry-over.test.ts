// The carry-over's pieces: usage kept from a day on, joined with what is read after an import,
// and the stored weeks kept for the triggers. What they must give is what reading the file gives.
import { describe, expect, it } from 'vitest';
import {
  CarryOver,
  KEPT_WEEKS,
  joinUsage,
  pointsFrom,
  trendAfter,
  trendBefore,
} from '../../../src/main/health/carry-over';
import type { KeptUsage } from '../../../src/main/health/carry-over';
import type { TriggerSnapshot, UsageColumns } from '../../../src/shared/analytics/health';

/** Columns from [metric, day, value] points given by metric then day. */
function columns(points: [string, number, number][]): UsageColumns {
  const built = {
    metrics: [] as string[],
    ends: [] as number[],
    days: [] as number[],
    values: [] as number[],
  };
  for (const [metric, day, value] of points) {
    if (built.metrics.at(-1) !== metric) {
      built.metrics.push(metric);
      built.ends.push(built.days.length);
    }
    built.days.push(day);
    built.values.push(value);
    built.ends[built.ends.length - 1] = built.days.length;
  }
  return built;
}

function points(c: UsageColumns): [string, number, number][] {
  return c.metrics.flatMap((metric, m) => {
    const start = m === 0 ? 0 : (c.ends[m - 1] as number);
    return c.days
      .slice(start, c.ends[m])
      .map((day, i): [string, number, number] => [metric, day, c.values[start + i] as number]);
  });
}

const kept: KeptUsage = {
  from: 100,
  earlier: false,
  columns: columns([
    ['a', 100, 1],
    ['a', 107, 2],
    ['a', 114, 3],
    ['b', 110, 4],
    ['c', 101, 5],
  ]),
};

describe('usage kept from a day on', () => {
  it('drops the points before a later day, and says there were some', () => {
    const from = pointsFrom(kept, 108);
    expect(points(from.columns)).toEqual([
      ['a', 114, 3],
      ['b', 110, 4],
    ]);
    expect(from).toMatchObject({ from: 108, earlier: true });
    expect(pointsFrom(kept, 100)).toMatchObject({ earlier: false });
    expect(pointsFrom({ ...kept, earlier: true }, 100)).toMatchObject({ earlier: true });
  });

  it('joins the kept points before the changed day with those read from it, in the key order', () => {
    const read = columns([
      ['b', 114, 40],
      ['new', 115, 9],
      ['a', 114, 30],
    ]);
    // The key's order, not the order either side lists its metrics in.
    const rank = new Map(['b', 'new', 'a', 'c'].map((m, i) => [m, i]));
    const keptInRank = columns([
      ['b', 110, 4],
      ['a', 100, 1],
      ['a', 107, 2],
      ['a', 114, 3],
      ['c', 101, 5],
    ]);
    expect(points(joinUsage(keptInRank, 114, read, rank))).toEqual([
      ['b', 110, 4],
      ['b', 114, 40],
      ['new', 115, 9],
      ['a', 100, 1],
      ['a', 107, 2],
      ['a', 114, 30],
      ['c', 101, 5],
    ]);
    // Nothing read: the kept points before the day, and no metric left empty.
    expect(points(joinUsage(keptInRank, 108, undefined, rank))).toEqual([
      ['a', 100, 1],
      ['a', 107, 2],
      ['c', 101, 5],
    ]);
    expect(() => joinUsage(keptInRank, 114, read, new Map([['b', 0]]))).toThrow(/not ranked/);
  });
});

const week = (n: number): TriggerSnapshot => ({
  date: `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
  score: n,
  band: 'green',
});

describe('stored weeks kept for the triggers', () => {
  const weeks = Array.from({ length: KEPT_WEEKS }, (_, i) => week(i));

  it('answers as a read of the latest weeks before a day would', () => {
    const incomplete = { weeks, complete: false };
    const before = week(KEPT_WEEKS - 2).date;
    // 28 kept before the day: more than asked for, so there are earlier ones either way.
    expect(trendBefore(incomplete, before, 26)).toEqual({
      weeks: weeks.slice(2, 28),
      complete: false,
    });
    // Exactly as many as asked for: complete only if nothing earlier is stored.
    const exact = week(26).date;
    expect(trendBefore(incomplete, exact, 26)).toEqual({
      weeks: weeks.slice(0, 26),
      complete: false,
    });
    expect(trendBefore({ weeks, complete: true }, exact, 26)).toEqual({
      weeks: weeks.slice(0, 26),
      complete: true,
    });
    // Fewer: only a complete history can tell.
    expect(trendBefore(incomplete, week(10).date, 26)).toBeNull();
    expect(trendBefore({ weeks, complete: true }, week(10).date, 26)).toEqual({
      weeks: weeks.slice(0, 10),
      complete: true,
    });
  });

  it('keeps the latest weeks once new ones are written, complete while none fell off', () => {
    const after = trendAfter({ weeks: weeks.slice(0, 5), complete: true }, [week(5), week(6)]);
    expect(after).toEqual({ weeks: weeks.slice(0, 7), complete: true });
    const full = trendAfter(
      { weeks: weeks.slice(0, 26), complete: true },
      weeks.slice(26).concat([week(30)]),
    );
    expect(full.weeks).toHaveLength(KEPT_WEEKS);
    expect(full.weeks.at(-1)).toEqual(week(30));
    expect(full.complete).toBe(false);
  });
});

describe('what is kept at most', () => {
  it('keeps accounts while they fit, and none beyond', () => {
    const carry = new CarryOver(112, 6);
    carry.keepUsage('A', kept);
    carry.keepUsage('B', kept);
    expect(carry.usageOf('A')).toBe(kept);
    expect(carry.usageOf('B')).toBeUndefined();
    // Replacing an account's usage frees what it held.
    carry.keepUsage('A', pointsFrom(kept, 108));
    carry.keepUsage('B', pointsFrom(kept, 108));
    expect(carry.usageOf('B')).toBeDefined();
  });
});
