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

/** A component's share of the score: its weight among the present ones, 0 when it is missing. */
export function effectiveWeightOf(
  weight: number,
  subScore: number | null,
  presentWeight: number,
): number {
  return subScore === null || presentWeight === 0 ? 0 : weight / presentWeight;
}

/**
 * A score without the explanation's objects: each component's value, sub-score (null when
 * missing) and whether it is stale, in the model's order. A recompute scores every account's
 * every week and stores only these, so it reuses one ScoreParts for all of them.
 */
export interface ScoreParts {
  score: number | null;
  /** The weight of the components with a value, which the present ones share. */
  presentWeight: number;
  band: Band | null;
  values: (number | null)[];
  subScores: (number | null)[];
  stale: boolean[];
}

export function newScoreParts(model: HealthModel): ScoreParts {
  const n = model.components.length;
  return {
    score: null,
    presentWeight: 0,
    band: null,
    values: new Array<number | null>(n).fill(null),
    subScores: new Array<number | null>(n).fill(null),
    stale: new Array<boolean>(n).fill(false),
  };
}

/** Scores the day into `parts` (overwriting it); see scoreIndexedAccount for the whole score. */
export function scoreParts(
  model: HealthModel,
  index: AccountIndex,
  day: DayNumber,
  parts: ScoreParts,
): ScoreParts {
  // Plain loops over parallel arrays: this runs for every account and week of a recompute.
  const components = model.components;
  let presentWeight = 0;
  for (let i = 0; i < components.length; i++) {
    const component = components[i] as HealthModel['components'][number];
    // A feed that ended before this week would read as zero activity: leave it out instead.
    const stale = isMeasureStale(index, component.measure, day);
    const value = stale
      ? null
      : MEASURES[component.measure](index, day, component.params ?? NO_PARAMS);
    parts.values[i] = value;
    parts.stale[i] = stale;
    if (value !== null) presentWeight += component.weight;
  }
  let score = 0;
  for (let i = 0; i < components.length; i++) {
    const component = components[i] as HealthModel['components'][number];
    const value = parts.values[i] ?? null;
    const subScore = value === null ? null : mapToSubScore(component.mapping, value);
    parts.subScores[i] = subScore;
    const effectiveWeight = effectiveWeightOf(component.weight, subScore, presentWeight);
    score += subScore === null ? 0 : effectiveWeight * subScore;
  }
  parts.presentWeight = presentWeight;
  parts.score = presentWeight === 0 ? null : score;
  parts.band = presentWeight === 0 ? null : bandFor(score, model.bands);
  return parts;
}

export function scoreIndexedAccount(
  model: HealthModel,
  index: AccountIndex,
  day: DayNumber,
): HealthScore {
  const { score, band, presentWeight, values, subScores, stale } = scoreParts(
    model,
    index,
    day,
    newScoreParts(model),
  );
  const missing: string[] = [];
  const staleIds: string[] = [];
  const components = model.components.map((component, i): ComponentScore => {
    const subScore = subScores[i] ?? null;
    if (subScore === null) missing.push(component.id);
    if (stale[i]) staleIds.push(component.id);
    const effectiveWeight = effectiveWeightOf(component.weight, subScore, presentWeight);
    const part: ComponentScore = {
      id: component.id,
      labelKey: component.labelKey,
      value: values[i] ?? null,
      subScore,
      weight: component.weight,
      effectiveWeight,
      contribution: subScore === null ? 0 : effectiveWeight * subScore,
      missing: subScore === null,
    };
    if (stale[i]) part.stale = true;
    return part;
  });
  const extra = staleIds.length > 0 ? { stale: staleIds } : {};
  return { score, band, components, missing, ...extra };
}

export function scoreAccount(model: HealthModel, data: AccountData, asOf: IsoDate): HealthScore {
  return scoreIndexedAccount(model, indexAccountData(data), toDay(asOf));
}
