// One account's score on one day, with everything needed to explain it: each component's raw
// value, sub-score, nominal and effective weight and its contribution in points.
import type { IsoDate } from '../../domain/entities';
import { indexAccountData } from './accountIndex';
import type { AccountData, AccountIndex } from './accountIndex';
import { toDay } from './days';
import type { DayNumber } from './days';
import { mapToSubScore } from './mapping';
import { MEASURES, isMeasureStale } from './measures';
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
  /**
   * Missing because its source ended before the scored week (the data are older than the day
   * scored), not because the workspace never had it. Always counted in `missing` too.
   */
  stale?: boolean;
}

export interface HealthScore {
  /** 0-100, or null when every weighted component is missing. */
  score: number | null;
  band: Band | null;
  components: ComponentScore[];
  /** Ids of the components whose data is missing (stale ones included). */
  missing: string[];
  /** Ids of the components left out because their source ended before the scored week. */
  stale?: string[];
}

const NO_PARAMS: MeasureParams = {};

export function scoreIndexedAccount(
  model: HealthModel,
  index: AccountIndex,
  day: DayNumber,
): HealthScore {
  // Plain loops over parallel arrays: this runs for every account and week of a recompute.
  const parts = model.components;
  const values = new Array<number | null>(parts.length);
  const staleParts = new Array<boolean>(parts.length);
  let presentWeight = 0;
  parts.forEach((component, i) => {
    // A feed that ended before this week would read as zero activity: leave it out instead.
    const stale = isMeasureStale(index, component.measure, day);
    const value = stale
      ? null
      : MEASURES[component.measure](index, day, component.params ?? NO_PARAMS);
    values[i] = value;
    staleParts[i] = stale;
    if (value !== null) presentWeight += component.weight;
  });

  let score = 0;
  const missing: string[] = [];
  const stale: string[] = [];
  const components = parts.map((component, i): ComponentScore => {
    const value = values[i] ?? null;
    const subScore = value === null ? null : mapToSubScore(component.mapping, value);
    if (subScore === null) missing.push(component.id);
    if (staleParts[i]) stale.push(component.id);
    const effectiveWeight =
      subScore === null || presentWeight === 0 ? 0 : component.weight / presentWeight;
    const contribution = subScore === null ? 0 : effectiveWeight * subScore;
    score += contribution;
    const part: ComponentScore = {
      id: component.id,
      labelKey: component.labelKey,
      value,
      subScore,
      weight: component.weight,
      effectiveWeight,
      contribution,
      missing: subScore === null,
    };
    if (staleParts[i]) part.stale = true;
    return part;
  });
  const extra = stale.length > 0 ? { stale } : {};
  if (presentWeight === 0) return { score: null, band: null, components, missing, ...extra };
  return { score, band: bandFor(score, model.bands), components, missing, ...extra };
}

export function scoreAccount(model: HealthModel, data: AccountData, asOf: IsoDate): HealthScore {
  return scoreIndexedAccount(model, indexAccountData(data), toDay(asOf));
}
