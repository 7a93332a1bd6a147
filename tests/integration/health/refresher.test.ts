// The background recompute: a slice of accounts at a time, with the main process free between
// slices, the same scores as the all-at-once recompute, and a restart when data changes mid-way.
import type { Statement } from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/db/workspace';
import { HealthRefresher } from '../../../src/main/health/refresher';
import type { HealthProgress } from '../../../src/main/health/refresher';
import {
  currentFingerprint,
  healthInputs,
  isHealthFresh,
  recomputeHealth,
  recomputeSteps,
} from '../../../src/main/health/recompute';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { saveModelVersion } from '../../../src/main/health/model-store';
import { getPlaybook, savePlaybook } from '../../../src/main/health/playbook-store';
import { asOfDay } from '../../../src/main/time/as-of';
import { addDays } from '../../../src/shared/domain/dates';
import {
  bookRows,
  count,
  openWorkspace,
  sampleBook,
  writeRows,
} from '../../helpers/health-workspace';
import { TEST_NOW, testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const TODAY = TEST_NOW.slice(0, 10);
let t: TestServices;
let ws: Workspace;

const snapshotTable = () =>
  JSON.stringify(
    ws.db.exec(
      'SELECT account_id, week, model_version, score, band, components FROM health_snapshots ORDER BY 1, 2',
    )[0]?.values,
  );

beforeEach(async () => {
  t = testServices();
  ws = await openWorkspace(t);
  writeRows(ws, bookRows(sampleBook()));
});
afterEach(() => t.cleanup());

describe('background health recompute', () => {
  it('scores exactly as the all-at-once recompute does, a slice at a time, with progress', async () => {
    const progress: HealthProgress[] = [];
    const refresher = new HealthRefresher({ sliceMs: 0, onProgress: (p) => progress.push(p) });
    const summary = await refresher.fresh(ws, TODAY);
    const accounts = count(ws.db, 'SELECT COUNT(*) FROM accounts');
    expect(summary).toMatchObject({ accounts });
    expect(isHealthFresh(ws.db, TODAY)).toBe(true);
    const sliced = snapshotTable();
    // Every account was its own slice, reported in order, ending at the total.
    expect(progress.length).toBeGreaterThanOrEqual(accounts);
    expect(progress.map((p) => p.done)).toEqual(
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual({ done: accounts, total: accounts });
    recomputeHealth(ws, TODAY);
    expect(snapshotTable()).toBe(sliced);
    expect(count(ws.db, 'SELECT COUNT(*) FROM health_snapshots')).toBeGreaterThan(accounts * 50);
    // Already fresh: nothing to do.
    expect(await refresher.fresh(ws, TODAY)).toBeNull();
  });

  it('scores runs of the length the driver asks for, so a slice can fit its time left', () => {
    const accounts = count(ws.db, 'SELECT COUNT(*) FROM accounts');
    const { model, playbook } = healthInputs(ws.db, TODAY);
    const steps = recomputeSteps(ws.db, model, playbook, TODAY, undefined, 1);
    expect(steps.next().value).toBe(1);
    expect(steps.next(5).value).toBe(6);
    expect(steps.next(0).value).toBe(7); // a run is one account at least
    expect(steps.next(accounts).value).toBe(accounts);
    expect(steps.next().done).toBe(true);
    const stepped = snapshotTable();
    recomputeHealth(ws, TODAY);
    expect(snapshotTable()).toBe(stepped);
  });

  it('serves other calls while it runs instead of holding the main process', async () => {
    const refresher = new HealthRefresher({ sliceMs: 0 });
    const order: string[] = [];
    const job = refresher.fresh(ws, TODAY).then(() => order.push('recompute done'));
    // A cheap call made after the recompute started is answered before it ends.
    const answer = await dispatch('settings:get', {}, t.services);
    order.push('settings answered');
    expect(answer.ok).toBe(true);
    await job;
    expect(order).toEqual(['settings answered', 'recompute done']);
  });

  it('drops the weeks of accounts that are gone, the first, the last and one between', () => {
    recomputeHealth(ws, TODAY);
    const scored = () =>
      (
        ws.db.exec('SELECT DISTINCT account_id FROM health_snapshots ORDER BY 1')[0]?.values ?? []
      ).map(([id]) => String(id));
    const before = scored();
    expect(before.length).toBeGreaterThan(3);
    const gone = [before[0], before[Math.floor(before.length / 2)], before.at(-1)];
    ws.transaction(() => {
      for (const id of gone) ws.db.run('DELETE FROM accounts WHERE id = ?', [id!]);
    });
    const kept = snapshotTable().length;
    recomputeHealth(ws, TODAY);
    expect(scored()).toEqual(before.filter((id) => !gone.includes(id)));
    expect(snapshotTable().length).toBeLessThan(kept);
  });

  it('waits a turn of the event loop before its first slice, adding nothing to the work that started it', async () => {
    const order: string[] = [];
    const refresher = new HealthRefresher({ onProgress: () => order.push('slice') });
    const job = refresher.recompute(ws, TODAY);
    setImmediate(() => order.push('other work'));
    await job;
    expect(order[0]).toBe('other work');
    expect(order.filter((step) => step === 'slice').length).toBeGreaterThan(0);
  });

  it('ends with NO_WORKSPACE, reading nothing, when the workspace closes before a slice', async () => {
    const refresher = new HealthRefresher({ sliceMs: 0 });
    const before = refresher.recompute(ws, TODAY);
    ws.close();
    await expect(before).rejects.toMatchObject({ code: 'NO_WORKSPACE' });

    const reopened = await openWorkspace(t);
    let slices = 0;
    const midway = new HealthRefresher({
      sliceMs: 0,
      onProgress: () => {
        if (++slices === 2) reopened.close();
      },
    }).recompute(reopened, TODAY);
    await expect(midway).rejects.toMatchObject({ code: 'NO_WORKSPACE' });
  });

  it('starts over when the data changes mid-way, so no account keeps a score from old data', async () => {
    // Every statement prepared from here on is freed by the end, the given-up recompute's too.
    const open = new Set<Statement>();
    const prepare = ws.db.prepare.bind(ws.db);
    ws.db.prepare = (...args) => {
      const statement = prepare(...args);
      const free = statement.free.bind(statement);
      open.add(statement);
      statement.free = () => (open.delete(statement), free());
      return statement;
    };
    let changed = false;
    const refresher = new HealthRefresher({
      sliceMs: 0,
      onProgress: ({ done }) => {
        if (done !== 3 || changed) return;
        changed = true;
        // A later import: the first account scored loses all its usage.
        ws.transaction(() =>
          ws.db.run('DELETE FROM usage_points WHERE account_id = (SELECT MIN(id) FROM accounts)'),
        );
        writeRows(ws, { events: [] });
      },
    });
    await refresher.fresh(ws, TODAY);
    expect(changed).toBe(true);
    expect(open.size).toBe(0);
    expect(isHealthFresh(ws.db, TODAY)).toBe(true);
    const sliced = snapshotTable();
    recomputeHealth(ws, TODAY);
    expect(snapshotTable()).toBe(sliced);
  });

  it('rescores a new week a slice at a time from what the last recompute kept, and starts over on another import', async () => {
    const refresher = new HealthRefresher({ sliceMs: 0 });
    await refresher.fresh(ws, TODAY);
    const latest = String(ws.db.exec('SELECT MAX(date) FROM usage_points')[0]?.values[0]?.[0]);
    const weekAfter = (weeks: number) => addDays(latest, 7 * weeks);
    const usageOn = (date: string, value: number) =>
      (ws.db.exec('SELECT DISTINCT account_id, metric FROM usage_points')[0]?.values ?? []).map(
        ([accountId, metric], i) => ({ accountId, metric, date, value: value + (i % 7) }),
      );
    writeRows(ws, { usage: usageOn(weekAfter(1), 3) });
    let imported = false;
    const again = new HealthRefresher({
      sliceMs: 0,
      onProgress: ({ done }) => {
        if (done !== 3 || imported) return;
        imported = true;
        writeRows(ws, { usage: usageOn(weekAfter(2), 5) });
      },
    });
    const today = addDays(TODAY, 14);
    const summary = await again.fresh(ws, today);
    expect(imported).toBe(true);
    expect(summary?.snapshots).toBeLessThan(
      count(ws.db, 'SELECT COUNT(*) FROM health_snapshots') / 3,
    );
    const sliced = snapshotTable();
    recomputeHealth(ws, today);
    expect(snapshotTable()).toBe(sliced);
  });

  it('tells stale scores from the versions alone, as reading the model and playbook would', () => {
    const same = () =>
      expect(currentFingerprint(ws.db, TODAY)).toBe(healthInputs(ws.db, TODAY).fingerprint);
    recomputeHealth(ws, TODAY);
    expect(isHealthFresh(ws.db, TODAY)).toBe(true);
    same();
    saveModelVersion(ws.db, healthInputs(ws.db, TODAY).model, TEST_NOW);
    expect(isHealthFresh(ws.db, TODAY)).toBe(false);
    same();
    recomputeHealth(ws, TODAY);
    savePlaybook(ws.db, getPlaybook(ws.db));
    expect(isHealthFresh(ws.db, TODAY)).toBe(false);
    same();
    recomputeHealth(ws, TODAY);
    expect(isHealthFresh(ws.db, TODAY)).toBe(true);
    expect(isHealthFresh(ws.db, addDays(TODAY, 1))).toBe(false);
  });

  it('lets readers wait for a running recompute through the app channels', async () => {
    const first = sampleBook().accounts[0]!.id;
    const [overview, rows] = await Promise.all([
      dispatch('health:overview', { accountId: first }, t.services),
      dispatch('portfolio:rows', {}, t.services),
    ]);
    expect(overview.ok && rows.ok).toBe(true);
    // The app's channels score as of the workspace's as-of date (the data's end), not the clock.
    expect(isHealthFresh(ws.db, asOfDay(ws.db, t.services))).toBe(true);
    const progress = t.events.filter((e) => e.event === 'health:progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)!.payload).toMatchObject({
      done: count(ws.db, 'SELECT COUNT(*) FROM accounts'),
    });
  });
});
