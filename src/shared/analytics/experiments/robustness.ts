// Diagnostics computed from the per-unit changes: are the groups comparable to begin with, and
// does the estimate hinge on a single unit?
import { mean, sampleVariance } from './descriptive';
import type { BalanceResult, LeaveOneOutRange, UnitChange } from './types';

export function baselineBalance(
  target: readonly UnitChange[],
  control: readonly UnitChange[],
): BalanceResult | null {
  if (target.length === 0 || control.length === 0) return null;
  const targetPre = target.map((unit) => unit.preMean);
  const controlPre = control.map((unit) => unit.preMean);
  const targetPreMean = mean(targetPre);
  const controlPreMean = mean(controlPre);
  const spread = Math.sqrt((sampleVariance(targetPre) + sampleVariance(controlPre)) / 2);
  return {
    targetPreMean,
    controlPreMean,
    standardizedDifference: spread > 0 ? (targetPreMean - controlPreMean) / spread : null,
  };
}

export function leaveOneOutRange(
  target: readonly UnitChange[],
  control: readonly UnitChange[],
): LeaveOneOutRange | null {
  const targetTotal = target.reduce((total, unit) => total + unit.change, 0);
  const controlTotal = control.reduce((total, unit) => total + unit.change, 0);
  let range: LeaveOneOutRange | null = null;
  const consider = (effect: number, unitId: string): void => {
    if (!range) {
      range = { low: effect, high: effect, lowWithout: unitId, highWithout: unitId };
      return;
    }
    if (effect < range.low) range = { ...range, low: effect, lowWithout: unitId };
    if (effect > range.high) range = { ...range, high: effect, highWithout: unitId };
  };
  // A group needs at least two units to survive losing one.
  if (target.length >= 2 && control.length >= 1) {
    const controlMean = controlTotal / control.length;
    for (const unit of target) {
      consider((targetTotal - unit.change) / (target.length - 1) - controlMean, unit.unitId);
    }
  }
  if (control.length >= 2 && target.length >= 1) {
    const targetMean = targetTotal / target.length;
    for (const unit of control) {
      consider(targetMean - (controlTotal - unit.change) / (control.length - 1), unit.unitId);
    }
  }
  return range;
}
