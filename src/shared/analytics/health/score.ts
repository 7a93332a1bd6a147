// One account's score on one day, with everything needed to explain it: each component's raw
// value, sub-score, nominal and effective weight and its contribution in points.
import type { IsoDate } from '../../domain/entities';
import { indexAccountData } from './accountIndex';
import type { AccountData, AccountIndex } from './accountIndex';
import { toDay } from './days';
import type { DayNumber } from './days';
import { mapToSubScore } from './mapping';
import { MEASURES } from './measures';
import type { MeasureParams } from './measures';
import { bandFor } from './model';
import type { Band, HealthModel } from './model';

export interface ComponentScore {
  id: string;
  labelKey: string;
  /** The measured value, null when its data is missing. */
  value: number | null;
  subScore: number | null;
  weight: number;
  /** Share of the score after missing components' weights are re-distributed (0-1). */
  effectiveWeight: number;
  /** Points this component adds to the score: effectiveWeight x subScore. */
  contribution: number;
  missing: boolean;
}

export interface HealthScore {
  /** 0-100, or null when every weighted component is missing. */
  score: number | null;
  band: Band | null;
  components: ComponentScore[];
  /** Ids of the components whose data is missing. */
  missing: string[];
}

const NO_PARAMS: MeasureParams = {};

export function scoreIndexedAccount(
  model: HealthModel,
  index: AccountIndex,
  day: DayNumber,
): HealthScore {
  const measured = model.components.map((component) => {
    const value = MEASURES[component.measure](index, day, component.params ?? NO_PARAMS);
    return {
      component,
      value,
      subScore: value === null ? null : mapToSubScore(component.mapping, value),
    };
  });
  let presentWeight = 0;
  for (const { component, value } of measured)
    if (value !== null) presentWeight += component.weight;

  let score = 0;
  const missing: string[] = [];
  const components = measured.map(({ component, value, subScore }): ComponentScore => {
    if (subScore === null) missing.push(component.id);
    const effectiveWeight =
      subScore === null || presentWeight === 0 ? 0 : component.weight / presentWeight;
    const contribution = subScore === null ? 0 : effectiveWeight * subScore;
    score += contribution;
    return {
      id: component.id,
      labelKey: component.labelKey,
      value,
      subScore,
      weight: component.weight,
      effectiveWeight,
      contribution,
      missing: subScore === null,
    };
  });
  if (presentWeight === 0) return { score: null, band: null, components, missing };
  return { score, band: bandFor(score, model.bands), components, missing };
}

export function scoreAccount(model: HealthModel, data: AccountData, asOf: IsoDate): HealthScore {
  return scoreIndexedAccount(model, indexAccountData(data), toDay(asOf));
}
