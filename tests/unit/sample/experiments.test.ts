// The three sample experiments must tell their stories: a clear win, an inconclusive result and a
// KPI that got worse. Checked here with a plain Welch t-test on per-unit changes, written
// independently of the app's statistics engine.
import { describe, expect, it } from 'vitest';
import type { Experiment, ExperimentObservation } from '../../../src/shared/domain/entities';
import { generateSampleBook } from '../../../src/main/sample/generate';
import type { SampleBook } from '../../../src/main/sample/generate';

interface Welch {
  effect: number;
  standardError: number;
  t: number;
  df: number;
  targetUnits: number;
  controlUnits: number;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const variance = (values: readonly number[]): number => {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
};

function welchOnChanges(
  experiment: Experiment,
  observations: readonly ExperimentObservation[],
  kpi: string,
): Welch {
  const byUnit = new Map<string, ExperimentObservation[]>();
  for (const o of observations) {
    if (o.experimentId !== experiment.id || o.kpi !== kpi) continue;
    byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
  }
  const changes = { target: [] as number[], control: [] as number[] };
  for (const rows of byUnit.values()) {
    const pre = rows.filter((o) => o.date >= experiment.preStart && o.date <= experiment.preEnd);
    const post = rows.filter((o) => o.date >= experiment.postStart && o.date <= experiment.postEnd);
    expect(pre.length).toBe(12);
    expect(post.length).toBe(12);
    const group = rows[0]?.group ?? 'control';
    changes[group].push(mean(post.map((o) => o.value)) - mean(pre.map((o) => o.value)));
  }
  const vt = variance(changes.target) / changes.target.length;
  const vc = variance(changes.control) / changes.control.length;
  const standardError = Math.sqrt(vt + vc);
  const effect = mean(changes.target) - mean(changes.control);
  const df =
    (vt + vc) ** 2 /
    (vt ** 2 / (changes.target.length - 1) + vc ** 2 / (changes.control.length - 1));
  return {
    effect,
    standardError,
    t: effect / standardError,
    df,
    targetUnits: changes.target.length,
    controlUnits: changes.control.length,
  };
}

// Student's t 97.5% quantile is 2.228 at 10 df and falls towards 1.96 as df grows: |t| above 2.3
// with at least 10 df is significant at 5% two-sided for any such df, and |t| below 1.96 is not
// significant for any df (the 95% interval then spans zero).
const SIGNIFICANT_T = 2.3;
const NEVER_SIGNIFICANT_T = 1.96;

function primaryResult(book: SampleBook, name: string): { experiment: Experiment; welch: Welch } {
  const experiment = book.experiments.find((e) => e.name === name);
  if (!experiment) throw new Error(`no experiment named ${name}`);
  return {
    experiment,
    welch: welchOnChanges(experiment, book.observations, experiment.primaryKpi),
  };
}

const SEEDS = [42, 1, 7, 2024];

describe.each(SEEDS)('sample experiments, seed %i', (seed) => {
  const book = generateSampleBook(seed, '2026-09-30');

  it('has three experiments with 8-12 teams per group and 12 + 12 weekly Monday values', () => {
    expect(book.experiments).toHaveLength(3);
    for (const experiment of book.experiments) {
      const welch = welchOnChanges(experiment, book.observations, experiment.primaryKpi);
      for (const units of [welch.targetUnits, welch.controlUnits]) {
        expect(units).toBeGreaterThanOrEqual(8);
        expect(units).toBeLessThanOrEqual(12);
      }
      expect(new Date(`${experiment.rolloutDate}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(experiment.postEnd <= '2026-09-30').toBe(true);
    }
  });

  it('shows a clear win: handling time falls significantly in the target teams', () => {
    const { experiment, welch } = primaryResult(book, 'Smart triage for support teams');
    expect(experiment.direction).toBe('lower_is_better');
    expect(welch.df).toBeGreaterThanOrEqual(10);
    expect(welch.t).toBeLessThan(-SIGNIFICANT_T);
  });

  it('shows an inconclusive result: the interval spans zero', () => {
    const { welch } = primaryResult(book, 'Guided report builder');
    expect(Math.abs(welch.t)).toBeLessThan(NEVER_SIGNIFICANT_T);
    expect(welch.effect).not.toBe(0);
  });

  it('shows a deterioration: CSAT falls significantly while the secondary KPI improves', () => {
    const { experiment, welch } = primaryResult(book, 'Auto-close of stale tickets');
    expect(experiment.direction).toBe('higher_is_better');
    expect(welch.df).toBeGreaterThanOrEqual(10);
    expect(welch.t).toBeLessThan(-SIGNIFICANT_T);
    const [secondary] = experiment.secondaryKpis;
    expect(secondary).toBeDefined();
    const resolved = welchOnChanges(experiment, book.observations, secondary ?? '');
    expect(resolved.t).toBeGreaterThan(SIGNIFICANT_T);
  });
});
