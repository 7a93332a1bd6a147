// A tiny seeded PRNG so the sample book is the same on every machine and every run:
// Math.random() cannot be seeded, and the sample must be byte-for-byte reproducible.

import { mulberry32 } from '../../shared/analytics/experiments/random';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  normal(mean?: number, sd?: number): number;
  /** Small-rate Poisson count (Knuth's method; fine for rates below ~20). */
  poisson(rate: number): number;
  /**
   * An independent stream for one part of the book, so that changing how (say) tickets are drawn
   * does not shift every number drawn after them.
   */
  fork(label: string): Rng;
}

/** FNV-1a, mixed with the parent seed, to derive a child seed from a label. */
function deriveSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    float: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
    normal: (mean = 0, sd = 1) => {
      // Box-Muller; 1 - next() keeps the logarithm's argument away from zero.
      const u1 = 1 - next();
      const u2 = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    poisson: (rate) => {
      const limit = Math.exp(-rate);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    fork: (label) => createRng(deriveSeed(seed, label)),
  };
  return rng;
}
