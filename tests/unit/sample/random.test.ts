import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/main/sample/random';

const draw = (seed: number, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
};

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50));
    expect(draw(7, 50)).not.toEqual(draw(8, 50));
  });

  it('stays in [0, 1) and looks uniform', () => {
    const values = draw(123, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('draws integers within both bounds, reaching each end', () => {
    const rng = createRng(5);
    const values = Array.from({ length: 2_000 }, () => rng.int(3, 6));
    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('draws normals with the asked mean and spread', () => {
    const rng = createRng(99);
    const values = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = Math.sqrt(
      values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1),
    );
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
  });

  it('draws Poisson counts with the asked rate', () => {
    const rng = createRng(11);
    const values = Array.from({ length: 20_000 }, () => rng.poisson(0.4));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(Math.abs(mean - 0.4)).toBeLessThan(0.02);
  });

  it('shuffles without losing or adding items', () => {
    const items = Array.from({ length: 30 }, (_, index) => index);
    const shuffled = createRng(1).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('forks streams that depend on the label and not on what the parent drew', () => {
    const parent = createRng(42);
    const before = parent.fork('tickets').next();
    parent.next();
    expect(parent.fork('tickets').next()).toBe(before);
    expect(parent.fork('surveys').next()).not.toBe(before);
  });
});
