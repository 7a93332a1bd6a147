import { describe, expect, it } from 'vitest';
import { Mapping, mapToSubScore } from '../../../src/shared/analytics/health';

const steps = Mapping.parse({
  kind: 'thresholds',
  thresholds: [
    { upTo: 0, score: 0 },
    { upTo: 2, score: 40 },
    { upTo: null, score: 100 },
  ],
});

describe('threshold mapping', () => {
  it('gives each value the score of the first step whose bound it does not exceed', () => {
    expect(mapToSubScore(steps, -5)).toBe(0);
    expect(mapToSubScore(steps, 0)).toBe(0);
    expect(mapToSubScore(steps, 0.5)).toBe(40);
    expect(mapToSubScore(steps, 2)).toBe(40);
    expect(mapToSubScore(steps, 2.01)).toBe(100);
    expect(mapToSubScore(steps, 1e9)).toBe(100);
  });

  it('rejects bounds that do not increase, and an open step that is not last', () => {
    const decreasing = {
      kind: 'thresholds',
      thresholds: [
        { upTo: 5, score: 1 },
        { upTo: 3, score: 2 },
        { upTo: null, score: 3 },
      ],
    };
    const openFirst = {
      kind: 'thresholds',
      thresholds: [
        { upTo: null, score: 1 },
        { upTo: 3, score: 2 },
      ],
    };
    const closedLast = {
      kind: 'thresholds',
      thresholds: [
        { upTo: 1, score: 1 },
        { upTo: 3, score: 2 },
      ],
    };
    expect(Mapping.safeParse(decreasing).success).toBe(false);
    expect(Mapping.safeParse(openFirst).success).toBe(false);
    expect(Mapping.safeParse(closedLast).success).toBe(false);
    expect(
      Mapping.safeParse({ kind: 'thresholds', thresholds: [{ upTo: null, score: 101 }] }).success,
    ).toBe(false);
  });
});

describe('linear mapping', () => {
  const rising = Mapping.parse({
    kind: 'linear',
    from: { value: 0.5, score: 0 },
    to: { value: 1, score: 100 },
  });
  const falling = Mapping.parse({
    kind: 'linear',
    from: { value: 24, score: 100 },
    to: { value: 120, score: 0 },
  });

  it('interpolates between the two points', () => {
    expect(mapToSubScore(rising, 0.75)).toBeCloseTo(50, 10);
    expect(mapToSubScore(rising, 0.6)).toBeCloseTo(20, 10);
    expect(mapToSubScore(falling, 48)).toBeCloseTo(75, 10);
    expect(mapToSubScore(falling, 72)).toBeCloseTo(50, 10);
  });

  it('is flat beyond the bounds', () => {
    expect(mapToSubScore(rising, 0)).toBe(0);
    expect(mapToSubScore(rising, 3)).toBe(100);
    expect(mapToSubScore(falling, 1)).toBe(100);
    expect(mapToSubScore(falling, 500)).toBe(0);
  });

  it('works when from lies above to', () => {
    const reversed = Mapping.parse({
      kind: 'linear',
      from: { value: 120, score: 0 },
      to: { value: 24, score: 100 },
    });
    expect(mapToSubScore(reversed, 48)).toBeCloseTo(75, 10);
    expect(mapToSubScore(reversed, 200)).toBe(0);
  });

  it('rejects two points with the same value', () => {
    const flat = { kind: 'linear', from: { value: 1, score: 0 }, to: { value: 1, score: 100 } };
    expect(Mapping.safeParse(flat).success).toBe(false);
  });
});
