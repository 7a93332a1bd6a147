// The decision rules: what a CSM may claim from an estimate, and what must be said alongside it.
import type { Direction } from '../../domain/entities';
import type { Caution, LeaveOneOutRange, PlaceboResult, Verdict } from './types';

export const MIN_UNITS_PER_GROUP = 4;
export const IMBALANCE_THRESHOLD = 0.25;

export interface VerdictInput {
  direction: Direction;
  nTarget: number;
  nControl: number;
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** For secondary KPIs the Holm-adjusted p decides instead of the unadjusted interval. */
  adjustedP: number | null;
  alpha: number;
  minUnitsPerGroup?: number;
}

export function decideVerdict(input: VerdictInput): Verdict {
  const minUnits = input.minUnitsPerGroup ?? MIN_UNITS_PER_GROUP;
  if (input.nTarget < minUnits || input.nControl < minUnits) return 'insufficient';
  if (input.effect === null || input.ciLow === null || input.ciHigh === null) return 'inconclusive';
  const significant =
    input.adjustedP !== null ? input.adjustedP < input.alpha : input.ciLow > 0 || input.ciHigh < 0;
  if (!significant) return 'inconclusive';
  const good = input.direction === 'higher_is_better' ? input.effect > 0 : input.effect < 0;
  return good ? 'improvement' : 'deterioration';
}

export interface CautionInput {
  verdict: Verdict;
  alpha: number;
  placebo: PlaceboResult | null;
  standardizedDifference: number | null;
  permutationP: number | null;
  leaveOneOut: LeaveOneOutRange | null;
  droppedUnits: number;
  imbalanceThreshold?: number;
}

export function collectCautions(input: CautionInput): Caution[] {
  const cautions: Caution[] = [];
  const decisive = input.verdict === 'improvement' || input.verdict === 'deterioration';
  if (input.placebo?.failed) cautions.push('failed_placebo');
  const threshold = input.imbalanceThreshold ?? IMBALANCE_THRESHOLD;
  if (input.standardizedDifference !== null && Math.abs(input.standardizedDifference) > threshold) {
    cautions.push('imbalance');
  }
  // With few units the t interval leans on normality; the permutation p does not.
  if (decisive && input.permutationP !== null && input.permutationP >= input.alpha) {
    cautions.push('permutation_disagrees');
  }
  if (decisive && input.leaveOneOut && input.leaveOneOut.low <= 0 && input.leaveOneOut.high >= 0) {
    cautions.push('depends_on_one_unit');
  }
  if (input.droppedUnits > 0) cautions.push('units_dropped');
  return cautions;
}

/** Holm's step-down adjustment (as R's p.adjust(p, "holm")), in the input order. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
