// The generated sample book, written into a workspace, against a plain computation from the
// generated arrays: MRR on a day = the sum of non-trial lines active that day, each converted
// with the entered rate and rounded to the cent; a customer is an account with such a line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleBook } from '../../../src/main/sample/generate';
import type { ContractLine } from '../../../src/shared/domain/entities';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';

const book = generateSampleBook();
const RATES: Record<string, number> = { USD: 1, EUR: 1.08, THB: 0.028, TRY: 0.031 };

let t: TestServices;
beforeAll(async () => {
  t = testServices();
  await workspaceWith(t, {
    accounts: book.accounts,
    contract_lines: book.contractLines,
    churn: book.churns,
    contacts: book.contacts,
  });
  await request(t, 'portfolio:setFxRates', {
    rates: ['EUR', 'THB', 'TRY'].map((currency) => ({ currency, rate: RATES[currency]! })),
  });
});
afterAll(() => t.cleanup());

function cents(line: ContractLine): number {
  return Math.round(line.mrr * RATES[line.currency]! * 100);
}

function paidOn(day: string, keep: (accountId: string) => boolean): Map<string, number> {
  const byAccount = new Map<string, number>();
  for (const line of book.contractLines) {
    if (line.isTrial || !keep(line.accountId)) continue;
    if (line.startDate <= day && (line.endDate === null || day < line.endDate))
      byAccount.set(line.accountId, (byAccount.get(line.accountId) ?? 0) + cents(line));
  }
  return byAccount;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 100;

describe('portfolio metrics on the sample book', () => {
  it.each([
    ['2026-Q3', '2026-06-30', '2026-09-30', undefined],
    ['2026-Q1', '2025-12-31', '2026-03-31', undefined],
    ['2026-Q3', '2026-06-30', '2026-09-30', 'Enterprise'],
  ] as const)(
    '%s (segment %s) matches the plain computation',
    async (quarter, startDay, endDay, segment) => {
      const inSegment = new Set(
        book.accounts.filter((a) => !segment || a.segment === segment).map((a) => a.id),
      );
      const keep = (id: string) => inSegment.has(id);
      const start = paidOn(startDay, keep);
      const end = paidOn(endDay, keep);
      const churned = [...start.keys()].filter((id) => !end.has(id));
      const joined = [...end.keys()].filter((id) => !start.has(id));
      const periodStart = `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
      const paidBefore = (id: string) =>
        book.contractLines.some(
          (l) =>
            l.accountId === id &&
            !l.isTrial &&
            l.startDate < periodStart &&
            (l.endDate === null || l.endDate > l.startDate),
        );

      // The quarters are chosen so that customers come and go: the check is not vacuous.
      expect(start.size).toBeGreaterThan(0);
      expect(churned.length + joined.length).toBeGreaterThan(0);
      const { metrics } = await request(t, 'portfolio:metrics', {
        period: { kind: 'quarter', quarter },
        ...(segment ? { segment } : {}),
      });
      expect(metrics).not.toBeNull();
      const m = metrics!;
      expect(m.customers.start).toBe(start.size);
      expect(m.customers.end).toBe(end.size);
      expect(m.customers.churned).toBe(churned.length);
      expect(m.customers.reactivated).toBe(joined.filter(paidBefore).length);
      expect(m.customers.new).toBe(joined.filter((id) => !paidBefore(id)).length);
      expect(m.mrr.start).toBeCloseTo(sum(start), 2);
      expect(m.mrr.end).toBeCloseTo(sum(end), 2);
      expect(m.mrr.churn).toBeCloseTo(churned.reduce((a, id) => a + start.get(id)!, 0) / 100, 2);
      expect(m.logoChurn.percent).toBeCloseTo((churned.length / start.size) * 100, 8);
      const changed = [...start.keys()].filter((id) => end.has(id));
      const up = changed.reduce((a, id) => a + Math.max(0, end.get(id)! - start.get(id)!), 0) / 100;
      const down =
        changed.reduce((a, id) => a + Math.max(0, start.get(id)! - end.get(id)!), 0) / 100;
      expect(m.mrr.expansion).toBeCloseTo(up, 2);
      expect(m.mrr.contraction).toBeCloseTo(down, 2);
      expect(m.netRevenueRetention.percent).toBeCloseTo(
        ((sum(start) + up - down - m.mrr.churn) / sum(start)) * 100,
        6,
      );
    },
  );

  it('counts churn reasons from the churn records dated in the year', async () => {
    const { metrics } = await request(t, 'portfolio:metrics', {
      period: { kind: 'year', year: 2026 },
    });
    const expected = new Map<string, number>();
    for (const c of book.churns)
      if (c.date.startsWith('2026')) expected.set(c.reason, (expected.get(c.reason) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(1);
    for (const row of metrics!.churnByReason) expect(row.count).toBe(expected.get(row.reason) ?? 0);
  });
});
