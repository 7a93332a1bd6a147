import { describe, expect, it } from 'vitest';
import { upcomingRenewals } from '../../../src/shared/analytics/portfolio';
import { book, USD_OPTIONS } from './handBook';
import { unwrap } from './unwrap';

// As of 1 July 2025: A renews 15 Aug (45 days), D 29 Sep (90 days), B 1 Dec (153 days),
// E 1 Mar 2026 (beyond 180); F is churned, J's date is past, the rest have none.
// ARR on 1 July: A 12 x 100 = 1200, D 12 x 660 = 7920, B 12 x 250 = 3000.
const bands: Record<string, string> = { A: 'red', D: 'red', B: 'green' };
const options = { asOf: '2025-07-01', bandOf: (id: string) => bands[id] ?? null, ...USD_OPTIONS };

describe('upcomingRenewals', () => {
  it('groups renewals in the next 90 and 180 days by band with ARR', () => {
    const [in90, in180] = unwrap(upcomingRenewals(book, options));
    expect(in90).toMatchObject({ days: 90, until: '2025-09-29', count: 2, arr: 9120 });
    expect(in90!.byBand).toEqual([
      {
        band: 'red',
        count: 2,
        arr: 9120,
        accounts: [
          { accountId: 'A', renewalDate: '2025-08-15', daysToRenewal: 45, arr: 1200 },
          { accountId: 'D', renewalDate: '2025-09-29', daysToRenewal: 90, arr: 7920 },
        ],
      },
    ]);
    expect(in180).toMatchObject({ days: 180, count: 3, arr: 12120 });
    expect(in180!.byBand.map((b) => [b.band, b.count, b.arr])).toEqual([
      ['green', 1, 3000],
      ['red', 2, 9120],
    ]);
  });

  it('puts accounts without a band under unscored and honours filters', () => {
    const [in90] = unwrap(upcomingRenewals(book, { ...options, bandOf: () => null, owner: 'ann' }));
    expect(in90!.byBand.map((b) => [b.band, b.count])).toEqual([['unscored', 2]]);
    const [, in180] = unwrap(upcomingRenewals(book, { ...options, segment: 'smb' }));
    expect(in180!.byBand.flatMap((b) => b.accounts.map((a) => a.accountId)).sort()).toEqual([
      'A',
      'B',
    ]);
  });

  it('returns an error naming a missing currency', () => {
    const result = upcomingRenewals(book, { ...options, fxRates: {} });
    expect(result.ok ? '' : result.error.message).toContain('EUR');
  });
});
