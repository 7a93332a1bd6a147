// The engine on the public RavenStack sample: support measures against brute-force counts, and
// the explanation invariants on every account over a year of weekly snapshots.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_MODEL,
  MEASURES,
  indexAccountData,
  weeklySnapshots,
} from '../../../src/shared/analytics/health';
import { toDay } from '../../../src/shared/analytics/health/days';
import type { Ticket } from '../../../src/shared/domain/entities';
import { account, addDays } from './fixtures';
import { RAVENSTACK_AVAILABLE, readTickets, readWorkspace } from './ravenstack';

describe.skipIf(!RAVENSTACK_AVAILABLE)('RavenStack sample', () => {
  it('support measures agree with brute-force counts on the real tickets', () => {
    const byAccount = new Map<string, Ticket[]>();
    for (const t of readTickets())
      byAccount.set(t.accountId, [...(byAccount.get(t.accountId) ?? []), t]);
    const dates = ['2023-04-03', '2023-10-02', '2024-04-01', '2024-10-07', '2024-12-30'];
    let checked = 0;
    for (const [accountId, tickets] of byAccount) {
      const index = indexAccountData({ account: account({ id: accountId }), tickets });
      for (const date of dates) {
        const after = addDays(date, -90);
        const isHigh = (t: Ticket) => t.priority === 'high' || t.priority === 'urgent';
        const open = tickets.filter(
          (t) =>
            isHigh(t) && t.openedDate <= date && (t.closedDate === null || t.closedDate > date),
        );
        const escalated = tickets.filter(
          (t) => t.escalated && t.openedDate > after && t.openedDate <= date,
        );
        const closed = tickets.filter(
          (t) => t.closedDate !== null && t.closedDate > after && t.closedDate <= date,
        );
        const meanHours =
          closed.length === 0
            ? null
            : closed.reduce((s, t) => s + (t.resolutionHours ?? 0), 0) / closed.length;
        const day = toDay(date);
        expect(MEASURES.open_high_priority_tickets(index, day, {})).toBe(open.length);
        expect(MEASURES.escalations(index, day, {})).toBe(escalated.length);
        const measured = MEASURES.mean_resolution_hours(index, day, {});
        if (meanHours === null) expect(measured).toBeNull();
        else expect(measured).toBeCloseTo(meanHours, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every weekly score of every account is explained by its contributions', () => {
    const workspace = readWorkspace();
    expect(workspace).toHaveLength(500);
    let scored = 0;
    let worstSum = 0;
    let worstWeights = 0;
    let worstMean = 0;
    let outOfRange = 0;
    let missingListed = true;
    let scoreWithoutData = 0;
    for (const data of workspace) {
      for (const snapshot of weeklySnapshots(
        DEFAULT_HEALTH_MODEL,
        data,
        '2024-01-01',
        '2024-12-31',
      )) {
        const present = snapshot.components.filter((c) => !c.missing);
        const missing = snapshot.components.filter((c) => c.missing).map((c) => c.id);
        missingListed &&= missing.join() === snapshot.missing.join();
        if (snapshot.score === null) {
          if (present.length > 0) scoreWithoutData++;
          continue;
        }
        scored++;
        if (snapshot.score < 0 || snapshot.score > 100) outOfRange++;
        const total = snapshot.components.reduce((s, c) => s + c.contribution, 0);
        const weights = present.reduce((s, c) => s + c.effectiveWeight, 0);
        // Nothing missing counts: the score is the weighted mean of the present sub-scores.
        const nominal = present.reduce((s, c) => s + c.weight, 0);
        const mean = present.reduce((s, c) => s + c.weight * (c.subScore as number), 0) / nominal;
        worstSum = Math.max(worstSum, Math.abs(total - snapshot.score));
        worstWeights = Math.max(worstWeights, Math.abs(weights - 1));
        worstMean = Math.max(worstMean, Math.abs(mean - snapshot.score));
      }
    }
    expect(missingListed).toBe(true);
    expect(scoreWithoutData).toBe(0);
    expect(outOfRange).toBe(0);
    expect(worstSum).toBeLessThan(1e-9);
    expect(worstWeights).toBeLessThan(1e-12);
    expect(worstMean).toBeLessThan(1e-9);
    expect(scored).toBeGreaterThan(10000);
  });
});
