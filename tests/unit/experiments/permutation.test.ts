import { describe, expect, it } from 'vitest';
import { binomialCoefficient, permutationTest } from '../../../src/shared/analytics/experiments';
import { expectPrinted, SLEEP_GROUP_1, SLEEP_GROUP_2 } from './fixtures';

const ROSETTA_TREATMENT = [85, 88, 75, 66, 25, 29, 83, 39, 97];
const ROSETTA_CONTROL = [68, 41, 10, 49, 16, 65, 32, 92, 28, 98];

describe('exact permutation test', () => {
  it('sleep: 15,048 of 184,756 splits at least as extreme', () => {
    const result = permutationTest(SLEEP_GROUP_1, SLEEP_GROUP_2);
    expect(result?.method).toBe('exact');
    expect(result?.total).toBe(184_756);
    expect(result?.atLeastAsExtreme).toBe(15_048);
    expectPrinted(result?.pValue, '0.081448');
  });

  it('Rosetta Code: 80,238 below, 313 equal, 11,827 above', () => {
    const result = permutationTest(ROSETTA_TREATMENT, ROSETTA_CONTROL);
    expect(result?.total).toBe(92_378);
    expect([result?.below, result?.equal, result?.above]).toEqual([80_238, 313, 11_827]);
    expectPrinted(result?.observed, '15.3222');
    expectPrinted(((result?.above ?? 0) / 92_378) * 100, '12.802832');
    expectPrinted((((result?.below ?? 0) + (result?.equal ?? 0)) / 92_378) * 100, '87.197168');
  });

  it('counts C(n, k) splits, and caps instead of overflowing', () => {
    expect(binomialCoefficient(20, 10)).toBe(184_756);
    expect(binomialCoefficient(19, 9)).toBe(92_378);
    expect(binomialCoefficient(200, 100, 200_000)).toBe(Infinity);
  });
});

describe('Monte Carlo permutation test', () => {
  const options = { exactLimit: 1000, draws: 20_000 };

  it('is used above the limit, is reproducible by seed and close to the exact p', () => {
    const first = permutationTest(SLEEP_GROUP_1, SLEEP_GROUP_2, { ...options, seed: 7 });
    const again = permutationTest(SLEEP_GROUP_1, SLEEP_GROUP_2, { ...options, seed: 7 });
    const other = permutationTest(SLEEP_GROUP_1, SLEEP_GROUP_2, { ...options, seed: 8 });
    expect(first?.method).toBe('monte_carlo');
    expect(again?.pValue).toBe(first?.pValue);
    expect(other?.pValue).not.toBe(first?.pValue);
    // 0.01 is about five Monte Carlo standard errors at 20,000 draws.
    expect(Math.abs((first?.pValue ?? 1) - 15_048 / 184_756)).toBeLessThan(0.01);
  });

  it('never reports p = 0, since the observed split counts', () => {
    const result = permutationTest([100, 101, 102, 103, 104, 105], [0, 1, 2, 3, 4, 5, 6], {
      exactLimit: 10,
      draws: 500,
    });
    expect(result?.method).toBe('monte_carlo');
    expect(result?.pValue).toBe(((result?.atLeastAsExtreme ?? Number.NaN) + 1) / 501);
    expect(result?.pValue).toBeGreaterThan(0);
  });
});
