// The carry-over's pieces: usage kept from a day on, joined with what is read after an import,
// and the stored weeks kept for the triggers. What they must give is what reading the file gives.
import { describe, expect, it } from 'vitest';
import {
  CarryOver,
  KEPT_WEEKS,
  pointsFrom,
  storedOutside,
  trendAfter,
  trendBefore,
  withImported,
} from '../../../src/main/health/carry-over';
import type { ImportedPoints } from '../../../src/main/health/imported-usage';
import { mulberry32 as random } from '../../../src/shared/analytics/experiments';
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

/** Imported points from [metric, day, value] in the order written. */
function imports(written: [string, number, number][]): ImportedPoints {
  return {
    metrics: written.map((p) => p[0]),
    days: written.map((p) => p[1]),
    values: written.map((p) => p[2]),
    first: Math.min(...written.map((p) => p[1])),
  };
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

  it('writes the points imported since over the kept ones, in the key order', () => {
    // Written in this order: a later point of the same key wins.
    const imported = imports([
      ['a', 114, 30],
      ['new', 115, 9],
      ['b', 114, 40],
      ['a', 107, 20],
      ['a', 114, 31],
      ['b', 103, 7],
    ]);
    // The key's order, not the order either side lists its metrics in.
    const rank = new Map(['b', 'new', 'a', 'c'].map((m, i) => [m, i]));
    const keptInRank: KeptUsage = {
      from: 100,
      earlier: false,
      columns: columns([
        ['b', 110, 4],
        ['a', 100, 1],
        ['a', 107, 2],
        ['a', 114, 3],
        ['c', 101, 5],
      ]),
    };
    const updated = withImported(keptInRank, 100, imported, rank);
    expect(points(updated.columns)).toEqual([
      ['b', 103, 7],
      ['b', 110, 4],
      ['b', 114, 40],
      ['new', 115, 9],
      ['a', 100, 1],
      ['a', 107, 20],
      ['a', 114, 31],
      ['c', 101, 5],
    ]);
    expect(updated).toMatchObject({ from: 100, earlier: false });
    // From a later day: what lies before it is left out and told of, imported or kept.
    const later = withImported(keptInRank, 105, imported, rank);
    expect(points(later.columns)).toEqual([
      ['b', 110, 4],
      ['b', 114, 40],
      ['new', 115, 9],
      ['a', 107, 20],
      ['a', 114, 31],
    ]);
    expect(later).toMatchObject({ from: 105, earlier: true });
    // Nothing imported for the account: the kept points from the day.
    expect(points(withImported(keptInRank, 108, undefined, rank).columns)).toEqual([
      ['b', 110, 4],
      ['a', 114, 3],
    ]);
    expect(() => withImported(keptInRank, 100, imported, new Map([['b', 0]]))).toThrow(
      /not ranked/,
    );
  });

  it('equals the kept points merged with the imported ones by brute force', () => {
    const rand = random(7);
    const names = ['m0', 'm1', 'm2', 'm3'];
    const rank = new Map(names.map((m, i) => [m, i]));
    for (let round = 0; round < 200; round++) {
      const stored = new Map<string, number>();
      for (const metric of names)
        for (let day = 100; day < 130; day++)
          if (rand() < 0.3) stored.set(`${metric}|${day}`, Math.floor(rand() * 100));
      const sorted = (map: Map<string, number>) =>
        [...map]
          .map(([key, value]): [string, number, number] => {
            const [metric, day] = key.split('|');
            return [metric as string, Number(day), value];
          })
          .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
      const kept: KeptUsage = { from: 100, earlier: false, columns: columns(sorted(stored)) };
      const written: [string, number, number][] = Array.from(
        { length: Math.floor(rand() * 12) },
        () => [names[Math.floor(rand() * 4)] as string, 110 + Math.floor(rand() * 25), round],
      );
      for (const [metric, day, value] of written) stored.set(`${metric}|${day}`, value);
      const from = 100 + Math.floor(rand() * 10);
      const expected = sorted(stored).filter(([, day]) => day >= from);
      const got = withImported(kept, from, written.length ? imports(written) : undefined, rank);
      expect(points(got.columns)).toEqual(expected);
      expect(got.columns.ends).toHaveLength(got.columns.metrics.length);
    }
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

describe('stored weeks outside the rescored ones', () => {
  const weeks = Array.from({ length: 10 }, (_, i) => week(i));

  it('tells from the kept weeks whether any from the day on are not rewritten', () => {
    const kept = { weeks, complete: true };
    // Rewritten from the day on, exactly: nothing to remove.
    expect(storedOutside(kept, week(6).date, weeks.slice(6))).toBe(false);
    // Rescored weeks ending earlier (the as-of date moved back), or none at all.
    expect(storedOutside(kept, week(6).date, weeks.slice(6, 8))).toBe(true);
    expect(storedOutside(kept, week(6).date, [])).toBe(true);
    expect(storedOutside(kept, week(10).date, [])).toBe(false);
  });

  it('cannot tell when the weeks from the day on may run back past those kept', () => {
    const latest = { weeks: weeks.slice(4), complete: false };
    expect(storedOutside(latest, week(3).date, weeks.slice(3))).toBeUndefined();
    expect(storedOutside(latest, week(5).date, weeks.slice(5))).toBe(false);
    expect(storedOutside({ weeks: [], complete: false }, week(5).date, [])).toBeUndefined();
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
