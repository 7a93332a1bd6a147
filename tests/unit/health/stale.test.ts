// A feed that ended before the scored week is stale: left out and re-weighted like missing,
// never scored as zero. Rows that say zero still score zero.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEALTH_MODEL,
  DEFAULT_PLAYBOOK,
  evaluateTriggers,
  scoreAccount,
  weeklySnapshots,
} from '../../../src/shared/analytics/health';
import type { AccountData } from '../../../src/shared/analytics/health';
import { addDays } from '../../../src/shared/domain/dates';
import type { UsagePoint } from '../../../src/shared/domain/entities';
import { account } from './fixtures';

/** Weekly `logins` from 2025-01-06 for `weeks` weeks, each `value(i)`. */
function weekly(weeks: number, value: (i: number) => number): UsagePoint[] {
  return Array.from({ length: weeks }, (_, i) => ({
    accountId: 'A1',
    metric: 'logins',
    date: addDays('2025-01-06', i * 7),
    value: value(i),
  }));
}

const usageComponent = (data: AccountData, day: string) =>
  scoreAccount(DEFAULT_HEALTH_MODEL, data, day).components.find(
    (c) =>
      c.id === DEFAULT_HEALTH_MODEL.components.find((m) => m.measure === 'usage_vs_baseline')?.id,
  );

describe('stale feeds', () => {
  const lastPoint = addDays('2025-01-06', 29 * 7); // 30 weekly points
  const staleFrom = addDays(lastPoint, 7);

  it('usage that simply ended is stale, not zero, and its weight goes to the others', () => {
    const data: AccountData = {
      account: account(),
      usage: weekly(30, () => 50),
      staleFrom: { usage: staleFrom },
    };
    const nineWeeksLater = addDays(lastPoint, 63);
    const before = usageComponent(data, lastPoint);
    const after = usageComponent(data, nineWeeksLater);
    expect(before).toMatchObject({ missing: false, subScore: expect.any(Number) });
    expect(before?.stale).toBeUndefined();
    expect(after).toMatchObject({ missing: true, stale: true, value: null, subScore: null });
    expect(after?.effectiveWeight).toBe(0);
    const score = scoreAccount(DEFAULT_HEALTH_MODEL, data, nineWeeksLater);
    expect(score.stale).toContain(after?.id);
    expect(score.missing).toContain(after?.id);
    // Without the coverage the same gap reads as no usage at all: that is what staleness prevents.
    const unaware = usageComponent(
      { account: account(), usage: weekly(30, () => 50) },
      nineWeeksLater,
    );
    expect(unaware?.value).toBe(0);
  });

  it('rows that say zero score zero', () => {
    const data: AccountData = {
      account: account(),
      usage: weekly(30, (i) => (i < 22 ? 50 : 0)),
      staleFrom: { usage: staleFrom },
    };
    const component = usageComponent(data, lastPoint);
    expect(component).toMatchObject({ missing: false, value: 0 });
    expect(component?.stale).toBeUndefined();
  });
});

describe('triggers on stale feeds', () => {
  it('neither low usage nor no contact fires on feeds that ended', () => {
    const lastPoint = addDays('2025-01-06', 29 * 7);
    const base: AccountData = {
      account: account({ signupDate: '2025-01-06' }),
      // Usage fell to a tenth of its baseline in the last month it covers.
      usage: weekly(30, (i) => (i < 26 ? 50 : 5)),
      events: [],
    };
    const later = addDays(lastPoint, 63);
    const fired = (data: AccountData) =>
      evaluateTriggers(
        DEFAULT_PLAYBOOK,
        { data, snapshots: weeklySnapshots(DEFAULT_HEALTH_MODEL, data, '2025-01-06', later) },
        later,
        [],
      ).map((task) => task.trigger);
    // Unaware of the feeds' ends, the gap reads as low usage and no contact.
    expect(fired(base)).toEqual(expect.arrayContaining(['low_usage', 'no_contact']));
    const stale = fired({
      ...base,
      staleFrom: { usage: addDays(lastPoint, 7), events: addDays(lastPoint, 7) },
    });
    expect(stale).not.toContain('low_usage');
    expect(stale).not.toContain('no_contact');
  });
});
