// The hand-checked account of the engine's tests, written into a real workspace and read back
// through the app's channels: the DB round trip must not change its score or explanation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { workspaceAsOf } from '../../../src/main/time/as-of';
import type { WeekExplanation } from '../../../src/shared/ipc/contract';
import { survey } from '../../unit/health/fixtures';
import { HAND_AS_OF, HAND_CHECKED } from '../../unit/health/handChecked';
import { count, openWorkspace, writeRows } from '../../helpers/health-workspace';
import { TEST_NOW, testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const component = (e: WeekExplanation, id: string) => {
  const found = e.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
};

beforeEach(async () => {
  t = testServices();
  const ws = await openWorkspace(t);
  writeRows(ws, {
    accounts: [HAND_CHECKED.account],
    contacts: HAND_CHECKED.contacts ?? [],
    contract_lines: HAND_CHECKED.contracts ?? [],
    usage: HAND_CHECKED.usage ?? [],
    tickets: HAND_CHECKED.tickets ?? [],
    events: HAND_CHECKED.events ?? [],
  });
});
afterEach(() => t.cleanup());

describe('the hand-checked account through the database', () => {
  it('scores 5435 / 90 on 2024-06-03, yellow, with NPS missing and re-weighted', async () => {
    // By hand (see tests/unit/health/score.test.ts for each value): sub-score x weight summed
    // over the components with data, divided by the weight present (100 - NPS's 10).
    const points =
      (100 / 3) * 15 +
      30 * 10 +
      80 * 10 +
      75 * 5 +
      70 * 8 +
      60 * 5 +
      62.5 * 4 +
      75 * 10 +
      40 * 10 +
      80 * 5 +
      100 * 8;
    const e = await call<WeekExplanation>('health:explain', {
      accountId: 'A1',
      date: HAND_AS_OF,
    });
    expect(e.date).toBe(HAND_AS_OF);
    expect(e.score).toBeCloseTo(points / 90, 9);
    expect(e.band).toBe('yellow');
    expect(e.missing).toEqual(['nps']);
    expect(component(e, 'nps')).toMatchObject({
      value: null,
      subScore: null,
      missing: true,
      contribution: 0,
      effectiveWeight: 0,
      weight: 10,
    });
    expect(component(e, 'champion')).toMatchObject({ subScore: 40, unit: 'champion_state' });
    expect(component(e, 'support_open_high').contribution).toBeCloseTo((70 * 8) / 90, 9);
    const weights = e.components.reduce((sum, c) => sum + c.effectiveWeight, 0);
    expect(weights).toBeCloseTo(1, 12);
    const total = e.components.reduce((sum, c) => sum + c.contribution, 0);
    expect(total).toBeCloseTo(e.score ?? NaN, 4);
  });

  it('explains what moved since last week: the urgent ticket opened on 28 May', async () => {
    const e = await call<WeekExplanation>('health:explain', {
      accountId: 'A1',
      date: '2024-06-05',
    });
    expect(e.date).toBe(HAND_AS_OF);
    const tickets = e.lastWeek?.components.find((c) => c.id === 'support_open_high');
    // 27 May: T1 closed on the 20th, nothing open (100); 3 June: T2 open (70).
    expect(tickets).toMatchObject({ previousValue: 0, currentValue: 1 });
    expect(tickets?.previousSubScore).toBe(100);
    expect(tickets?.currentSubScore).toBe(70);
    expect(e.lastWeek?.delta).toBeCloseTo((e.score ?? 0) - (e.lastWeek?.previousScore ?? 0), 9);
    expect(e.lastQuarter).not.toBeNull();
  });

  it('shows early weeks with missing data as missing, never as zero', async () => {
    // 8 January: one week of usage (no baseline window yet) and the upsell window still open.
    const e = await call<WeekExplanation>('health:explain', {
      accountId: 'A1',
      date: '2024-01-08',
    });
    expect(e.missing).toEqual(expect.arrayContaining(['usage_frequency', 'nps', 'early_upsell']));
    for (const id of e.missing) {
      expect(component(e, id).value).toBeNull();
      expect(component(e, id).contribution).toBe(0);
    }
    const present = e.components.filter((c) => !c.missing);
    const byHand =
      present.reduce((sum, c) => sum + (c.subScore ?? 0) * c.weight, 0) /
      present.reduce((sum, c) => sum + c.weight, 0);
    expect(e.score).toBeCloseTo(byHand, 4);
  });

  it('stores one snapshot per Monday from sign-up to the as-of date, stamped with model version 1', async () => {
    await call('health:recompute', {});
    const db = t.services.workspaces.require().db;
    // The as-of date is the latest date the data cover, not the clock (TEST_NOW, 2026-10-01).
    const asOf = workspaceAsOf(db, t.services.clock).asOf;
    expect(asOf < TEST_NOW.slice(0, 10)).toBe(true);
    // 2024-01-01 is a Monday: one snapshot for it and one for each whole week after it.
    const mondays =
      Math.floor((Date.parse(asOf) - Date.parse('2024-01-01')) / (7 * 86_400_000)) + 1;
    expect(count(db, "SELECT COUNT(*) FROM health_snapshots WHERE account_id = 'A1'")).toBe(
      mondays,
    );

    expect(count(db, 'SELECT COUNT(*) FROM health_snapshots WHERE model_version <> 1')).toBe(0);
  });

  it('a model edit creates version 2 and rescoring follows it', async () => {
    const { model } = await call<{ model: { components: { id: string; weight: number }[] } }>(
      'health:modelGet',
      {},
    );
    // Only product count left weighted: the score is its sub-score, 80 for two products.
    const edited = {
      bands: { redBelow: 50, yellowBelow: 85 },
      components: model.components.map((c) => ({ ...c, weight: c.id === 'product_count' ? 1 : 0 })),
    };
    const saved = await call<{ model: { version: number } }>('health:modelUpdate', {
      model: edited,
    });
    expect(saved.model.version).toBe(2);
    const e = await call<WeekExplanation>('health:explain', { accountId: 'A1', date: HAND_AS_OF });
    expect(e.modelVersion).toBe(2);
    expect(e.score).toBe(80);
    expect(e.band).toBe('yellow');
    const db = t.services.workspaces.require().db;
    expect(count(db, 'SELECT COUNT(*) FROM health_models')).toBe(2);
    expect(count(db, 'SELECT COUNT(*) FROM health_snapshots WHERE model_version <> 2')).toBe(0);
  });

  it('refuses an invalid model and keeps the current version', async () => {
    const { model } = await call<{ model: { components: object[] } }>('health:modelGet', {});
    const result = await dispatch(
      'health:modelUpdate',
      { model: { components: model.components, bands: { redBelow: 80, yellowBelow: 40 } } },
      t.services,
    );
    expect(result.ok).toBe(false);
    const db = t.services.workspaces.require().db;
    expect(count(db, 'SELECT COUNT(*) FROM health_models')).toBe(1);
  });

  it('a later import is scored without being asked: NPS answers fill the missing component', async () => {
    await call('health:recompute', {});
    writeRows(t.services.workspaces.require(), {
      surveys: [survey('S1', 'nps', '2024-03-01', 9), survey('S2', 'nps', '2024-05-01', 6)],
    });
    const e = await call<WeekExplanation>('health:explain', { accountId: 'A1', date: HAND_AS_OF });
    // Mean NPS 7.5 on the 6..9 line is 50; all 100 weight points are now present.
    expect(e.missing).toEqual([]);
    expect(component(e, 'nps').subScore).toBeCloseTo(50, 6);
    expect(e.score).toBeCloseTo((5435 + 500) / 100, 6);
    const rescored = await t.services.health.recompute(
      t.services.workspaces.require(),
      t.services.clock.now().toISOString().slice(0, 10),
    );
    expect(rescored.snapshots).toBeGreaterThan(100);
  });
});
