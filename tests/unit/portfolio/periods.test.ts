import { describe, expect, it } from 'vitest';
import {
  monthsOf,
  parseMonth,
  parseQuarter,
  periodOf,
  portfolioMetrics,
} from '../../../src/shared/analytics/portfolio';
import { book, USD_OPTIONS } from './handBook';
import { unwrap } from './unwrap';

describe('period helpers', () => {
  it('parses quarter strings', () => {
    expect(parseQuarter('2025-Q3')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(parseQuarter('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(parseQuarter('2024-q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(parseQuarter('2025-Q5')).toBeNull();
    expect(parseQuarter('Q3 2025')).toBeNull();
  });

  it('resolves month (leap February), quarter, year and custom', () => {
    expect(unwrap(periodOf({ kind: 'month', month: '2024-02' }))).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(unwrap(periodOf({ kind: 'quarter', quarter: '2025-Q2' }))).toEqual({
      from: '2025-04-01',
      to: '2025-06-30',
    });
    expect(unwrap(periodOf({ kind: 'year', year: 2025 }))).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(unwrap(periodOf({ kind: 'custom', from: '2025-01-15', to: '2025-02-14' }))).toEqual({
      from: '2025-01-15',
      to: '2025-02-14',
    });
  });

  it('refuses malformed specs with an INVALID_INPUT result', () => {
    for (const spec of [
      { kind: 'month', month: '2025-13' },
      { kind: 'year', year: 25.5 },
      { kind: 'custom', from: '2025-03-01', to: '2025-02-01' },
      { kind: 'custom', from: '2025-02-29', to: '2025-03-01' },
    ] as const) {
      const result = periodOf(spec);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
    expect(parseMonth('July')).toBeNull();
  });

  it('lists the whole months touching a range, across a year end', () => {
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-03' }).map((m) => m.from)).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
    expect(monthsOf({ from: '2024-11-15', to: '2025-02-03' }).at(-1)?.to).toBe('2025-02-28');
  });

  it('measures period length in calendar months for the monthly churn equivalent', () => {
    const months = (from: string, to: string) =>
      unwrap(portfolioMetrics(book, { from, to, ...USD_OPTIONS })).period.months;
    expect(months('2025-02-01', '2025-02-28')).toBe(1);
    expect(months('2024-01-01', '2024-12-31')).toBe(12);
    expect(months('2025-01-15', '2025-02-14')).toBe(1);
    // 1 to 16 June is 16 of June's 30 days.
    expect(months('2025-06-01', '2025-06-16')).toBeCloseTo(16 / 30, 12);
  });
});
