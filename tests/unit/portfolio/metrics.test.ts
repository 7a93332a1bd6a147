import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHURN_REASON_OWNERS,
  portfolioMetrics,
} from '../../../src/shared/analytics/portfolio';
import { account, book, line, Q2, USD_OPTIONS } from './handBook';
import { unwrap } from './unwrap';

// Hand results for 2025-Q2 (see handBook.ts):
// start (31 March): A 100, C 300, D 1100, F 80, I 120 -> 5 customers, 1700
// end (30 June):    A 100, B 250, C 400, D 660, E 165, J 90 -> 6 customers, 1665
// new E 165 + J 90 = 255; reactivation B 250; expansion C 100; contraction D 440;
// churn F 80 + I 120 = 200; 1700 + 255 + 250 + 100 - 440 - 200 = 1665.
const q2 = () => unwrap(portfolioMetrics(book, { ...Q2, ...USD_OPTIONS }));

describe('portfolioMetrics on the hand-computed book, 2025-Q2', () => {
  it('counts customers at start and end, acquired, churned and reactivated', () => {
    expect(q2().customers).toEqual({
      start: 5,
      end: 6,
      new: 2,
      reactivated: 1,
      acquired: 3,
      churned: 2,
      retained: 3,
    });
  });

  it('customer retention = (end - acquired) / start and logo churn = churned / start', () => {
    const m = q2();
    expect(m.customerRetention).toEqual({ percent: 60, numerator: 3, denominator: 5 });
    expect(m.logoChurn).toEqual({ percent: 40, numerator: 2, denominator: 5 });
  });

  it('MRR movement adds up from start to end exactly', () => {
    const { mrr } = q2();
    expect(mrr).toEqual({
      start: 1700,
      end: 1665,
      new: 255,
      reactivation: 250,
      expansion: 100,
      contraction: 440,
      churn: 200,
      netChange: -35,
    });
    const cents = (x: number) => Math.round(x * 100);
    expect(
      cents(mrr.start) +
        cents(mrr.new) +
        cents(mrr.reactivation) +
        cents(mrr.expansion) -
        cents(mrr.contraction) -
        cents(mrr.churn),
    ).toBe(cents(mrr.end));
  });

  it('lists each moving account with its kind', () => {
    expect(q2().movements).toEqual([
      { accountId: 'B', kind: 'reactivation', startMrr: 0, endMrr: 250 },
      { accountId: 'C', kind: 'expansion', startMrr: 300, endMrr: 400 },
      { accountId: 'D', kind: 'contraction', startMrr: 1100, endMrr: 660 },
      { accountId: 'E', kind: 'new', startMrr: 0, endMrr: 165 },
      { accountId: 'F', kind: 'churn', startMrr: 80, endMrr: 0 },
      { accountId: 'I', kind: 'churn', startMrr: 120, endMrr: 0 },
      { accountId: 'J', kind: 'new', startMrr: 0, endMrr: 90 },
    ]);
  });

  it('GRR, NRR, revenue churn and ARR', () => {
    const m = q2();
    expect(m.grossRevenueRetention.numerator).toBe(1060);
    expect(m.grossRevenueRetention.percent).toBeCloseTo((1060 / 1700) * 100, 10);
    expect(m.netRevenueRetention.numerator).toBe(1160);
    expect(m.netRevenueRetention.percent).toBeCloseTo((1160 / 1700) * 100, 10);
    expect(m.revenueChurn.gross.numerator).toBe(640);
    expect(m.revenueChurn.gross.percent).toBeCloseTo((640 / 1700) * 100, 10);
    expect(m.revenueChurn.net.numerator).toBe(540);
    expect(m.arr).toEqual({ start: 20400, end: 19980 });
  });

  it('lifetime value = ARPA / monthly logo churn, with the assumption stated', () => {
    const { lifetimeValue, period } = q2();
    expect(period.months).toBe(3);
    // 40% of customers lost over 3 months: 0.6 = (1 - monthly)^3.
    const monthly = 1 - Math.cbrt(0.6);
    expect(lifetimeValue.arpa).toBeCloseTo(1665 / 6, 10);
    expect(lifetimeValue.monthlyLogoChurnPercent).toBeCloseTo(monthly * 100, 10);
    expect(lifetimeValue.value).toBeCloseTo(277.5 / monthly, 6);
    expect(lifetimeValue.assumption).toMatch(/ARPA/);
  });

  it('groups churn records of the period by reason with their owners and lost MRR', () => {
    const m = q2();
    const rows = Object.fromEntries(m.churnByReason.map((r) => [r.reason, r]));
    expect(rows.low_usage).toEqual({
      reason: 'low_usage',
      owners: ['support', 'onboarding'],
      count: 1,
      mrrLost: 80,
      accountIds: ['F'],
    });
    // H started and ended inside the quarter: its record counts, with the 70 it paid the day before.
    expect(rows.wrong_use_case).toMatchObject({
      count: 1,
      mrrLost: 70,
      owners: ['marketing', 'sales'],
    });
    expect(rows.roi_value).toMatchObject({ count: 0, mrrLost: 0 });
    expect(m.churnByReason).toHaveLength(7);
    expect(m.churnedWithoutReason).toEqual(['I']);
  });

  it('uses an edited reason-to-team mapping', () => {
    const owners = { ...DEFAULT_CHURN_REASON_OWNERS, low_usage: ['customer_success'] };
    const m = unwrap(portfolioMetrics(book, { ...Q2, ...USD_OPTIONS, churnReasonOwners: owners }));
    expect(m.churnByReason.find((r) => r.reason === 'low_usage')?.owners).toEqual([
      'customer_success',
    ]);
  });

  it('ships the default owners of the design', () => {
    expect(DEFAULT_CHURN_REASON_OWNERS).toMatchObject({
      wrong_use_case: ['marketing', 'sales'],
      failed_launch: ['sales', 'onboarding'],
      features_usability: ['product', 'support'],
      low_usage: ['support', 'onboarding'],
      roi_value: ['support', 'relationship_management'],
      org_change: ['relationship_management'],
    });
  });

  it('flags churn above the acceptable monthly rate', () => {
    const monthlyLogo = (1 - Math.cbrt(0.6)) * 100; // about 15.66
    const monthlyRevenue = (1 - Math.cbrt(1060 / 1700)) * 100; // about 14.56
    const flag = (measure: 'logo' | 'revenue', monthlyPercent: number) =>
      unwrap(
        portfolioMetrics(book, {
          ...Q2,
          ...USD_OPTIONS,
          acceptableChurn: { measure, monthlyPercent },
        }),
      );
    expect(flag('logo', 10).exceedsAcceptableChurn).toBe(true);
    expect(flag('logo', 20).exceedsAcceptableChurn).toBe(false);
    expect(flag('revenue', 15).exceedsAcceptableChurn).toBe(false);
    expect(flag('revenue', 14).exceedsAcceptableChurn).toBe(true);
    expect(flag('logo', 10).acceptableChurn?.actualMonthlyPercent).toBeCloseTo(monthlyLogo, 10);
    expect(flag('revenue', 10).acceptableChurn?.actualMonthlyPercent).toBeCloseTo(
      monthlyRevenue,
      10,
    );
    expect(q2().exceedsAcceptableChurn).toBeNull();
  });

  it('filters by segment and by owner', () => {
    // ent = D, F, I: start 1100 + 80 + 120 = 1300, end D 660; churn 200, contraction 440.
    const ent = unwrap(portfolioMetrics(book, { ...Q2, ...USD_OPTIONS, segment: 'ent' }));
    expect(ent.customers).toMatchObject({ start: 3, end: 1, churned: 2, acquired: 0 });
    expect(ent.mrr).toMatchObject({ start: 1300, end: 660, churn: 200, contraction: 440 });
    expect(ent.customerRetention.percent).toBeCloseTo(100 / 3, 10);
    expect(ent.filters).toEqual({ segment: 'ent', owner: null });
    // ann = A, D, I, J, K: start 100 + 1100 + 120 = 1320, end 100 + 660 + 90 = 850.
    const ann = unwrap(portfolioMetrics(book, { ...Q2, ...USD_OPTIONS, owner: 'ann' }));
    expect(ann.mrr).toMatchObject({ start: 1320, end: 850, new: 90, contraction: 440, churn: 120 });
  });

  it('GRR stays at or below 100% and NRR goes above it with pure expansion', () => {
    const growing = {
      accounts: [account('X')],
      lines: [line('X', 100, '2024-01-01', '2025-05-01'), line('X', 300, '2025-05-01', null)],
      churnRecords: [],
    };
    const m = unwrap(portfolioMetrics(growing, { ...Q2, ...USD_OPTIONS }));
    expect(m.grossRevenueRetention.percent).toBe(100);
    expect(m.netRevenueRetention.percent).toBe(300);
    expect(m.lifetimeValue.value).toBeNull();
  });

  it('gives null rates, not NaN, when nobody was a customer at start', () => {
    const empty = { accounts: [account('X')], lines: [], churnRecords: [] };
    const m = unwrap(portfolioMetrics(empty, { ...Q2, ...USD_OPTIONS }));
    expect(m.customerRetention.percent).toBeNull();
    expect(m.grossRevenueRetention.percent).toBeNull();
    expect(m.lifetimeValue.value).toBeNull();
  });
});

describe('currencies', () => {
  it('converts with the entered rate per unit of source currency', () => {
    const m = unwrap(portfolioMetrics(book, { ...Q2, currency: 'USD', fxRates: { EUR: 1.25 } }));
    // D 1000 EUR = 1250 USD at start; 600 EUR = 750 and E 150 EUR = 187.5 at end.
    expect(m.mrr.start).toBe(100 + 300 + 1250 + 80 + 120);
    expect(m.mrr.end).toBe(100 + 250 + 400 + 750 + 187.5 + 90);
  });

  it('returns an error naming the currency when a rate is missing', () => {
    const result = portfolioMetrics(book, { ...Q2, currency: 'USD', fxRates: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('EUR');
    expect(result.error.details).toEqual({ missingCurrencies: ['EUR'], reportCurrency: 'USD' });
  });

  it('treats a zero or negative rate as missing', () => {
    const result = portfolioMetrics(book, { ...Q2, currency: 'USD', fxRates: { EUR: 0 } });
    expect(result.ok).toBe(false);
  });

  it('needs a rate for GBP only when a GBP amount enters the report', () => {
    const withGbp = (end: string | null) => ({
      ...book,
      accounts: [...book.accounts, account('L', { currency: 'GBP' })],
      lines: [...book.lines, line('L', 10, '2020-01-01', end, { currency: 'GBP' })],
    });
    const active = portfolioMetrics(withGbp(null), { ...Q2, ...USD_OPTIONS });
    expect(active.ok ? null : active.error.details).toEqual({
      missingCurrencies: ['GBP'],
      reportCurrency: 'USD',
    });
    expect(portfolioMetrics(withGbp('2021-01-01'), { ...Q2, ...USD_OPTIONS }).ok).toBe(true);
  });

  it('reports in EUR with a USD rate', () => {
    const m = unwrap(portfolioMetrics(book, { ...Q2, currency: 'EUR', fxRates: { USD: 0.5 } }));
    // USD amounts halve, EUR amounts stay: start 50 + 150 + 1000 + 40 + 60.
    expect(m.mrr.start).toBe(1300);
    expect(m.currency).toBe('EUR');
  });
});

describe('period boundaries and input checks', () => {
  it('chains: a line ending on the first day of the period is churn in that period', () => {
    const march = unwrap(
      portfolioMetrics(book, { from: '2025-03-01', to: '2025-03-31', ...USD_OPTIONS }),
    );
    expect(march.movements.find((m) => m.accountId === 'I')).toBeUndefined();
    expect(march.mrr.end).toBe(q2().mrr.start);
  });

  it('refuses a reversed or malformed period', () => {
    expect(
      portfolioMetrics(book, { from: '2025-07-01', to: '2025-06-30', ...USD_OPTIONS }).ok,
    ).toBe(false);
    expect(
      portfolioMetrics(book, { from: '2025-02-30', to: '2025-06-30', ...USD_OPTIONS }).ok,
    ).toBe(false);
  });

  it('counts lines whose account is missing and leaves them out', () => {
    const orphan = { ...book, lines: [...book.lines, line('ZZ', 999, '2024-01-01', null)] };
    const m = unwrap(portfolioMetrics(orphan, { ...Q2, ...USD_OPTIONS }));
    expect(m.linesWithoutAccount).toBe(1);
    expect(m.mrr.start).toBe(1700);
  });
});
