// Bertrand, Duflo and Mullainathan (2004): with serially correlated weekly data, per-observation
// standard errors make fake effects look significant. The per-unit change estimator should keep
// its 95% interval honest.
import { describe, expect, it } from 'vitest';
import { analyzeExperiment, mulberry32 } from '../../../src/shared/analytics/experiments';
import type { ExperimentObservation } from '../../../src/shared/domain/entities';
import { makeExperiment } from './fixtures';

const EXPERIMENTS = 400;
const UNITS_PER_GROUP = 8;
const WEEKS_PER_WINDOW = 12;
const RHO = 0.8;

const experiment = makeExperiment({
  rolloutDate: '2024-03-25',
  preStart: '2024-01-01',
  preEnd: '2024-03-24',
  postStart: '2024-03-25',
  postEnd: '2024-06-16',
});

function weekDate(week: number): string {
  return new Date(Date.UTC(2024, 0, 1) + week * 7 * 86_400_000).toISOString().slice(0, 10);
}

function normalSampler(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A stationary AR(1) series per unit around its own level; no effect of the rollout. */
function simulate(normal: () => number): { observations: ExperimentObservation[]; y: number[][] } {
  const observations: ExperimentObservation[] = [];
  const y: number[][] = [];
  for (let u = 0; u < 2 * UNITS_PER_GROUP; u++) {
    const level = 50 + 5 * normal();
    let noise = normal() / Math.sqrt(1 - RHO * RHO);
    const series: number[] = [];
    for (let week = 0; week < 2 * WEEKS_PER_WINDOW; week++) {
      if (week > 0) noise = RHO * noise + normal();
      series.push(level + noise);
      observations.push({
        experimentId: 'exp-1',
        unitId: `u${u}`,
        group: u < UNITS_PER_GROUP ? 'target' : 'control',
        date: weekDate(week),
        kpi: 'kpi',
        value: level + noise,
      });
    }
    y.push(series);
  }
  return { observations, y };
}

/**
 * The naive analysis: a two-way DiD regression on every observation with unit fixed effects,
 * whose standard error treats all observations as independent.
 */
function naiveCoversZero(y: number[][]): boolean {
  const cells: number[][] = [[], [], [], []];
  y.forEach((series, u) => {
    const unitMean = series.reduce((t, v) => t + v, 0) / series.length;
    series.forEach((value, week) => {
      const cell = (u < UNITS_PER_GROUP ? 0 : 2) + (week < WEEKS_PER_WINDOW ? 0 : 1);
      cells[cell]?.push(value - unitMean);
    });
  });
  const stats = cells.map((values) => {
    const m = values.reduce((t, v) => t + v, 0) / values.length;
    const v = values.reduce((t, x) => t + (x - m) ** 2, 0) / (values.length - 1);
    return { m, v, n: values.length };
  });
  const [tPre, tPost, cPre, cPost] = stats;
  if (!tPre || !tPost || !cPre || !cPost) return false;
  const effect = tPost.m - tPre.m - (cPost.m - cPre.m);
  const se = Math.sqrt(stats.reduce((t, s) => t + s.v / s.n, 0));
  return Math.abs(effect) <= 1.96 * se;
}

describe('coverage under AR(1) weekly noise with no true effect', () => {
  it('the 95% interval covers zero about 95% of the time; per-observation SEs do not', () => {
    const normal = normalSampler(mulberry32(2024));
    let covered = 0;
    let naiveCovered = 0;
    for (let i = 0; i < EXPERIMENTS; i++) {
      const { observations, y } = simulate(normal);
      const [result] = analyzeExperiment(experiment, observations, { periodLength: 'week' });
      if ((result?.ciLow ?? 1) <= 0 && 0 <= (result?.ciHigh ?? -1)) covered++;
      if (naiveCoversZero(y)) naiveCovered++;
    }
    const coverage = covered / EXPERIMENTS;
    const naiveCoverage = naiveCovered / EXPERIMENTS;
    expect(coverage).toBeGreaterThanOrEqual(0.92);
    expect(coverage).toBeLessThanOrEqual(0.98);
    expect(naiveCoverage).toBeLessThan(0.8);
  });
});
