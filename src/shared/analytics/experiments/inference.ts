// t-based inference for a difference of two means, from raw samples or from summary statistics
// (published studies often give only means, standard errors and counts).
import { mean, sampleVariance } from './descriptive';
import { studentTCdf, studentTQuantile } from './distributions';

export interface SampleSummary {
  n: number;
  mean: number;
  /** Unbiased (n - 1) variance. */
  variance: number;
}

export interface Inference {
  estimate: number;
  se: number;
  df: number;
  t: number;
  /** Two-sided. */
  pValue: number;
  ciLow: number;
  ciHigh: number;
}

export function summarize(values: readonly number[]): SampleSummary {
  return { n: values.length, mean: mean(values), variance: sampleVariance(values) };
}

/** Summary from a count, a sum and a sum of squares (how GrowthBook stores its metrics). */
export function summaryFromSums(n: number, sum: number, sumOfSquares: number): SampleSummary {
  return { n, mean: sum / n, variance: (sumOfSquares - (sum * sum) / n) / (n - 1) };
}

/**
 * t statistic, two-sided p and a (1 - alpha) interval for an estimate with a known standard
 * error; df = Infinity gives the normal. Null when the standard error is not positive, since
 * then neither a p-value nor an interval means anything.
 */
export function inferenceFromEstimate(
  estimate: number,
  se: number,
  df: number,
  alpha: number,
): Inference | null {
  if (!(se > 0) || !(df > 0) || !Number.isFinite(estimate)) return null;
  const t = estimate / se;
  const margin = studentTQuantile(1 - alpha / 2, df) * se;
  return {
    estimate,
    se,
    df,
    t,
    pValue: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)),
    ciLow: estimate - margin,
    ciHigh: estimate + margin,
  };
}

/** Welch's unequal-variance t for first.mean - second.mean, Welch-Satterthwaite df. */
export function welchFromSummaries(
  first: SampleSummary,
  second: SampleSummary,
  alpha: number,
): Inference | null {
  const firstShare = first.variance / first.n;
  const secondShare = second.variance / second.n;
  const variance = firstShare + secondShare;
  const df =
    (variance * variance) /
    ((firstShare * firstShare) / (first.n - 1) + (secondShare * secondShare) / (second.n - 1));
  return inferenceFromEstimate(first.mean - second.mean, Math.sqrt(variance), df, alpha);
}

/** Student's pooled-variance t for first.mean - second.mean. */
export function studentFromSummaries(
  first: SampleSummary,
  second: SampleSummary,
  alpha: number,
): Inference | null {
  const df = first.n + second.n - 2;
  const pooled = ((first.n - 1) * first.variance + (second.n - 1) * second.variance) / df;
  const se = Math.sqrt(pooled * (1 / first.n + 1 / second.n));
  return inferenceFromEstimate(first.mean - second.mean, se, df, alpha);
}

export function welchTest(
  first: readonly number[],
  second: readonly number[],
  alpha: number,
): Inference | null {
  return welchFromSummaries(summarize(first), summarize(second), alpha);
}

export function studentTest(
  first: readonly number[],
  second: readonly number[],
  alpha: number,
): Inference | null {
  return studentFromSummaries(summarize(first), summarize(second), alpha);
}

export interface CellMeans {
  targetPre: number;
  targetPost: number;
  controlPre: number;
  controlPost: number;
}

/** The classic 2x2 difference-in-differences from four group means. */
export function differenceInDifferences(cells: CellMeans): number {
  return cells.targetPost - cells.targetPre - (cells.controlPost - cells.controlPre);
}

/** Standard error of a sum or difference of independent estimates. */
export function independentSe(...standardErrors: readonly number[]): number {
  let variance = 0;
  for (const se of standardErrors) variance += se * se;
  return Math.sqrt(variance);
}

/**
 * Standard error of the 2x2 difference-in-differences from a pooled levels regression with a
 * residual standard error and the four cell counts; right only when each cell holds different
 * units (repeated cross-sections), which is why the app itself uses per-unit changes.
 */
export function pooledCellsDidSe(residualSe: number, cellCounts: readonly number[]): number {
  let inverseCounts = 0;
  for (const count of cellCounts) inverseCounts += 1 / count;
  return residualSe * Math.sqrt(inverseCounts);
}

/**
 * Posterior probability that the true effect lies on the good side, under a flat prior: the
 * effect's posterior is then a t (normal for df = Infinity) centred on the estimate.
 */
export function probabilityOfImprovement(
  estimate: number,
  se: number,
  df: number,
  higherIsBetter: boolean,
): number | null {
  if (!(se > 0) || !(df > 0)) return null;
  const z = estimate / se;
  return studentTCdf(higherIsBetter ? z : -z, df);
}

/** Smallest true effect that a two-sided test at alpha would detect with the given power. */
export function minimumDetectableEffect(
  se: number,
  df: number,
  alpha: number,
  power = 0.8,
): number | null {
  if (!(se > 0) || !(df > 0)) return null;
  return (studentTQuantile(1 - alpha / 2, df) + studentTQuantile(power, df)) * se;
}
