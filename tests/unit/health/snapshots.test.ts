import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_MODEL,
  explainChange,
  explainTrend,
  mondaysBetween,
  scoreAccount,
  weeklySnapshots,
} from '../../../src/shared/analytics/health';
import type { ComponentScore, HealthScore } from '../../../src/shared/analytics/health';
import { addDays } from './fixtures';
import { HAND_AS_OF, HAND_CHECKED } from './handChecked';

function part(
  id: string,
  value: number | null,
  subScore: number | null,
  contribution: number,
): ComponentScore {
  const missing = subScore === null;
  return {
    id,
    labelKey: `k.${id}`,
    value,
    subScore,
    weight: 1,
    effectiveWeight: missing ? 0 : 0.25,
    contribution,
    missing,
  };
}

function scoreOf(components: ComponentScore[]): HealthScore {
  const score = components.reduce((sum, c) => sum + c.contribution, 0);
  return {
    score,
    band: score < 40 ? 'red' : score < 70 ? 'yellow' : 'green',
    components,
    missing: [],
  };
}

describe('weekly snapshots', () => {
  it('lists the Mondays between two dates', () => {
    expect(mondaysBetween('2024-05-29', '2024-06-17')).toEqual([
      '2024-06-03',
      '2024-06-10',
      '2024-06-17',
    ]);
    expect(mondaysBetween('2024-06-03', '2024-06-09')).toEqual(['2024-06-03']);
    expect(mondaysBetween('2024-06-04', '2024-06-09')).toEqual([]);
  });

  it('scores the account on every Monday, stamped with the model version', () => {
    const snapshots = weeklySnapshots(
      DEFAULT_HEALTH_MODEL,
      HAND_CHECKED,
      '2024-01-01',
      '2024-06-05',
    );
    expect(snapshots).toHaveLength(23);
    expect(snapshots[0]?.date).toBe('2024-01-01');
    expect(snapshots.at(-1)?.date).toBe(HAND_AS_OF);
    expect(snapshots.every((s) => s.modelVersion === DEFAULT_HEALTH_MODEL.version)).toBe(true);
    for (const snapshot of [snapshots[3], snapshots[12], snapshots.at(-1)]) {
      if (!snapshot) throw new Error('missing snapshot');
      expect(snapshot.score).toBe(
        scoreAccount(DEFAULT_HEALTH_MODEL, HAND_CHECKED, snapshot.date).score,
      );
    }
  });
});

describe('explainChange', () => {
  const previous = scoreOf([
    part('usage', 1, 80, 20),
    part('nps', 7, 50, 12.5),
    part('tickets', 0, 100, 25),
    part('champion', 2, 100, 25),
  ]);
  const current = scoreOf([
    part('usage', 0.6, 20, 5), // -15
    part('nps', 7, 50, 12.5), // unchanged
    part('tickets', 2, 40, 10), // -15, same size as usage: ordered by id
    part('champion', null, null, 0), // -25, data gone
  ]);
  const change = explainChange(previous, current);

  it('lists only the components that moved, largest impact first', () => {
    expect(change.components.map((c) => c.id)).toEqual(['champion', 'tickets', 'usage']);
    expect(change.components.map((c) => c.impact)).toEqual([-25, -15, -15]);
  });

  it('says which data went missing, and how the total moved', () => {
    expect(change.components[0]).toMatchObject({
      missingChange: 'became_missing',
      previousValue: 2,
      currentValue: null,
    });
    expect(change.components[1]?.missingChange).toBeNull();
    expect(change.delta).toBe(27.5 - 82.5);
    expect(change.previousBand).toBe('green');
    expect(change.currentBand).toBe('red');
  });

  it('ranks a small rise below a larger fall', () => {
    const up = explainChange(
      scoreOf([part('a', 1, 10, 2.5), part('b', 1, 90, 22.5)]),
      scoreOf([part('a', 2, 30, 7.5), part('b', 0, 10, 2.5)]),
    );
    expect(up.components.map((c) => [c.id, c.impact])).toEqual([
      ['b', -20],
      ['a', 5],
    ]);
  });

  it('has impacts that add up to the score change, re-weighting included', () => {
    const before = scoreAccount(DEFAULT_HEALTH_MODEL, HAND_CHECKED, addDays(HAND_AS_OF, -91));
    const after = scoreAccount(DEFAULT_HEALTH_MODEL, HAND_CHECKED, HAND_AS_OF);
    const explained = explainChange(before, after);
    const sum = explained.components.reduce((total, c) => total + c.impact, 0);
    expect(explained.delta).not.toBeNull();
    expect(sum).toBeCloseTo(explained.delta as number, 9);
    const impacts = explained.components.map((c) => Math.abs(c.impact));
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });
});

describe('explainTrend', () => {
  const snapshots = weeklySnapshots(DEFAULT_HEALTH_MODEL, HAND_CHECKED, '2024-01-01', HAND_AS_OF);

  it('compares the week clicked with one week and thirteen weeks earlier', () => {
    const trend = explainTrend(snapshots, '2024-06-05');
    expect(trend.snapshot?.date).toBe(HAND_AS_OF);
    const weekBefore = snapshots.find((s) => s.date === '2024-05-27');
    const quarterBefore = snapshots.find((s) => s.date === '2024-03-04');
    expect(trend.lastWeek?.previousScore).toBe(weekBefore?.score);
    expect(trend.lastQuarter?.previousScore).toBe(quarterBefore?.score);
    expect(trend.lastWeek?.currentScore).toBe(trend.snapshot?.score);
  });

  it('has nothing to compare before the history starts', () => {
    expect(explainTrend(snapshots, '2023-12-31').snapshot).toBeNull();
    const first = explainTrend(snapshots, '2024-01-01');
    expect(first.lastWeek).toBeNull();
    expect(first.lastQuarter).toBeNull();
  });
});
