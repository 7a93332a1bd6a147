// The accounts table can answer before health scores are recomputed: the screen shows its first
// rows at once and the bands once the scores are fresh. The refresher is held at a gate so
// "before" is certain rather than a race with a fast recompute.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TableAnswer } from '../../../src/shared/ipc/contract';
import { bookRows, sampleBook } from '../../helpers/health-workspace';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let release: () => void;
beforeEach(async () => {
  t = testServices();
  await workspaceWith(t, bookRows(sampleBook()));
  const health = t.services.health;
  const fresh = health.fresh.bind(health);
  const gate = new Promise<void>((resolve) => (release = resolve));
  health.fresh = async (ws, today) => {
    await gate;
    return fresh(ws, today);
  };
});
afterEach(() => {
  release();
  t.cleanup();
});

/** Whether a request is still unanswered after main has had time to answer a quick one. */
async function stillWaiting(answer: Promise<unknown>): Promise<boolean> {
  const waiting = Symbol('waiting');
  const first = await Promise.race([
    answer,
    new Promise((resolve) => setTimeout(() => resolve(waiting), 50)),
  ]);
  return first === waiting;
}

const ids = (table: TableAnswer) => table.rows.map((r) => r.id);

describe('the accounts table before health scores are fresh', () => {
  it('answers the first rows with blank health columns, then every row with the bands', async () => {
    const full = request(t, 'portfolio:table', {});
    const early = await request(t, 'portfolio:table', { waitForHealth: false, limit: 10 });
    expect(early.healthPending).toBe(true);
    expect(early.total).toBe(sampleBook().accounts.length);
    expect(early.matched).toBe(early.total);
    expect(early.rows).toHaveLength(10);
    for (const row of early.rows) {
      expect(row).toMatchObject({ band: null, score: null, trend: [], openTasks: null });
    }
    expect(early.bands).toEqual([]);
    expect(await stillWaiting(full)).toBe(true);

    release();
    const answer = await full;
    expect(answer.healthPending).toBe(false);
    expect(answer.rows).toHaveLength(answer.total);
    expect(answer.rows.filter((r) => r.band !== null).length).toBeGreaterThan(0);
    expect(answer.rows.filter((r) => r.trend.length > 0).length).toBeGreaterThan(0);
    expect(answer.bands.length).toBeGreaterThan(0);
    // The early rows are the first rows of the same order.
    expect(ids(early)).toEqual(ids(answer).slice(0, 10));
  });

  it('waits anyway when the filter or sort depends on the scores', async () => {
    const byBand = request(t, 'portfolio:table', { waitForHealth: false, sortBy: 'band' });
    const red = request(t, 'portfolio:table', { waitForHealth: false, band: 'red' });
    const byTasks = request(t, 'portfolio:table', { waitForHealth: false, sortBy: 'openTasks' });
    expect(await stillWaiting(Promise.race([byBand, red, byTasks]))).toBe(true);

    release();
    const [sorted, filtered, tasks] = await Promise.all([byBand, red, byTasks]);
    expect(sorted.healthPending).toBe(false);
    expect(sorted.bands.length).toBeGreaterThan(0);
    expect(sorted.rows[0]!.band).toBe(sorted.bands[0]); // worst band first
    expect(filtered.healthPending).toBe(false);
    expect(filtered.rows.map((r) => r.id)).toEqual(
      sorted.rows.filter((r) => r.band === 'red').map((r) => r.id),
    );
    expect(tasks.healthPending).toBe(false);
    expect(tasks.rows.every((r) => r.openTasks !== null)).toBe(true);
  });

  it('carries the scores without waiting once they are fresh', async () => {
    release();
    const fresh = await request(t, 'portfolio:table', {});
    const early = await request(t, 'portfolio:table', { waitForHealth: false, limit: 5 });
    expect(early.healthPending).toBe(false);
    expect(early.rows).toEqual(fresh.rows.slice(0, 5));
    expect(early.bands).toEqual(fresh.bands);
    expect(early.matched).toBe(fresh.rows.length);
  });
});
