// The hand book of tests/unit/portfolio, written into a workspace and read back through the IPC
// channels. The expected numbers are worked out by hand below, from the book's comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';
import { accounts, churnRecords, lines } from '../../unit/portfolio/handBook';

let t: TestServices;
beforeEach(async () => {
  t = testServices();
  await workspaceWith(t, { accounts, contract_lines: lines, churn: churnRecords });
});
afterEach(() => t.cleanup());

const Q2 = { kind: 'quarter', quarter: '2025-Q2' } as const;
const setEur = () =>
  request(t, 'portfolio:setFxRates', { rates: [{ currency: 'EUR', rate: 1.1 }] });

describe('portfolio metrics through the workspace', () => {
  it('asks for the missing EUR rate instead of mixing currencies', async () => {
    const answer = await request(t, 'portfolio:metrics', { period: Q2 });
    expect(answer.metrics).toBeNull();
    expect(answer.missingRates).toEqual(['EUR']);
    expect(answer.currency).toBe('USD');
    const rates = await request(t, 'portfolio:fxRates', {});
    expect(rates.needed).toEqual(['EUR']);
    expect(rates.rates).toEqual([]);
  });

  it('computes 2025-Q2 with EUR at 1.1 USD, as worked out by hand', async () => {
    await setEur();
    const { metrics, period } = await request(t, 'portfolio:metrics', { period: Q2 });
    expect(period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    // Start (end of 31 March): A 100, C 300, D 1000 EUR = 1100, F 80, I 120 -> 5 customers, 1700.
    // End (30 June): A 100, B 250, C 400, D 600 EUR = 660, E 150 EUR = 165, J 90 -> 6, 1665.
    expect(metrics!.customers).toEqual({
      start: 5,
      end: 6,
      new: 2, // E, J
      reactivated: 1, // B
      acquired: 3,
      churned: 2, // F, I
      retained: 3, // A, C, D
    });
    expect(metrics!.mrr).toEqual({
      start: 1700,
      end: 1665,
      new: 255,
      reactivation: 250,
      expansion: 100,
      contraction: 440,
      churn: 200,
      netChange: -35,
    });
    expect(metrics!.customerRetention.percent).toBeCloseTo(((6 - 3) / 5) * 100, 10);
    expect(metrics!.logoChurn.percent).toBeCloseTo(40, 10);
    expect(metrics!.grossRevenueRetention.percent).toBeCloseTo((1060 / 1700) * 100, 10);
    expect(metrics!.netRevenueRetention.percent).toBeCloseTo((1160 / 1700) * 100, 10);
    expect(metrics!.arr.end).toBeCloseTo(1665 * 12, 6);
    const reasons = Object.fromEntries(metrics!.churnByReason.map((r) => [r.reason, r]));
    expect(reasons.low_usage).toMatchObject({
      count: 1,
      mrrLost: 80,
      owners: ['support', 'onboarding'],
    });
    expect(reasons.wrong_use_case).toMatchObject({ count: 1, mrrLost: 70 });
    // The default acceptable churn is 5 % a month; 40 % a quarter is far above it.
    expect(metrics!.exceedsAcceptableChurn).toBe(true);
  });

  it('filters by segment and owner', async () => {
    await setEur();
    const smb = (await request(t, 'portfolio:metrics', { period: Q2, segment: 'smb' })).metrics!;
    // smb: A, B, E, G, J, K. Start: A 100. End: A 100, B 250, E 165, J 90.
    expect(smb.customers).toMatchObject({ start: 1, end: 4, new: 2, reactivated: 1, churned: 0 });
    expect(smb.mrr.end).toBe(605);
    const ann = (await request(t, 'portfolio:metrics', { period: Q2, owner: 'ann' })).metrics!;
    // ann: A, D, I, J, K. Start: A 100, D 1100, I 120. End: A 100, D 660, J 90.
    expect(ann.customers).toMatchObject({ start: 3, end: 3, new: 1, churned: 1 });
    expect(ann.mrr).toMatchObject({ start: 1320, end: 850, contraction: 440, churn: 120, new: 90 });
  });

  it('reports in another currency only with rates entered for it', async () => {
    await request(t, 'portfolio:setFxRates', {
      reportCurrency: 'EUR',
      rates: [{ currency: 'USD', rate: 0.5 }],
    });
    const eur = (await request(t, 'portfolio:metrics', { period: Q2, currency: 'EUR' })).metrics!;
    // Start: (100 + 300 + 80 + 120) USD x 0.5 + 1000 EUR = 1300 EUR.
    expect(eur.currency).toBe('EUR');
    expect(eur.mrr.start).toBe(1300);
    // The USD report still lacks its EUR rate: rates are per report currency.
    expect((await request(t, 'portfolio:metrics', { period: Q2 })).missingRates).toEqual(['EUR']);
  });

  it('gives a monthly series whose months chain into the quarter', async () => {
    await setEur();
    const { points } = await request(t, 'portfolio:series', { period: Q2, months: 3 });
    expect(points!.map((p) => p.month)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(points![0]!.mrr.start).toBe(1700);
    expect(points![2]!.mrr.end).toBe(1665);
    for (let i = 1; i < points!.length; i++)
      expect(points![i]!.mrr.start).toBe(points![i - 1]!.mrr.end);
  });

  it('lists renewals within 90 and 180 days with their ARR, grouped by the health band', async () => {
    await setEur();
    const answer = await request(t, 'portfolio:renewals', { asOf: '2025-07-01' });
    const [d90, d180] = answer.windows!;
    // Renewals from 1 July: F is churned; A 15 Aug (45 d), D 29 Sep (90 d), B 1 Dec (153 d).
    const ids = (w: typeof d90) => w!.byBand.flatMap((b) => b.accounts.map((a) => a.accountId));
    expect(ids(d90).sort()).toEqual(['A', 'D']);
    expect(d90!.arr).toBeCloseTo((100 + 660) * 12, 6);
    expect(d180!.count).toBe(3);
    // Each account sits under the band of its last health snapshot in the week up to asOf.
    expect(answer.healthAvailable).toBe(true);
    const db = t.services.workspaces.require().db;
    for (const group of d180!.byBand) {
      for (const a of group.accounts) {
        const row = db.exec(
          "SELECT band FROM health_snapshots WHERE account_id = ? AND week <= '2025-07-01' AND week > '2025-06-24' ORDER BY week DESC LIMIT 1",
          [a.accountId],
        )[0]?.values[0]?.[0];
        expect(group.band).toBe(row ?? 'unscored');
      }
    }
  });

  it('edits the churn reason owners, and the metrics use the edit', async () => {
    await setEur();
    await request(t, 'portfolio:setChurnReasonTeams', { teams: { low_usage: ['product'] } });
    const { metrics } = await request(t, 'portfolio:metrics', { period: Q2 });
    expect(metrics!.churnByReason.find((r) => r.reason === 'low_usage')!.owners).toEqual([
      'product',
    ]);
    const reasons = await request(t, 'portfolio:churnReasons', { period: Q2 });
    expect(reasons.owners.low_usage).toEqual(['product']);
    expect(reasons.owners.org_change).toEqual(['relationship_management']);
    expect(reasons.churned.map((c) => [c.accountId, c.reason])).toEqual([
      ['H', 'wrong_use_case'],
      ['F', 'low_usage'],
    ]);
  });

  it('saves a post-mortem for a churned account and marks it in the churn list', async () => {
    const draft = await request(t, 'portfolio:postMortem', { accountId: 'F' });
    expect(draft).toMatchObject({ reason: 'low_usage', churnDate: '2025-05-20', updatedAt: null });
    await request(t, 'portfolio:savePostMortem', {
      accountId: 'F',
      reason: 'roi_value',
      couldHaveDone: 'A value review in March',
      lessons: 'Track usage weekly',
    });
    const saved = await request(t, 'portfolio:postMortem', { accountId: 'F' });
    expect(saved).toMatchObject({ reason: 'roi_value', lessons: 'Track usage weekly' });
    expect(saved.updatedAt).not.toBeNull();
    const { churned } = await request(t, 'portfolio:churnReasons', { period: Q2 });
    expect(churned.find((c) => c.accountId === 'F')!.hasPostMortem).toBe(true);
    expect(churned.find((c) => c.accountId === 'H')!.hasPostMortem).toBe(false);
  });

  it('saves, replaces and deletes table views', async () => {
    const state = { segment: 'smb', sortBy: 'arr', sortDir: 'desc' } as const;
    const first = await request(t, 'portfolio:saveView', { name: 'SMB by ARR', state });
    await request(t, 'portfolio:saveView', {
      name: 'SMB by ARR',
      state: { ...state, owner: 'ann' },
    });
    const views = await request(t, 'portfolio:views', {});
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ id: first.id, state: { segment: 'smb', owner: 'ann' } });
    await request(t, 'portfolio:deleteView', { id: first.id });
    expect(await request(t, 'portfolio:views', {})).toEqual([]);
    const again = await dispatch('portfolio:deleteView', { id: first.id }, t.services);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a malformed period and an unknown field', async () => {
    const bad = await dispatch(
      'portfolio:metrics',
      { period: { kind: 'month', month: '2025-13' } },
      t.services,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await dispatch('portfolio:metrics', { period: Q2, sql: 'DROP' }, t.services);
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
