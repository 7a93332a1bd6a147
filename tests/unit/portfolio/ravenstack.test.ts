// The RavenStack subscriptions file (../shared/data) against a plain, independent computation:
// MRR on a day = sum of mrr of the non-trial lines active that day; customers = accounts with any
// such line. The file is simple CSV (checked below: no quotes), CRLF, blank end_date = active,
// booleans True/False.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthlyMetrics, portfolioMetrics } from '../../../src/shared/analytics/portfolio';
import type { ContractLine } from '../../../src/shared/domain/entities';
import { account } from './handBook';
import { unwrap } from './unwrap';
import { dataSkip, testDataFile } from '../../helpers/test-data';

const SKIP = dataSkip('ravenstack_subscriptions.csv', 'ravenstack_accounts.csv');

function readCsv(name: string): Record<string, string>[] {
  if (SKIP !== null) return [];
  const text = readFileSync(testDataFile(name), 'utf8');
  expect(text.includes('"')).toBe(false);
  const [header, ...rows] = text.split(/\r?\n/).filter((row) => row.length > 0);
  const names = header!.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    expect(cells).toHaveLength(names.length);
    return Object.fromEntries(names.map((n, i) => [n, cells[i]!]));
  });
}

const subscriptions = readCsv('ravenstack_subscriptions.csv');
const industries = new Map(
  readCsv('ravenstack_accounts.csv').map((r) => [r.account_id!, r.industry!]),
);

const lines: ContractLine[] = subscriptions.map((r) => ({
  id: r.subscription_id!,
  accountId: r.account_id!,
  plan: r.plan_tier!,
  seats: Number(r.seats),
  mrr: Number(r.mrr_amount),
  currency: 'USD',
  startDate: r.start_date!,
  endDate: r.end_date === '' ? null : r.end_date!,
  isTrial: r.is_trial === 'True',
  upgrade: r.upgrade_flag === 'True',
  downgrade: r.downgrade_flag === 'True',
  churn: r.churn_flag === 'True',
  autoRenew: r.auto_renew_flag === 'True',
}));
const accounts = [...industries].map(([id, industry]) => account(id, { segment: industry }));
const input = { accounts, lines, churnRecords: [] };
const options = { currency: 'USD', fxRates: {} };

// --- the independent computation, straight from the CSV rows ---
function paidOn(day: string, keep: (accountId: string) => boolean): Map<string, number> {
  const byAccount = new Map<string, number>();
  for (const r of subscriptions) {
    if (r.is_trial === 'True' || !keep(r.account_id!)) continue;
    if (r.start_date! <= day && (r.end_date === '' || day < r.end_date!)) {
      byAccount.set(r.account_id!, (byAccount.get(r.account_id!) ?? 0) + Number(r.mrr_amount));
    }
  }
  return byAccount;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function plainMetrics(from: string, to: string, keep: (accountId: string) => boolean = () => true) {
  const start = paidOn(dayBefore(from), keep);
  const end = paidOn(to, keep);
  const paidBefore = (id: string) =>
    subscriptions.some(
      (r) =>
        r.account_id === id &&
        r.is_trial === 'False' &&
        r.start_date! < from &&
        (r.end_date === '' || r.end_date! > r.start_date!),
    );
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  let added = 0,
    reactivated = 0,
    churned = 0;
  let newMrr = 0,
    reactivation = 0,
    expansion = 0,
    contraction = 0,
    churn = 0;
  for (const [id, mrr] of end) {
    const before = start.get(id);
    if (before === undefined && paidBefore(id)) {
      reactivated += 1;
      reactivation += mrr;
    } else if (before === undefined) {
      added += 1;
      newMrr += mrr;
    } else if (mrr > before) expansion += mrr - before;
    else contraction += before - mrr;
  }
  for (const [id, mrr] of start) {
    if (!end.has(id)) {
      churned += 1;
      churn += mrr;
    }
  }
  return {
    customers: { start: start.size, end: end.size, new: added, reactivated, churned },
    mrr: {
      start: sum(start),
      end: sum(end),
      new: newMrr,
      reactivation,
      expansion,
      contraction,
      churn,
    },
  };
}

describe.skipIf(SKIP !== null)(
  'RavenStack subscriptions against an independent computation',
  () => {
    it('loads all 5,000 lines, 4,514 of them active (blank end_date)', () => {
      expect(lines).toHaveLength(5000);
      expect(lines.filter((l) => l.endDate === null)).toHaveLength(4514);
    });

    it.each([
      ['2024-01-01', '2024-03-31'],
      ['2024-07-01', '2024-07-31'],
      ['2024-12-01', '2024-12-31'],
      ['2024-02-10', '2024-11-20'],
      ['2023-01-01', '2023-12-31'],
    ])('matches for %s .. %s', (from, to) => {
      const m = unwrap(portfolioMetrics(input, { from, to, ...options }));
      const plain = plainMetrics(from, to);
      expect(m.customers).toMatchObject(plain.customers);
      expect(m.mrr).toMatchObject(plain.mrr);
      const acquired = plain.customers.new + plain.customers.reactivated;
      if (plain.customers.start > 0) {
        expect(m.customerRetention.percent).toBeCloseTo(
          ((plain.customers.end - acquired) / plain.customers.start) * 100,
          10,
        );
        const { start, expansion, contraction, churn } = plain.mrr;
        expect(m.grossRevenueRetention.percent).toBeCloseTo(
          ((start - contraction - churn) / start) * 100,
          10,
        );
        expect(m.netRevenueRetention.percent).toBeCloseTo(
          ((start + expansion - contraction - churn) / start) * 100,
          10,
        );
      }
      expect(m.arr.end).toBe(plain.mrr.end * 12);
    });

    it('matches for one industry segment', () => {
      const keep = (id: string) => industries.get(id) === 'FinTech';
      const m = unwrap(
        portfolioMetrics(input, {
          from: '2024-04-01',
          to: '2024-09-30',
          segment: 'FinTech',
          ...options,
        }),
      );
      const plain = plainMetrics('2024-04-01', '2024-09-30', keep);
      expect(m.customers).toMatchObject(plain.customers);
      expect(m.mrr).toMatchObject(plain.mrr);
    });

    it('covers reactivations, as counted separately with Python csv.DictReader', () => {
      const m = unwrap(
        portfolioMetrics(input, { from: '2024-02-10', to: '2024-11-20', ...options }),
      );
      expect(m.customers).toMatchObject({
        start: 211,
        end: 466,
        new: 253,
        reactivated: 2,
        churned: 0,
      });
    });

    it('matches totals computed separately with Python csv.DictReader', () => {
      // python3: sum(int(mrr_amount)) and count of accounts over rows with is_trial == 'False' and
      // start_date <= day < end_date (blank = open), per day.
      const q2 = unwrap(
        portfolioMetrics(input, { from: '2024-04-01', to: '2024-06-30', ...options }),
      );
      expect([q2.customers.end, q2.mrr.end]).toEqual([333, 3_833_405]);
      const y2024 = unwrap(
        portfolioMetrics(input, { from: '2024-01-01', to: '2024-12-31', ...options }),
      );
      expect([y2024.customers.start, y2024.mrr.start]).toEqual([185, 1_262_113]);
      expect([y2024.customers.end, y2024.mrr.end]).toEqual([500, 10_159_608]);
    });

    it('chains month to month over 2024', () => {
      const series = unwrap(
        monthlyMetrics(input, { from: '2024-01-01', to: '2024-12-31', ...options }),
      );
      expect(series).toHaveLength(12);
      for (let i = 1; i < series.length; i += 1) {
        expect(series[i]!.metrics.mrr.start).toBe(series[i - 1]!.metrics.mrr.end);
        expect(series[i]!.metrics.customers.start).toBe(series[i - 1]!.metrics.customers.end);
      }
      const decemberEnd = [...paidOn('2024-12-31', () => true).values()].reduce((a, b) => a + b, 0);
      expect(series[11]!.metrics.mrr.end).toBe(decemberEnd);
    });
  },
);
