import { describe, expect, it } from 'vitest';
import {
  monthlyMetrics,
  mrrWaterfall,
  portfolioMetrics,
  retentionOverTime,
} from '../../../src/shared/analytics/portfolio';
import { book, Q2, USD_OPTIONS } from './handBook';
import { unwrap } from './unwrap';

// Hand results per month of 2025-Q2:
// April: 1700 -> 1850; C expansion 200 (upgrade), H new 70, I churn 120; customers 5 -> 5.
// May:   1850 -> 1745; B reactivation 250, D contraction 440, E new 165, F churn 80.
// June:  1745 -> 1665; C contraction 100 (downgrade), J new 90, H churn 70.
describe('monthly series over 2025-Q2', () => {
  const series = unwrap(monthlyMetrics(book, { ...Q2, ...USD_OPTIONS }));

  it('gives one entry per month with the hand-computed movement', () => {
    expect(series.map((s) => s.month)).toEqual(['2025-04', '2025-05', '2025-06']);
    const pick = (i: number) => {
      const {
        start,
        end,
        new: added,
        reactivation,
        expansion,
        contraction,
        churn,
      } = series[i]!.metrics.mrr;
      return [start, end, added, reactivation, expansion, contraction, churn];
    };
    expect(pick(0)).toEqual([1700, 1850, 70, 0, 200, 0, 120]);
    expect(pick(1)).toEqual([1850, 1745, 165, 250, 0, 440, 80]);
    expect(pick(2)).toEqual([1745, 1665, 90, 0, 0, 100, 70]);
  });

  it('gives retention over time', () => {
    const points = retentionOverTime(series);
    // April: 5 at start, 5 at end, 1 acquired (H): (5 - 1) / 5.
    expect(points[0]).toMatchObject({
      month: '2025-04',
      customerRetentionPercent: 80,
      logoChurnPercent: 20,
      customersAtEnd: 5,
      mrrAtEnd: 1850,
    });
    expect(points[1]!.grossRevenueRetentionPercent).toBeCloseTo(
      ((1850 - 440 - 80) / 1850) * 100,
      10,
    );
  });

  it('propagates a missing rate as an error', () => {
    expect(monthlyMetrics(book, { ...Q2, currency: 'USD', fxRates: {} }).ok).toBe(false);
  });
});

describe('MRR waterfall', () => {
  it('steps from start to end with signed changes', () => {
    const { mrr } = unwrap(portfolioMetrics(book, { ...Q2, ...USD_OPTIONS }));
    expect(mrrWaterfall(mrr)).toEqual([
      { key: 'start', amount: 1700, low: 0, high: 1700 },
      { key: 'new', amount: 255, low: 1700, high: 1955 },
      { key: 'reactivation', amount: 250, low: 1955, high: 2205 },
      { key: 'expansion', amount: 100, low: 2205, high: 2305 },
      { key: 'contraction', amount: -440, low: 1865, high: 2305 },
      { key: 'churn', amount: -200, low: 1665, high: 1865 },
      { key: 'end', amount: 1665, low: 0, high: 1665 },
    ]);
  });
});
