import { describe, expect, it } from 'vitest';
import { analyzeExperiment, studentTCdf } from '../../../src/shared/analytics/experiments';
import type { ExperimentObservation } from '../../../src/shared/domain/entities';
import {
  expectPrinted,
  makeExperiment,
  observationsFor,
  SLEEP_GROUP_1,
  SLEEP_GROUP_2,
  specsFromChanges,
} from './fixtures';

// Sleep as a difference-in-differences: target = group 2, control = group 1, each unit's
// post mean exceeds its (arbitrary) pre mean by the sleep value.
const sleepSpecs = specsFromChanges(SLEEP_GROUP_2, SLEEP_GROUP_1, (i) => 40 + 3 * i - (i % 3));
const sleepObservations = observationsFor(sleepSpecs);

describe('analyzeExperiment on the sleep data as a difference-in-differences', () => {
  const [result] = analyzeExperiment(makeExperiment(), sleepObservations);

  it('gives the published effect, interval, df and p', () => {
    expectPrinted(result?.effect, '1.58');
    expectPrinted(result?.ciLow, '-0.2054832');
    expectPrinted(result?.ciHigh, '3.3654832');
    expectPrinted(result?.df, '17.776474');
    expectPrinted(result?.pValue, '0.0793941');
    expect(result?.nTarget).toBe(10);
    expect(result?.nControl).toBe(10);
    expect(result?.droppedUnits).toEqual([]);
  });

  it('gives the exact permutation p', () => {
    expect(result?.permutationMethod).toBe('exact');
    expectPrinted(result?.permutationP, '0.081448');
  });

  it('reads the flat-prior probability of improvement off the one-sided p', () => {
    // With a flat prior, P(effect > 0) = 1 - (two-sided p) / 2 for a positive estimate.
    expect(result?.probImprovement).toBeCloseTo(1 - 0.0793941 / 2, 7);
    const [lower] = analyzeExperiment(
      makeExperiment({ direction: 'lower_is_better' }),
      sleepObservations,
    );
    expect(lower?.probImprovement).toBeCloseTo(0.0793941 / 2, 7);
  });

  it('measures the relative effect against the target counterfactual', () => {
    const targetPost =
      sleepSpecs.filter((s) => s.group === 'target').reduce((t, s) => t + s.pre + s.change, 0) / 10;
    expect(result?.targetPostMean).toBeCloseTo(targetPost, 10);
    expect(result?.counterfactual).toBeCloseTo(targetPost - 1.58, 10);
    expect(result?.relativeEffect).toBeCloseTo(1.58 / (targetPost - 1.58), 10);
  });

  it('gives a minimum detectable effect with 80% power', () => {
    const se = result?.se ?? Number.NaN;
    const df = result?.df ?? Number.NaN;
    const mde = result?.mde ?? Number.NaN;
    // Power at the MDE: P(T > t_crit - mde / se) with t_crit = qt(0.975, 17.776474) =
    // 2.1028172 (R, scipy).
    expect(studentTCdf(mde / se - 2.1028172, df)).toBeCloseTo(0.8, 6);
  });

  it('lists each unit change per group', () => {
    expect(result?.unitChanges.target.map((u) => u.change)).toEqual(
      SLEEP_GROUP_2.map((v) => expect.closeTo(v, 10)),
    );
    expect(result?.unitChanges.control.map((u) => u.unitId)).toEqual(
      SLEEP_GROUP_1.map((_, i) => `c${i}`).sort(),
    );
  });
});

describe('units and observations that do not count', () => {
  const extra: ExperimentObservation[] = [
    // Only pre data, only post data, and a unit listed in both groups.
    {
      experimentId: 'exp-1',
      unitId: 'pre-only',
      group: 'target',
      date: '2024-01-20',
      kpi: 'kpi',
      value: 9,
    },
    {
      experimentId: 'exp-1',
      unitId: 'post-only',
      group: 'control',
      date: '2024-03-20',
      kpi: 'kpi',
      value: 9,
    },
    {
      experimentId: 'exp-1',
      unitId: 'both',
      group: 'target',
      date: '2024-01-20',
      kpi: 'kpi',
      value: 1,
    },
    {
      experimentId: 'exp-1',
      unitId: 'both',
      group: 'control',
      date: '2024-03-20',
      kpi: 'kpi',
      value: 99,
    },
    // Another experiment, another KPI, and a ramp-up observation between the windows.
    {
      experimentId: 'exp-2',
      unitId: 't0',
      group: 'target',
      date: '2024-03-20',
      kpi: 'kpi',
      value: 1e6,
    },
    {
      experimentId: 'exp-1',
      unitId: 't0',
      group: 'target',
      date: '2024-03-20',
      kpi: 'other',
      value: 1e6,
    },
  ];
  const experiment = makeExperiment({ rolloutDate: '2024-02-29', postStart: '2024-03-01' });

  it('drops units without data in a window, and says why', () => {
    const [result] = analyzeExperiment(experiment, [...sleepObservations, ...extra]);
    expectPrinted(result?.effect, '1.58');
    expect(result?.nTarget).toBe(10);
    expect(result?.nControl).toBe(10);
    const reasons = Object.fromEntries(result?.droppedUnits.map((d) => [d.unitId, d.reason]) ?? []);
    expect(reasons).toEqual({
      'pre-only': 'no_post_data',
      'post-only': 'no_pre_data',
      both: 'conflicting_group',
    });
    expect(result?.cautions).toContain('units_dropped');
  });

  it('ignores the ramp-up period between rollout and post window', () => {
    const ramp = makeExperiment({ rolloutDate: '2024-03-01', postStart: '2024-03-20' });
    const [result] = analyzeExperiment(ramp, sleepObservations);
    // The fixture's first post observation (15 March) now falls in the ramp-up, leaving only
    // April's (post mean + 1); unit t0 changed by 1.9.
    const change = result?.unitChanges.target[0];
    expect(change?.unitId).toBe('t0');
    expect(change?.postMean).toBeCloseTo((change?.preMean ?? 0) + 1.9 + 1, 10);
  });
});

describe('relative effect near a zero counterfactual', () => {
  it('is withheld rather than exploding', () => {
    const specs = specsFromChanges([2.1, 1.9, 2.2, 1.8], [0.1, -0.1, 0.2, -0.2], () => -2);
    const [result] = analyzeExperiment(makeExperiment(), observationsFor(specs));
    expect(result?.counterfactual).toBeCloseTo(-2, 10);
    expect(result?.relativeEffect).not.toBeNull();
    const nearZero = specsFromChanges([2.1, 1.9, 2.2, 1.8], [0.1, -0.1, 0.2, -0.2], (i) =>
      i % 2 === 0 ? 20 : -20,
    ).map((s) => (s.group === 'target' ? { ...s, pre: s.pre === 20 ? 0.01 : -0.01 } : s));
    const [suppressed] = analyzeExperiment(makeExperiment(), observationsFor(nearZero));
    expect(Math.abs(suppressed?.counterfactual ?? 1)).toBeLessThan(0.02);
    expect(suppressed?.relativeEffect).toBeNull();
  });
});
