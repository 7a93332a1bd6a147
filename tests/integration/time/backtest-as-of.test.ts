// The backtest is computed as of the workspace's as-of date, so the clock cannot move it, and its
// rows let anyone recompute its AUC.
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/create-services';
import { backtestWorkspace, explainWeek } from '../../../src/main/health/views';
import { loadAccounts } from '../../../src/main/health/load';
import { fixedClock } from '../../../src/main/platform/clock';
import { noDialogs } from '../../../src/main/platform/dialogs';
import { asOfDay, overrideAsOf } from '../../../src/main/time/as-of';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { HealthModel } from '../../../src/shared/analytics/health';
import type { BacktestWhatIf, HealthBacktest } from '../../../src/shared/ipc/contract';
import { bookRows, sampleBook, writeRows } from '../../helpers/health-workspace';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function sampleOn(clockIso: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-asof-'));
  dirs.push(dir);
  const services = createServices({
    clock: fixedClock(clockIso),
    dialogs: noDialogs,
    emit: () => {},
    dataDir: dir,
    appVersion: 'test',
    saveDelayMs: 10,
  });
  const ws = await services.workspaces.open(path.join(dir, 'sample.qbr'), true);
  writeRows(ws, bookRows(sampleBook()));
  return { services, ws };
}

/**
 * AUC by counting every (renewed, churned) pair: 1 when the renewed account scored higher, a half
 * for a tie. Written independently of the engine's rank-sum version.
 */
function pairwiseAuc(result: HealthBacktest): number {
  const scored = result.rows.filter((r) => r.score !== null);
  const renewed = scored.filter((r) => r.outcome === 'renewed').map((r) => r.score as number);
  const churned = scored.filter((r) => r.outcome === 'churned').map((r) => r.score as number);
  let wins = 0;
  for (const r of renewed) for (const c of churned) wins += r > c ? 1 : r === c ? 0.5 : 0;
  return wins / (renewed.length * churned.length);
}

describe('backtest as of the data', () => {
  it('gives AUC >= 0.85 at horizon 30 on the sample on two clocks months apart, from its own rows', async () => {
    const results: HealthBacktest[] = [];
    for (const clock of ['2026-12-02T09:00:00Z', '2027-05-20T09:00:00Z']) {
      const { services, ws } = await sampleOn(clock);
      results.push(backtestWorkspace(ws, 30, asOfDay(ws.db, services)));
      services.workspaces.closeAll();
    }
    const [december, may] = results as [HealthBacktest, HealthBacktest];
    expect(december.auc).toBeGreaterThanOrEqual(0.85);
    expect(may).toEqual(december);
    expect(december.auc).toBeCloseTo(pairwiseAuc(december), 12);
    // One row per account that was a customer, each with its cut-off horizon days before its outcome.
    expect(december.rows).toHaveLength(sampleBook().accounts.length);
    for (const row of december.rows) {
      const days = (Date.parse(row.outcomeDate) - Date.parse(row.cutoff)) / 86_400_000;
      expect(days).toBe(30);
      if (row.scoredOn !== null) expect(row.scoredOn <= row.cutoff).toBe(true);
    }
    const churnedIds = new Set(
      sampleBook()
        .accounts.filter((a) => a.churned)
        .map((a) => a.id),
    );
    for (const row of december.rows)
      expect(row.outcome === 'churned').toBe(churnedIds.has(row.accountId));
  });

  it('precision, recall and deciles agree with the rows', async () => {
    const { services, ws } = await sampleOn('2026-12-02T09:00:00Z');
    const result = backtestWorkspace(ws, 30, asOfDay(ws.db, services));
    const scored = result.rows.filter((r) => r.band !== null);
    const flagged = scored.filter((r) => r.band !== 'green');
    const churned = scored.filter((r) => r.outcome === 'churned');
    expect(result.redOrYellow.flagged).toBe(flagged.length);
    expect(result.redOrYellow.recall).toBeCloseTo(
      flagged.filter((r) => r.outcome === 'churned').length / churned.length,
      12,
    );
    expect(result.deciles.reduce((n, d) => n + d.accounts, 0)).toBe(scored.length);
    expect(result.deciles.reduce((n, d) => n + d.churned, 0)).toBe(churned.length);
    for (let i = 1; i < result.deciles.length; i++)
      expect(result.deciles[i]?.minScore).toBeGreaterThanOrEqual(
        result.deciles[i - 1]?.maxScore as number,
      );
    services.workspaces.closeAll();
  });

  it('an account that churned and came back counts as renewed', async () => {
    const { services, ws } = await sampleOn('2026-12-02T09:00:00Z');
    const result = backtestWorkspace(ws, 30, asOfDay(ws.db, services));
    const returned = sampleBook().accounts.filter(
      (a) => !a.churned && sampleBook().churns.some((c) => c.accountId === a.id),
    );
    expect(returned.length).toBeGreaterThan(0);
    for (const account of returned)
      expect(result.rows.find((r) => r.accountId === account.id)?.outcome).toBe('renewed');
    services.workspaces.closeAll();
  });

  it('what-if: the saved model re-run in memory gives the saved AUC; another model its own', async () => {
    const { services } = await sampleOn('2026-12-02T09:00:00Z');
    const saved = await dispatch('health:modelGet', {}, services);
    if (!saved.ok) throw new Error(saved.error.message);
    const { components, bands } = (saved.value as { model: HealthModel }).model;
    const same = await dispatch(
      'health:backtestWhatIf',
      { horizonDays: 30, model: { components, bands } },
      services,
    );
    if (!same.ok) throw new Error(same.error.message);
    const { current, edited } = same.value as BacktestWhatIf;
    expect(edited.auc).toBe(current.auc);
    expect(edited.rows).toEqual(current.rows);
    // Only the ticket components left: a different model, so different scores.
    const ticketsOnly = components.map((c) => ({
      ...c,
      weight: c.measure === 'open_high_priority_tickets' ? 1 : 0,
    }));
    const other = await dispatch(
      'health:backtestWhatIf',
      { horizonDays: 30, model: { components: ticketsOnly, bands } },
      services,
    );
    if (!other.ok) throw new Error(other.error.message);
    expect((other.value as BacktestWhatIf).edited.auc).not.toBe(current.auc);
    // Nothing was saved: the model is still the one it was.
    const after = await dispatch('health:modelGet', {}, services);
    expect(after.ok && (after.value as { model: HealthModel }).model.version).toBe(
      (saved.value as { model: HealthModel }).model.version,
    );
    services.workspaces.closeAll();
  });

  it('the explanation gives NPS and CSAT their number of answers', async () => {
    const { services, ws } = await sampleOn('2026-12-02T09:00:00Z');
    const asOf = asOfDay(ws.db, services);
    const book = sampleBook();
    const id = book.accounts.find((a) => !a.churned)?.id as string;
    const week = explainWeek(ws, id, asOf, asOf);
    const nps = week?.components.find((c) => c.measure === 'nps_average');
    const from = new Date(Date.parse(week?.date as string) - 180 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expected = book.surveys.filter(
      (s) =>
        s.accountId === id && s.kind === 'nps' && s.date > from && s.date <= (week?.date as string),
    ).length;
    expect(nps?.answers).toBe(expected);
    expect(nps?.tooFewAnswers).toBe(expected < 5);
    services.workspaces.closeAll();
  });

  it('scored months after the data end, usage is stale, never zero', async () => {
    const { services, ws } = await sampleOn('2026-12-02T09:00:00Z');
    overrideAsOf(services, '2026-12-02');
    const asOf = asOfDay(ws.db, services);
    let stale = 0;
    for (const account of loadAccounts(ws.db).filter((a) => !a.churned)) {
      const week = explainWeek(ws, account.id, asOf, asOf);
      for (const c of week?.components ?? [])
        if (c.measure.startsWith('usage') || c.measure === 'license_utilisation') {
          expect(c.stale).toBe(true);
          expect(c.missing).toBe(true);
          expect(c.subScore).toBeNull();
          stale++;
        }
    }
    expect(stale).toBeGreaterThan(0);
    services.workspaces.closeAll();
  });
});
