import { describe, expect, it } from 'vitest';
import { backtest, bandFor, mannWhitneyAuc } from '../../../src/shared/analytics/health';
import type { BacktestAccount, HealthSnapshot } from '../../../src/shared/analytics/health';

function snapshot(date: string, score: number | null): HealthSnapshot {
  const band = score === null ? null : bandFor(score, { redBelow: 40, yellowBelow: 70 });
  return { date, modelVersion: 1, score, band, components: [], missing: [] };
}

describe('mannWhitneyAuc', () => {
  it('matches a hand count of pairs with ties counted half', () => {
    const renewed = [80, 60, 50];
    const churned = [40, 60, 30, 50];
    // Pairs where the renewed account scored higher, out of 3 x 4 = 12:
    //   80 beats all four                      4
    //   60 beats 40, 30, 50 and ties 60        3.5
    //   50 beats 40, 30, ties 50, loses to 60  2.5
    expect(mannWhitneyAuc(renewed, churned)).toBeCloseTo(10 / 12, 12);
  });

  it('is 1 for perfect separation, 0 for reversed, 0.5 when all tie', () => {
    expect(mannWhitneyAuc([70, 90], [10, 20, 30])).toBe(1);
    expect(mannWhitneyAuc([10, 20], [70, 90])).toBe(0);
    expect(mannWhitneyAuc([50, 50], [50, 50, 50])).toBe(0.5);
  });

  it('has no value when a group is empty', () => {
    expect(mannWhitneyAuc([], [1])).toBeNull();
    expect(mannWhitneyAuc([1], [])).toBeNull();
  });
});

describe('backtest', () => {
  const accounts: BacktestAccount[] = [
    {
      accountId: 'churned-red',
      outcome: 'churned',
      outcomeDate: '2024-06-30', // 90 days before: 2024-04-01
      snapshots: [
        snapshot('2024-03-25', 50),
        snapshot('2024-04-01', 30),
        snapshot('2024-04-08', 90),
      ],
    },
    {
      accountId: 'churned-yellow',
      outcome: 'churned',
      outcomeDate: '2024-07-10', // 2024-04-11: latest scored snapshot on or before is 2024-04-01
      snapshots: [
        snapshot('2024-04-01', 60),
        snapshot('2024-04-08', null),
        snapshot('2024-04-15', 10),
      ],
    },
    {
      accountId: 'renewed-green',
      outcome: 'renewed',
      outcomeDate: '2024-07-03',
      snapshots: [snapshot('2024-04-01', 85)],
    },
    {
      accountId: 'renewed-yellow',
      outcome: 'renewed',
      outcomeDate: '2024-07-03',
      snapshots: [snapshot('2024-03-25', 60)],
    },
    {
      accountId: 'too-new',
      outcome: 'renewed',
      outcomeDate: '2024-07-03',
      snapshots: [snapshot('2024-05-06', 99)],
    },
  ];
  const result = backtest(accounts, 90);

  it('reads each account at the horizon and computes the AUC on those scores', () => {
    // Renewed 85, 60 against churned 30, 60: 85 beats both (2), 60 beats 30 and ties 60 (1.5).
    expect(result.auc).toBeCloseTo(3.5 / 4, 12);
    expect(result.churned).toBe(2);
    expect(result.renewed).toBe(2);
    expect(result.excluded).toEqual(['too-new']);
  });

  it('reports churn per band', () => {
    expect(result.bands.red).toEqual({ accounts: 1, churned: 1, churnRate: 1 });
    expect(result.bands.yellow).toEqual({ accounts: 2, churned: 1, churnRate: 0.5 });
    expect(result.bands.green).toEqual({ accounts: 1, churned: 0, churnRate: 0 });
  });

  it('moves the reading point with the horizon', () => {
    const near = backtest(accounts, 7);
    // 7 days before: churned-red reads 90 (2024-04-08 <= 2024-06-23), churned-yellow 10, and
    // too-new 99. Renewed 85, 60, 99 against churned 90, 10: 85 and 60 beat only 10, 99 beats
    // both: 4 of 6 pairs.
    expect(near.auc).toBeCloseTo(4 / 6, 12);
    expect(near.excluded).toEqual([]);
    expect(backtest([], 90).auc).toBeNull();
    expect(backtest([], 90).bands.red.churnRate).toBeNull();
  });
});
