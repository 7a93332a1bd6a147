// Permutation test of the difference of means: every relabelling of the pooled values into
// groups of the observed sizes is equally likely when there is no effect.
import { sum } from './descriptive';
import { mulberry32 } from './random';

export interface PermutationOptions {
  /** Enumerate all splits when there are at most this many; otherwise sample. */
  exactLimit?: number;
  /** Random splits drawn when enumeration is too large. */
  draws?: number;
  seed?: number;
}

export interface PermutationResult {
  method: 'exact' | 'monte_carlo';
  /** mean(first) - mean(second) as observed. */
  observed: number;
  /** Splits evaluated (all of them, or the random draws). */
  total: number;
  below: number;
  equal: number;
  above: number;
  /** Splits with |difference| at least the observed one. */
  atLeastAsExtreme: number;
  /** Two-sided p; the Monte Carlo one counts the observed split too, so it is never 0. */
  pValue: number;
}

export const DEFAULT_EXACT_LIMIT = 200_000;
export const DEFAULT_DRAWS = 20_000;
export const DEFAULT_SEED = 20_240_917;

/** C(n, k), or Infinity once it passes the cap (so huge n never overflows). */
export function binomialCoefficient(n: number, k: number, cap = Number.MAX_SAFE_INTEGER): number {
  if (k < 0 || k > n) return 0;
  const smaller = Math.min(k, n - k);
  let result = 1;
  for (let i = 1; i <= smaller; i++) {
    result = (result * (n - smaller + i)) / i;
    if (result > cap) return Infinity;
  }
  return Math.round(result);
}

/**
 * Classifies a split by the sum of its first group: the difference of means is increasing in
 * that sum, so comparing sums (with a tolerance for rounding) avoids a division per split.
 */
function makeClassifier(pooled: readonly number[], firstSize: number, observedSum: number) {
  const total = sum(pooled);
  let magnitude = 0;
  for (const value of pooled) magnitude += Math.abs(value);
  const tolerance = 1e-9 * Math.max(1, magnitude);
  const neutralSum = (firstSize * total) / pooled.length;
  const distance = Math.abs(observedSum - neutralSum);
  const counts = { below: 0, equal: 0, above: 0, atLeastAsExtreme: 0 };
  const classify = (firstSum: number): void => {
    if (firstSum < observedSum - tolerance) counts.below++;
    else if (firstSum > observedSum + tolerance) counts.above++;
    else counts.equal++;
    if (Math.abs(firstSum - neutralSum) >= distance - tolerance) counts.atLeastAsExtreme++;
  };
  return { counts, classify };
}

function enumerateSubsetSums(
  pooled: readonly number[],
  size: number,
  visit: (subsetSum: number) => void,
): void {
  const n = pooled.length;
  const extend = (start: number, remaining: number, partial: number): void => {
    if (remaining === 0) {
      visit(partial);
      return;
    }
    for (let i = start; i <= n - remaining; i++) {
      extend(i + 1, remaining - 1, partial + (pooled[i] ?? 0));
    }
  };
  extend(0, size, 0);
}

function sampleSubsetSums(
  pooled: readonly number[],
  size: number,
  draws: number,
  seed: number,
  visit: (subsetSum: number) => void,
): void {
  const random = mulberry32(seed);
  const order = pooled.map((_, index) => index);
  const n = order.length;
  for (let draw = 0; draw < draws; draw++) {
    // A partial Fisher-Yates shuffle: the first `size` slots become a uniform random subset.
    let subsetSum = 0;
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(random() * (n - i));
      const picked = order[j] ?? 0;
      order[j] = order[i] ?? 0;
      order[i] = picked;
      subsetSum += pooled[picked] ?? 0;
    }
    visit(subsetSum);
  }
}

export function permutationTest(
  first: readonly number[],
  second: readonly number[],
  options: PermutationOptions = {},
): PermutationResult | null {
  if (first.length === 0 || second.length === 0) return null;
  const pooled = [...first, ...second];
  const observedSum = sum(first);
  const observed = observedSum / first.length - sum(second) / second.length;
  const { counts, classify } = makeClassifier(pooled, first.length, observedSum);
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const splits = binomialCoefficient(pooled.length, first.length, exactLimit);
  if (splits <= exactLimit) {
    enumerateSubsetSums(pooled, first.length, classify);
    return {
      method: 'exact',
      observed,
      total: splits,
      ...counts,
      pValue: counts.atLeastAsExtreme / splits,
    };
  }
  const draws = options.draws ?? DEFAULT_DRAWS;
  sampleSubsetSums(pooled, first.length, draws, options.seed ?? DEFAULT_SEED, classify);
  return {
    method: 'monte_carlo',
    observed,
    total: draws,
    ...counts,
    pValue: (counts.atLeastAsExtreme + 1) / (draws + 1),
  };
}
