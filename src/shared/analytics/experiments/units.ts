// From raw observations to one series per unit, and from a series to a per-unit change between
// two windows: the unit is the level at which the estimator counts independent evidence.
import type { ExperimentGroup, ExperimentObservation } from '../../domain/entities';
import { dayNumber } from './dates';
import type { DroppedUnit, UnitChange } from './types';

export interface DayValue {
  day: number;
  value: number;
}

export interface UnitSeries {
  unitId: string;
  group: ExperimentGroup;
  points: DayValue[];
}

/** Inclusive day numbers. */
export interface ChangeWindows {
  preFrom: number;
  preTo: number;
  postFrom: number;
  postTo: number;
}

export interface GroupChanges {
  target: UnitChange[];
  control: UnitChange[];
  dropped: DroppedUnit[];
}

export function collectUnitSeries(
  observations: readonly ExperimentObservation[],
  experimentId: string,
  kpi: string,
): { units: UnitSeries[]; conflicting: DroppedUnit[] } {
  const byUnit = new Map<string, { groups: Set<ExperimentGroup>; points: DayValue[] }>();
  for (const observation of observations) {
    if (observation.experimentId !== experimentId || observation.kpi !== kpi) continue;
    if (!Number.isFinite(observation.value)) continue;
    let entry = byUnit.get(observation.unitId);
    if (!entry) {
      entry = { groups: new Set(), points: [] };
      byUnit.set(observation.unitId, entry);
    }
    entry.groups.add(observation.group);
    entry.points.push({ day: dayNumber(observation.date), value: observation.value });
  }
  const units: UnitSeries[] = [];
  const conflicting: DroppedUnit[] = [];
  const ids = [...byUnit.keys()].sort();
  for (const unitId of ids) {
    const entry = byUnit.get(unitId);
    if (!entry) continue;
    const [group] = entry.groups;
    // A unit cannot be its own control: rather than guess, leave it out and say so.
    if (entry.groups.size > 1 || !group) {
      conflicting.push({ unitId, group: null, reason: 'conflicting_group' });
      continue;
    }
    units.push({ unitId, group, points: entry.points.sort((a, b) => a.day - b.day) });
  }
  return { units, conflicting };
}

export function windowMean(points: readonly DayValue[], from: number, to: number): number | null {
  let total = 0;
  let count = 0;
  for (const point of points) {
    if (point.day < from || point.day > to) continue;
    total += point.value;
    count++;
  }
  return count === 0 ? null : total / count;
}

export function computeChanges(units: readonly UnitSeries[], windows: ChangeWindows): GroupChanges {
  const result: GroupChanges = { target: [], control: [], dropped: [] };
  for (const unit of units) {
    const preMean = windowMean(unit.points, windows.preFrom, windows.preTo);
    const postMean = windowMean(unit.points, windows.postFrom, windows.postTo);
    if (preMean === null || postMean === null) {
      const reason =
        preMean === null && postMean === null
          ? 'no_data'
          : preMean === null
            ? 'no_pre_data'
            : 'no_post_data';
      result.dropped.push({ unitId: unit.unitId, group: unit.group, reason });
      continue;
    }
    result[unit.group].push({ unitId: unit.unitId, preMean, postMean, change: postMean - preMean });
  }
  return result;
}
