import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../../src/shared/analytics/experiments';
import { expectPrinted } from './fixtures';

describe('Student t distribution', () => {
  it('matches the closed forms for df = 1 (Cauchy) and df = 2', () => {
    for (const t of [-30, -4.2, -1, -0.3, 0, 0.5, 1.7, 12]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
    }
  });

  it('reproduces printed t-table critical values', () => {
    expectPrinted(studentTQuantile(0.975, 1), '12.706');
    expectPrinted(studentTQuantile(0.975, 10), '2.228');
    expectPrinted(studentTQuantile(0.975, 30), '2.042');
    expectPrinted(studentTQuantile(0.995, 5), '4.032');
    expectPrinted(studentTQuantile(0.95, 20), '1.725');
    expectPrinted(studentTQuantile(0.9, 3), '1.638');
  });

  it('inverts its own CDF, including far tails and fractional df', () => {
    for (const df of [1, 2.5, 7, 17.776474, 300, 5000]) {
      for (const p of [1e-6, 0.001, 0.2, 0.5, 0.8, 0.975, 0.999999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it('tends to the normal as df grows', () => {
    expect(studentTCdf(1.3, Infinity)).toBe(normalCdf(1.3));
    expect(Math.abs(studentTCdf(1.3, 1e6) - normalCdf(1.3))).toBeLessThan(1e-6);
  });
});

describe('normal distribution', () => {
  it('reproduces printed normal-table values', () => {
    expectPrinted(normalCdf(1.96), '0.9750');
    expectPrinted(normalCdf(-3), '0.0013499');
    expectPrinted(normalCdf(1), '0.8413447');
    expectPrinted(normalQuantile(0.975), '1.959964');
    expectPrinted(normalQuantile(0.8), '0.841621');
  });

  it('keeps relative precision deep in the lower tail', () => {
    // Mills-ratio bound: φ(z)/|z| · (1 - 1/z²) < Φ(z) < φ(z)/|z| for z < 0.
    const z = -8;
    const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    expect(normalCdf(z)).toBeLessThan(density / 8);
    expect(normalCdf(z)).toBeGreaterThan((density / 8) * (1 - 1 / 64));
  });
});
