import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../src/shared/analytics/experiments';
import type { ExperimentObservation } from '../../../src/shared/domain/entities';
import { makeExperiment, observationsFor, specsFromChanges, type UnitSpec } from './fixtures';

// Weekly data: 9 weeks before a Monday rollout (4 March 2024) and 9 weeks after.
const weekly = makeExperiment({
  rolloutDate: '2024-03-04',
  preStart: '2024-01-01',
  preEnd: '2024-03-03',
  postStart: '2024-03-04',
  postEnd: '2024-05-05',
});

function isoWeek(week: number): string {
  return new Date(Date.UTC(2024, 2, 4) + week * 7 * 86_400_000).toISOString().slice(0, 10);
}

interface WeeklyUnit {
  unitId: string;
  group: 'target' | 'control';
  value: (week: number) => number;
}

function weeklyObservations(units: readonly WeeklyUnit[]): ExperimentObservation[] {
  return units.flatMap((unit) =>
    Array.from({ length: 18 }, (_, i) => ({
      experimentId: 'exp-1',
      unitId: unit.unitId,
      group: unit.group,
      date: isoWeek(i - 9),
      kpi: 'kpi',
      value: unit.value(i - 9),
    })),
  );
}

const wiggle = (unit: number, week: number) => (((((unit * 7 + week * 3) % 5) + 5) % 5) - 2) * 0.1;

function stepUnits(step: number, trend = 0): WeeklyUnit[] {
  return Array.from({ length: 12 }, (_, u) => {
    const group = u < 6 ? ('target' as const) : ('control' as const);
    return {
      unitId: `${group}-${u}`,
      group,
      value: (w: number) =>
        20 + u + wiggle(u, w) + (group === 'target' ? trend * w + (w >= 0 ? step : 0) : 0),
    };
  });
}

describe('event study and group means over time', () => {
  const units = stepUnits(5);
  const [result] = analyzeExperiment(weekly, weeklyObservations(units));

  it('finds the step after the rollout and nothing before it', () => {
    const points = result?.diagnostics.eventStudy ?? [];
    expect(points.map((p) => p.period)).toEqual(Array.from({ length: 18 }, (_, i) => i - 9));
    for (const point of points) {
      expect(point.nTarget).toBe(6);
      expect(Math.abs((point.effect ?? Number.NaN) - (point.period >= 0 ? 5 : 0))).toBeLessThan(
        0.5,
      );
      expect(point.ciLow).toBeLessThan(point.effect ?? Number.NaN);
      expect(point.ciHigh).toBeGreaterThan(point.effect ?? Number.NaN);
    }
    expect(result?.verdict).toBe('improvement');
  });

  it('computes a period effect as the difference of each unit against its own pre mean', () => {
    const deviation = (unit: WeeklyUnit) => {
      let pre = 0;
      for (let w = -9; w < 0; w++) pre += unit.value(w);
      return unit.value(3) - pre / 9;
    };
    const groupMean = (group: string) =>
      units.filter((u) => u.group === group).reduce((t, u) => t + deviation(u), 0) / 6;
    const week3 = result?.diagnostics.eventStudy.find((p) => p.period === 3);
    expect(week3?.effect).toBeCloseTo(groupMean('target') - groupMean('control'), 10);
    expect(week3?.start).toBe('2024-03-25');
    expect(week3?.end).toBe('2024-03-31');
  });

  it('draws the counterfactual from the rollout on, a step below the target', () => {
    expect(result?.series.periodLength).toBe('week');
    for (const point of result?.series.points ?? []) {
      if (point.period < 0) {
        expect(point.counterfactual).toBeNull();
        continue;
      }
      const target = point.target ?? Number.NaN;
      expect(Math.abs(target - 5 - (point.counterfactual ?? Number.NaN))).toBeLessThan(0.5);
    }
    expect(result?.series.points.find((p) => p.period === 0)?.start).toBe('2024-03-04');
  });

  it('passes the placebo when the groups moved together before the rollout', () => {
    expect(result?.diagnostics.placebo?.fakeRolloutDate).toBe('2024-02-02');
    expect(result?.diagnostics.placebo?.failed).toBe(false);
    expect(result?.cautions).not.toContain('failed_placebo');
  });

  it('uses calendar months for monthly data', () => {
    const [monthly] = analyzeExperiment(
      makeExperiment(),
      observationsFor(specsFromChanges([1, 2, 3, 4], [0, 1, 0, 1])),
    );
    expect(monthly?.series.periodLength).toBe('month');
    expect(monthly?.series.points.map((p) => p.period)).toEqual([-2, -1, 0, 1]);
    expect(monthly?.series.points[2]).toMatchObject({ start: '2024-03-01', end: '2024-03-31' });
  });
});

describe('placebo with a pre-existing trend', () => {
  it('fails and adds a caution and a next step', () => {
    const [result] = analyzeExperiment(weekly, weeklyObservations(stepUnits(0, 0.5)));
    const placebo = result?.diagnostics.placebo;
    expect(placebo?.failed).toBe(true);
    expect(placebo?.effect).toBeGreaterThan(2);
    expect(result?.cautions).toContain('failed_placebo');
    expect(result?.wording.nextSteps.map((m) => m.key)).toContain(
      'experiments.next.chooseComparableControls',
    );
  });
});

describe('baseline balance', () => {
  it('reports the standardised difference of pre means and flags large ones', () => {
    const specs: UnitSpec[] = [0, 1, 2, 3].flatMap((i) => [
      { unitId: `t${i}`, group: 'target' as const, pre: 100 + i, change: 1 + i / 10 },
      { unitId: `c${i}`, group: 'control' as const, pre: 50 + i, change: i / 10 },
    ]);
    const [result] = analyzeExperiment(makeExperiment(), observationsFor(specs));
    // Both groups' pre means have variance 5/3; the means differ by 50.
    expect(result?.diagnostics.balance?.standardizedDifference).toBeCloseTo(
      50 / Math.sqrt(5 / 3),
      10,
    );
    expect(result?.cautions).toContain('imbalance');
  });
});

describe('leave-one-unit-out range', () => {
  it('matches a brute-force recomputation', () => {
    const target = [3, 1.5, 2.5, 9, 2];
    const control = [0.5, -0.5, 1, 0, -1.5];
    const [result] = analyzeExperiment(
      makeExperiment(),
      observationsFor(specsFromChanges(target, control)),
    );
    const mean = (values: number[]) => values.reduce((t, v) => t + v, 0) / values.length;
    const effects = [
      ...target.map((_, i) => mean(target.filter((_, j) => j !== i)) - mean(control)),
      ...control.map((_, i) => mean(target) - mean(control.filter((_, j) => j !== i))),
    ];
    const range = result?.diagnostics.leaveOneOut;
    expect(range?.low).toBeCloseTo(Math.min(...effects), 10);
    expect(range?.high).toBeCloseTo(Math.max(...effects), 10);
    expect(range?.lowWithout).toBe('t3');
  });
});
