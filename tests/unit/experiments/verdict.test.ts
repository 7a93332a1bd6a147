import { describe, expect, it } from 'vitest';
import {
  analyzeExperiment,
  decideVerdict,
  holmAdjust,
} from '../../../src/shared/analytics/experiments';
import { makeExperiment, observationsFor, specsFromChanges } from './fixtures';

// Target units fell by about 3, control units stayed put: a clear negative effect.
const falling = specsFromChanges([-3, -2.5, -3.5, -2, -3], [0, 0.5, -0.5, 0.2, -0.2]);

describe('verdict and direction', () => {
  it('calls a fall an improvement when lower is better', () => {
    const [result] = analyzeExperiment(
      makeExperiment({ direction: 'lower_is_better' }),
      observationsFor(falling),
    );
    expect(result?.ciHigh).toBeLessThan(0);
    expect(result?.verdict).toBe('improvement');
    expect(result?.probImprovement).toBeGreaterThan(0.99);
    expect(result?.wording.headline.key).toBe('experiments.headline.improvement');
  });

  it('calls the same fall a deterioration when higher is better', () => {
    const [result] = analyzeExperiment(makeExperiment(), observationsFor(falling));
    expect(result?.verdict).toBe('deterioration');
    expect(result?.probImprovement).toBeLessThan(0.01);
    const steps = result?.wording.nextSteps.map((m) => m.key);
    expect(steps).toContain('experiments.next.reviewUsage');
    expect(steps).toContain('experiments.next.deepenAdoption');
  });

  it('is inconclusive when the interval spans zero, with next steps', () => {
    const specs = specsFromChanges([1, -1, 2, 0.5], [0, 1, -0.5, 0.5]);
    const [result] = analyzeExperiment(makeExperiment(), observationsFor(specs));
    expect(result?.ciLow).toBeLessThan(0);
    expect(result?.ciHigh).toBeGreaterThan(0);
    expect(result?.verdict).toBe('inconclusive');
    expect(result?.wording.nextSteps.map((m) => m.key)).toEqual([
      'experiments.next.extendPostWindow',
      'experiments.next.addUnits',
      'experiments.next.deepenAdoption',
    ]);
  });

  it('says too few units with 3 in a group, however large the effect', () => {
    const specs = specsFromChanges([10, 11, 12], [0, 0.1, -0.1, 0.2]);
    const [result] = analyzeExperiment(makeExperiment(), observationsFor(specs));
    expect(result?.nTarget).toBe(3);
    expect(result?.ciLow).toBeGreaterThan(0);
    expect(result?.verdict).toBe('insufficient');
    expect(result?.wording.headline).toEqual({
      key: 'experiments.headline.insufficient',
      params: { kpi: 'kpi', unit: '', nTarget: 3, nControl: 4, minUnits: 4 },
    });
  });

  it('follows the interval, not the sign alone', () => {
    const base = { nTarget: 5, nControl: 5, adjustedP: null, alpha: 0.05 };
    const verdict = (
      ciLow: number,
      ciHigh: number,
      direction: 'higher_is_better' | 'lower_is_better',
    ) => decideVerdict({ ...base, direction, effect: (ciLow + ciHigh) / 2, ciLow, ciHigh });
    expect(verdict(0.1, 2, 'higher_is_better')).toBe('improvement');
    expect(verdict(0.1, 2, 'lower_is_better')).toBe('deterioration');
    expect(verdict(-2, -0.1, 'lower_is_better')).toBe('improvement');
    expect(verdict(-0.1, 2, 'higher_is_better')).toBe('inconclusive');
  });
});

describe('Holm adjustment', () => {
  it("matches R's p.adjust(c(0.01, 0.04, 0.03, 0.005), 'holm')", () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) =>
      expect(adjusted[i]).toBeCloseTo(expected, 12),
    );
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1]);
  });

  it('adjusts only the secondary KPIs, and their verdicts use the adjusted p', () => {
    const experiment = makeExperiment({ secondaryKpis: ['a', 'b', 'c'] });
    const observations = [
      ...observationsFor(falling, 'kpi'),
      ...observationsFor(specsFromChanges([2, 3, 2.5, 3.5, 3], [0, 1, -0.5, 0.5, 0]), 'a'),
      ...observationsFor(specsFromChanges([1, 2.1, 0.2, 1.5, 1.8], [0, 1, -0.5, 0.5, 0]), 'b'),
      ...observationsFor(specsFromChanges([1, -1, 2, 0.5, 0], [0, 1, -0.5, 0.5, 0]), 'c'),
    ];
    const results = analyzeExperiment(experiment, observations);
    expect(results.map((r) => [r.kpi, r.role])).toEqual([
      ['kpi', 'primary'],
      ['a', 'secondary'],
      ['b', 'secondary'],
      ['c', 'secondary'],
    ]);
    expect(results[0]?.holmP).toBeNull();
    const raw = results.slice(1).map((r) => r.pValue ?? Number.NaN);
    const sorted = [...raw].sort((x, y) => x - y);
    // Written out for three p-values: k-th smallest times (4 - k), made monotone.
    const step1 = Math.min(1, 3 * (sorted[0] ?? 1));
    const step2 = Math.max(step1, Math.min(1, 2 * (sorted[1] ?? 1)));
    const step3 = Math.max(step2, Math.min(1, sorted[2] ?? 1));
    const expected = raw.map((p) => [step1, step2, step3][sorted.indexOf(p)]);
    results.slice(1).forEach((r, i) => expect(r.holmP).toBeCloseTo(expected[i] ?? Number.NaN, 12));
    // b: significant alone (p < 0.05), not after adjustment.
    const b = results[2];
    expect(b?.pValue).toBeLessThan(0.05);
    expect(b?.holmP).toBeGreaterThan(0.05);
    expect(b?.verdict).toBe('inconclusive');
    expect(results[1]?.verdict).toBe('improvement');
  });
});
