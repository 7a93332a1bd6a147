import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { RequestChannel } from '../../../src/shared/ipc/channels';
import type { Experiment } from '../../../src/shared/domain/entities';
import type { ExperimentPlanInput, InputOf, OutputOf } from '../../../src/shared/ipc/contract';
import type { SampleBook } from '../../../src/main/sample/generate';
import { writeSampleExperiments } from '../../helpers/experiments';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let book: SampleBook;

beforeEach(async () => {
  t = testServices();
  const ws = await t.services.workspaces.open(path.join(t.dir, 'book.qbr'), true);
  book = writeSampleExperiments(ws);
});
afterEach(() => t.cleanup());

async function call<C extends RequestChannel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as OutputOf<C>;
}

async function failure(channel: RequestChannel, input: unknown) {
  const result = await dispatch(channel, input, t.services);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

function count(sql: string): number {
  return Number(t.services.workspaces.require().db.exec(sql)[0]?.values[0]?.[0] ?? 0);
}

/** Mean of post minus mean of pre per unit, then target minus control: written out by hand. */
function handEffect(experimentId: string, kpi: string) {
  const experiment = book.experiments.find((e) => e.id === experimentId)!;
  const units = new Map<string, { group: string; pre: number[]; post: number[] }>();
  for (const o of book.observations) {
    if (o.experimentId !== experimentId || o.kpi !== kpi) continue;
    const unit = units.get(o.unitId) ?? { group: o.group, pre: [], post: [] };
    if (o.date >= experiment.preStart && o.date <= experiment.preEnd) unit.pre.push(o.value);
    if (o.date >= experiment.postStart && o.date <= experiment.postEnd) unit.post.push(o.value);
    units.set(o.unitId, unit);
  }
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const changes = (group: string) =>
    [...units.values()].filter((u) => u.group === group).map((u) => avg(u.post) - avg(u.pre));
  const target = changes('target');
  const control = changes('control');
  return { effect: avg(target) - avg(control), nTarget: target.length, nControl: control.length };
}

describe('experiments through the database and the IPC channels', () => {
  it('gives the three sample experiments a win, an inconclusive result and a deterioration', async () => {
    const expected = {
      'EXP-001': 'improvement',
      'EXP-002': 'inconclusive',
      'EXP-003': 'deterioration',
    } as const;
    const listed = await call('experiments:list', {});
    expect(Object.fromEntries(listed.map((e) => [e.id, e.verdict]))).toEqual(expected);

    for (const [id, verdict] of Object.entries(expected)) {
      const results = await call('experiments:results', { id, locale: 'en' });
      const primary = results.kpis[0]!;
      expect(primary.verdict).toBe(verdict);
      const hand = handEffect(id, primary.kpi);
      expect(primary.effect).toBeCloseTo(hand.effect, 9);
      expect(primary.nTarget).toBe(hand.nTarget);
      expect(primary.nControl).toBe(hand.nControl);
      expect(primary.ciLow!).toBeLessThan(primary.effect!);
      expect(primary.ciHigh!).toBeGreaterThan(primary.effect!);
      // An honest report never hides a bad or unclear KPI: it names next steps.
      expect(primary.text.headline.length).toBeGreaterThan(20);
      if (verdict !== 'improvement') expect(primary.text.headline).toContain('improvement area');
      expect(primary.text.nextSteps.length).toBeGreaterThan(0);
      expect(primary.series.points.length).toBeGreaterThan(10);
    }
    // The planted effects: -6.5 minutes of handling time, -0.28 CSAT points.
    const win = await call('experiments:results', { id: 'EXP-001', locale: 'en' });
    expect(win.kpis[0]!.effect).toBeCloseTo(-6.5, 1);
    // The plan's unit (minutes) belongs to the primary KPI, not to the escalation rate.
    expect(win.kpis[0]!.text.headline).toContain('minutes');
    expect(win.kpis[1]!.text.headline).not.toContain('minutes');
    const worse = await call('experiments:results', { id: 'EXP-003', locale: 'en' });
    expect(worse.kpis[0]!.effect).toBeCloseTo(-0.28, 2);
  });

  it('renders the wording in the requested language', async () => {
    const th = await call('experiments:results', { id: 'EXP-002', locale: 'th' });
    expect(th.kpis[0]!.text.headline).toMatch(/[\u0e00-\u0e7f]/);
    const tr = await call('experiments:results', { id: 'EXP-002', locale: 'tr' });
    expect(tr.kpis[0]!.text.headline).toContain('gelişim alanıdır');
  });

  it('previews the data on file: units per group, date range and rows per KPI', async () => {
    const detail = await call('experiments:get', { id: 'EXP-001' });
    const rows = book.observations.filter((o) => o.experimentId === 'EXP-001');
    expect(detail.preview.rowCount).toBe(rows.length);
    expect(detail.preview.targetUnits).toBe(
      new Set(rows.filter((o) => o.group === 'target').map((o) => o.unitId)).size,
    );
    expect(detail.preview.dateFrom).toBe(rows.map((o) => o.date).sort()[0]);
    expect(detail.preview.kpis.map((k) => k.kpi)).toEqual([
      detail.experiment.primaryKpi,
      ...detail.experiment.secondaryKpis,
    ]);
    expect(detail.preview.missingKpis).toEqual([]);
  });

  it('locks the plan when results are first viewed; a later edit is a new, flagged version', async () => {
    const before = await call('experiments:get', { id: 'EXP-002' });
    expect(before.locked).toBe(false);
    const plan = planOf(before.experiment);

    // Edits before anyone saw results refine the draft: still one version.
    await call('experiments:update', { id: 'EXP-002', plan: { ...plan, name: 'Guided builder' } });
    expect((await call('experiments:get', { id: 'EXP-002' })).versions).toHaveLength(1);

    const first = await call('experiments:results', { id: 'EXP-002', locale: 'en' });
    expect(first.plan).toMatchObject({ version: 1, changedAfterResultsViewed: false });
    expect(first.plan.firstViewedAt).not.toBeNull();

    const shorter = { ...plan, name: 'Guided builder', postEnd: addDays(plan.postEnd, -28) };
    const edited = await call('experiments:update', { id: 'EXP-002', plan: shorter });
    expect(edited.versions.map((v) => [v.version, v.reason])).toEqual([
      [1, 'imported'],
      [2, 'edited'],
    ]);
    expect(edited.versions[0]!.plan.postEnd).toBe(plan.postEnd);
    expect(edited.changedAfterResultsViewed).toBe(true);

    const again = await call('experiments:results', { id: 'EXP-002', locale: 'en' });
    expect(again.plan).toMatchObject({
      version: 2,
      lockedVersion: 1,
      changedAfterResultsViewed: true,
      changedFields: ['postEnd'],
    });
    expect(again.experiment.postEnd).toBe(shorter.postEnd);
  });

  it('notices a plan changed by a re-import after its results were viewed', async () => {
    await call('experiments:results', { id: 'EXP-001', locale: 'en' });
    const ws = t.services.workspaces.require();
    ws.transaction(() => ws.db.run("UPDATE experiments SET alpha = 0.1 WHERE id = 'EXP-001'"));
    const results = await call('experiments:results', { id: 'EXP-001', locale: 'en' });
    expect(results.plan).toMatchObject({
      changedAfterResultsViewed: true,
      changedFields: ['alpha'],
    });
    const detail = await call('experiments:get', { id: 'EXP-001' });
    expect(detail.versions.at(-1)).toMatchObject({ version: 2, reason: 'imported' });
  });

  it('creates an experiment with a checked plan and adds pasted rows as one undoable batch', async () => {
    const accountId = book.accounts[0]!.id;
    const plan = {
      name: 'Onboarding checklist',
      hypothesis: null,
      primaryKpi: 'Active users',
      secondaryKpis: [],
      kpiUnit: 'users',
      direction: 'higher_is_better' as const,
      rolloutDate: '2026-03-02',
      preStart: '2026-02-02',
      preEnd: '2026-03-01',
      postStart: '2026-03-02',
      postEnd: '2026-03-29',
      alpha: 0.05,
    };
    const bad = await failure('experiments:create', {
      accountId,
      plan: { ...plan, rolloutDate: '2026-01-01' },
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect((await failure('experiments:create', { accountId: 'nobody', plan })).code).toBe(
      'NOT_FOUND',
    );

    const created = await call('experiments:create', { accountId, plan });
    expect(created.experiment.id).toBe('EXP-004');
    const pasted = [
      'Team\tGroup\tDate\tValue',
      'North\tกลุ่มเป้าหมาย\t2026-02-09\t10',
      'North\tกลุ่มเป้าหมาย\t2026-03-09\t14,5',
      'South\tkontrol\t09/02/2026\t11',
      'South\t0\t16/03/2026\t11.5',
    ].join('\n');
    const outcome = await call('experiments:addObservations', {
      id: created.experiment.id,
      text: pasted,
    });
    expect(outcome).toMatchObject({ rows: 4, inserted: 4, updated: 0 });
    const detail = await call('experiments:get', { id: created.experiment.id });
    expect(detail.preview).toMatchObject({ rowCount: 4, targetUnits: 1, controlUnits: 1 });
    expect(detail.preview.sampleRows.map((r) => r.value).sort()).toEqual([10, 11, 11.5, 14.5]);

    await call('import:undo', { batchId: outcome.batchId });
    expect(
      count("SELECT COUNT(*) FROM experiment_observations WHERE experiment_id = 'EXP-004'"),
    ).toBe(0);
  });

  it('refuses pasted rows with any problem and writes nothing', async () => {
    const rowsBefore = count('SELECT COUNT(*) FROM experiment_observations');
    const batchesBefore = count('SELECT COUNT(*) FROM import_batches');
    const unit = book.observations.find(
      (o) => o.experimentId === 'EXP-001' && o.group === 'target',
    )!;
    const text = [
      'New team 1\ttarget\t2026-01-05\tTicket handling time\t40',
      'New team 2\tsideways\t2026-01-05\tTicket handling time\t41',
      'New team 3\tcontrol\tnot a date\tTicket handling time\t42',
      'New team 4\tcontrol\t2026-01-05\tMood\t42',
      'New team 5\tcontrol\t2026-01-05\tTicket handling time\tlots',
      `${unit.unitId}\tcontrol\t2026-01-05\tTicket handling time\t43`,
    ].join('\n');
    const error = await failure('experiments:addObservations', { id: 'EXP-001', text });
    expect(error.code).toBe('INVALID_INPUT');
    const rows = error.details as { row: number; column: string }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [2, 'group'],
      [3, 'date'],
      [4, 'kpi'],
      [5, 'value'],
      [6, 'group'],
    ]);
    expect(count('SELECT COUNT(*) FROM experiment_observations')).toBe(rowsBefore);
    expect(count('SELECT COUNT(*) FROM import_batches')).toBe(batchesBefore);
  });
});

describe('the experiment CLI', () => {
  const cli = (...argv: string[]) => runCliCapturing(t.services, argv);

  it('lists experiments per account and prints every KPI result as JSON', async () => {
    t.services.workspaces.closeAll();
    const file = path.join(t.dir, 'book.qbr');
    const host = book.experiments[0]!.accountId;
    const listed = await cli('experiments', '--workspace', file, '--account', host, '--json');
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.out) as { id: string; accountId: string; verdict: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.accountId === host)).toBe(true);

    const shown = await cli('experiment', '--workspace', file, '--id', 'EXP-003', '--json');
    expect(shown.code).toBe(0);
    const result = JSON.parse(shown.out) as { kpis: Record<string, unknown>[] };
    expect(result.kpis.map((k) => k.kpi)).toEqual(['CSAT', 'Tickets resolved per agent']);
    for (const k of result.kpis) {
      for (const field of [
        'kpi',
        'effect',
        'ciLow',
        'ciHigh',
        'pValue',
        'permutationP',
        'df',
        'nTarget',
        'nControl',
        'relativeEffect',
        'probImprovement',
        'verdict',
        'diagnostics',
      ]) {
        expect(k, field).toHaveProperty(field);
      }
      expect(['improvement', 'deterioration', 'inconclusive', 'insufficient']).toContain(k.verdict);
      expect(k.diagnostics).toHaveProperty('placebo');
      expect(k.diagnostics).toHaveProperty('eventStudy');
      expect(k.diagnostics).toHaveProperty('balance');
      expect(k.diagnostics).toHaveProperty('leaveOneOut');
    }
    expect(result.kpis[0]!.verdict).toBe('deterioration');
    const hand = handEffect('EXP-003', 'CSAT');
    expect(result.kpis[0]!.effect as number).toBeCloseTo(hand.effect, 9);

    const missing = await cli('experiment', '--workspace', file, '--id', 'EXP-999', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no experiment EXP-999');
  });
});

function planOf(experiment: Experiment): ExperimentPlanInput {
  const { name, hypothesis, primaryKpi, secondaryKpis, kpiUnit, direction, alpha } = experiment;
  const { rolloutDate, preStart, preEnd, postStart, postEnd } = experiment;
  return {
    ...{ name, hypothesis, primaryKpi, secondaryKpis, kpiUnit, direction, alpha },
    ...{ rolloutDate, preStart, preEnd, postStart, postEnd },
  };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
