// Published numbers from ../shared/reference/experiment-oracles.md, to the printed precision.
import { describe, expect, it } from 'vitest';
import {
  differenceInDifferences,
  independentSe,
  inferenceFromEstimate,
  pooledCellsDidSe,
  probabilityOfImprovement,
  relativeToCounterfactual,
  studentTest,
  summaryFromSums,
  welchFromSummaries,
  welchTest,
} from '../../../src/shared/analytics/experiments';
import { expectPrinted, SLEEP_GROUP_1, SLEEP_GROUP_2 } from './fixtures';

describe("R's sleep data", () => {
  it('Welch t-test, group 1 minus group 2', () => {
    const result = welchTest(SLEEP_GROUP_1, SLEEP_GROUP_2, 0.05);
    expectPrinted(result?.t, '-1.860813');
    expectPrinted(result?.df, '17.776474');
    expectPrinted(result?.pValue, '0.0793941');
    expectPrinted(result?.ciLow, '-3.3654832');
    expectPrinted(result?.ciHigh, '0.2054832');
  });

  it('Student pooled t-test', () => {
    const result = studentTest(SLEEP_GROUP_1, SLEEP_GROUP_2, 0.05);
    expectPrinted(result?.t, '-1.8608');
    expect(result?.df).toBe(18);
    expectPrinted(result?.pValue, '0.07919');
    expectPrinted(result?.ciLow, '-3.363874');
    expectPrinted(result?.ciHigh, '0.203874');
  });
});

describe('Card and Krueger (1994), table 3', () => {
  it('difference-in-differences from the rounded group means', () => {
    const effect = differenceInDifferences({
      targetPre: 20.44,
      targetPost: 21.03,
      controlPre: 23.33,
      controlPost: 21.17,
    });
    expectPrinted(effect, '2.75');
    expect(Math.abs(effect - 2.76)).toBeLessThanOrEqual(0.01 + 1e-9);
  });

  it('balanced sample: changes +0.47 and -2.28 give 2.75 with SE 1.34', () => {
    // Only the changes are published for this sample, so each cell pair starts at zero.
    const effect = differenceInDifferences({
      targetPre: 0,
      targetPost: 0.47,
      controlPre: 0,
      controlPost: -2.28,
    });
    expectPrinted(effect, '2.75');
    expectPrinted(independentSe(1.25, 0.48), '1.34');
  });

  it('standard error of the difference of independent changes', () => {
    expectPrinted(independentSe(1.25, 0.54), '1.3617');
  });

  it('relative effect against the counterfactual NJ level, about +15%', () => {
    const relative = relativeToCounterfactual(2.75, 21.03 - 2.75, 21.03);
    expectPrinted(relative, '0.15');
  });
});

describe('Wooldridge example 13.3 (incinerator)', () => {
  const effect = differenceInDifferences({
    targetPre: 63_692.86,
    targetPost: 70_619.24,
    controlPre: 82_517.23,
    controlPost: 101_307.51,
  });
  const se = pooledCellsDidSe(30_242.9, [40, 56, 102, 123]);
  const result = inferenceFromEstimate(effect, se, 317, 0.05);

  it('effect and standard error', () => {
    expectPrinted(effect, '-11,863.90');
    expectPrinted(se, '7,456.6');
  });

  it('t, p and 95% interval on 317 df', () => {
    expectPrinted(result?.t, '-1.591');
    expectPrinted(result?.pValue, '0.1126');
    expectPrinted(result?.ciLow, '-26,534.7');
    expectPrinted(result?.ciHigh, '2,806.9');
  });
});

describe("GrowthBook's statistics tests", () => {
  it('absolute difference, SE, CI and p from sums and sums of squares', () => {
    const control = summaryFromSums(3407, 1396.87, 52_377.9767);
    const treatment = summaryFromSums(3461, 2422.7, 134_698.29);
    const result = welchFromSummaries(treatment, control, 0.05);
    expectPrinted(result?.estimate, '0.29');
    expectPrinted(result?.se, '0.12478');
    expectPrinted(result?.ciLow, '0.04538');
    expectPrinted(result?.ciHigh, '0.53462');
    expectPrinted(result?.pValue, '0.02016');
  });

  it('flat-prior chance to win on the relative lift', () => {
    const control = summaryFromSums(10, 100, 1002.25);
    const treatment = summaryFromSums(10, 105, 1111.5);
    // Delta-method variance of treatment mean / control mean - 1.
    const lift = treatment.mean / control.mean - 1;
    const sd = Math.sqrt(
      treatment.variance / (treatment.n * control.mean ** 2) +
        (treatment.mean ** 2 * control.variance) / (control.n * control.mean ** 4),
    );
    expectPrinted(lift, '0.05');
    expectPrinted(sd, '0.03572');
    expectPrinted(probabilityOfImprovement(lift, sd, Infinity, true), '0.91923');
  });
});
