// The stored form of a snapshot, and what a fresh workspace starts with.
import { afterEach, describe, expect, it } from 'vitest';
import { currentModel } from '../../../src/main/health/model-store';
import { getPlaybook } from '../../../src/main/health/playbook-store';
import { decodeComponents, encodeComponents } from '../../../src/main/health/snapshot-store';
import { historySpan } from '../../../src/main/health/recompute';
import {
  DEFAULT_HEALTH_MODEL,
  DEFAULT_PLAYBOOK,
  weeklySnapshots,
} from '../../../src/shared/analytics/health';
import { HAND_AS_OF, HAND_CHECKED } from '../health/handChecked';
import { account } from '../health/fixtures';
import { openWorkspace } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices | null = null;
afterEach(() => t?.cleanup());

describe('snapshot components on disk', () => {
  it('decode rebuilds weights and contributions the engine computed', () => {
    const snapshots = weeklySnapshots(DEFAULT_HEALTH_MODEL, HAND_CHECKED, '2024-01-01', HAND_AS_OF);
    for (const snapshot of snapshots) {
      const decoded = decodeComponents(DEFAULT_HEALTH_MODEL, encodeComponents(snapshot));
      snapshot.components.forEach((original, i) => {
        const back = decoded[i];
        expect(back?.id).toBe(original.id);
        expect(back?.missing).toBe(original.missing);
        expect(back?.stale).toBe(original.stale);
        expect(back?.effectiveWeight).toBeCloseTo(original.effectiveWeight, 12);
        // The sub-score is mapped from the value as stored, to six decimals.
        if (original.value === null) expect(back?.value).toBeNull();
        else expect(back?.value).toBeCloseTo(original.value, 6);
        expect(back?.contribution).toBeCloseTo(original.contribution, 3);
      });
    }
  });

  it('stores one value per component, not the whole record', () => {
    const [snapshot] = weeklySnapshots(DEFAULT_HEALTH_MODEL, HAND_CHECKED, HAND_AS_OF, HAND_AS_OF);
    const stored = JSON.parse(encodeComponents(snapshot!)) as unknown[];
    expect(stored).toHaveLength(DEFAULT_HEALTH_MODEL.components.length);
    expect(stored.every((value) => value === null || typeof value === 'number')).toBe(true);
    expect(stored.some((value) => typeof value === 'number')).toBe(true);
  });
});

describe('weeks stored before values alone were', () => {
  /** A 13-component row as written before: [value, subScore] pairs, [null, null, 1] when stale. */
  const PAIRS = `[[1.066667,100],[4,80],[0.123456789,20],[null,null],[null,null,1],[0,100],[0,100],${'[null,null],'.repeat(5)}[2,100]]`;
  const VALUES = `[1.066667,4,0.123456789,null,"stale",0,0,${'null,'.repeat(5)}2]`;

  it('read as they were written, and as the same week stored as values reads', () => {
    const pairs = JSON.parse(PAIRS) as (number | null)[][];
    const fromPairs = decodeComponents(DEFAULT_HEALTH_MODEL, PAIRS);
    fromPairs.forEach((component, i) => {
      const [value, subScore, stale] = pairs[i]!;
      expect(component.value).toBe(value);
      expect(component.subScore).toBe(subScore);
      expect(component.stale === true).toBe(stale === 1);
      expect(component.missing).toBe(subScore === null);
    });
    // The pairs hold this model's mapping of their values, so both forms read alike.
    expect(decodeComponents(DEFAULT_HEALTH_MODEL, VALUES)).toEqual(fromPairs);
  });
});

describe('a fresh workspace', () => {
  it('starts with the default model as version 1 and the default playbook', async () => {
    t = testServices();
    const ws = await openWorkspace(t);
    expect(currentModel(ws.db).model).toEqual(DEFAULT_HEALTH_MODEL);
    expect(getPlaybook(ws.db)).toEqual(DEFAULT_PLAYBOOK);
  });
});

describe('the span an account is scored over', () => {
  it('runs from sign-up to today, or to the churn date', () => {
    const data = { account: account({ signupDate: '2024-03-01' }) };
    expect(historySpan(data, undefined, '2025-01-01')).toEqual({
      from: '2024-03-01',
      to: '2025-01-01',
    });
    expect(historySpan(data, '2024-09-01', '2025-01-01')).toEqual({
      from: '2024-03-01',
      to: '2024-09-01',
    });
  });

  it('falls back to the first contract, usage or event, and is null without any', () => {
    const base = account({ signupDate: null });
    expect(historySpan({ account: base }, undefined, '2025-01-01')).toBeNull();
    expect(
      historySpan(
        {
          account: base,
          usage: [{ accountId: 'A1', metric: 'm', date: '2024-05-06', value: 1 }],
          events: [
            { id: 'E', accountId: 'A1', type: 't', date: '2024-04-01', title: 't', detail: null },
          ],
        },
        undefined,
        '2025-01-01',
      )?.from,
    ).toBe('2024-04-01');
  });
});
