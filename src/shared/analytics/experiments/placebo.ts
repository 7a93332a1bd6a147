// A fake rollout in the middle of the pre window: the same estimator should find nothing there,
// otherwise the groups were already drifting apart and the real effect is suspect.
import { isoFromDayNumber } from './dates';
import { welchTest } from './inference';
import type { PlaceboResult } from './types';
import { computeChanges, type UnitSeries } from './units';

export function placeboTest(
  units: readonly UnitSeries[],
  preFrom: number,
  preTo: number,
  alpha: number,
): PlaceboResult | null {
  if (preTo <= preFrom) return null;
  const fakeRollout = preFrom + Math.ceil((preTo - preFrom + 1) / 2);
  const changes = computeChanges(units, {
    preFrom,
    preTo: fakeRollout - 1,
    postFrom: fakeRollout,
    postTo: preTo,
  });
  const inference = welchTest(
    changes.target.map((unit) => unit.change),
    changes.control.map((unit) => unit.change),
    alpha,
  );
  if (!inference) return null;
  return {
    fakeRolloutDate: isoFromDayNumber(fakeRollout),
    effect: inference.estimate,
    ciLow: inference.ciLow,
    ciHigh: inference.ciHigh,
    pValue: inference.pValue,
    nTarget: changes.target.length,
    nControl: changes.control.length,
    failed: inference.pValue < alpha,
  };
}
