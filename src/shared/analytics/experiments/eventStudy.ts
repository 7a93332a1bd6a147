// Per-period view of the experiment: each unit's period mean against its own pre-window mean,
// compared between the groups (event study), plus the raw group means and the target's
// counterfactual for the chart.
import type { ExperimentGroup } from '../../domain/entities';
import { mean } from './descriptive';
import { welchTest } from './inference';
import type { Periods } from './periods';
import type { EventStudyPoint, GroupMeansPoint } from './types';
import type { UnitSeries } from './units';

export interface KeptUnit {
  series: UnitSeries;
  preMean: number;
}

interface PeriodValues {
  levels: Record<ExperimentGroup, number[]>;
  deviations: Record<ExperimentGroup, number[]>;
}

function unitPeriodMeans(
  points: UnitSeries['points'],
  periods: Periods,
  from: number,
  to: number,
): Map<number, number> {
  const sums = new Map<number, { total: number; count: number }>();
  for (const point of points) {
    if (point.day < from || point.day > to) continue;
    const index = periods.indexOf(point.day);
    const entry = sums.get(index) ?? { total: 0, count: 0 };
    entry.total += point.value;
    entry.count++;
    sums.set(index, entry);
  }
  const means = new Map<number, number>();
  for (const [index, { total, count }] of sums) means.set(index, total / count);
  return means;
}

function nullableMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : mean(values);
}

export function eventStudy(
  kept: readonly KeptUnit[],
  periods: Periods,
  from: number,
  to: number,
  alpha: number,
): { eventStudy: EventStudyPoint[]; series: GroupMeansPoint[] } {
  const first = periods.indexOf(from);
  const last = periods.indexOf(to);
  const table = new Map<number, PeriodValues>();
  for (let index = first; index <= last; index++) {
    table.set(index, {
      levels: { target: [], control: [] },
      deviations: { target: [], control: [] },
    });
  }
  for (const unit of kept) {
    const group = unit.series.group;
    for (const [index, value] of unitPeriodMeans(unit.series.points, periods, from, to)) {
      const row = table.get(index);
      row?.levels[group].push(value);
      row?.deviations[group].push(value - unit.preMean);
    }
  }
  const targetPreMean = mean(kept.filter((u) => u.series.group === 'target').map((u) => u.preMean));

  const points: EventStudyPoint[] = [];
  const series: GroupMeansPoint[] = [];
  for (const [period, row] of table) {
    const { start, end } = periods.bounds(period);
    const targetShift = nullableMean(row.deviations.target);
    const controlShift = nullableMean(row.deviations.control);
    const inference = welchTest(row.deviations.target, row.deviations.control, alpha);
    points.push({
      period,
      start,
      end,
      effect: targetShift !== null && controlShift !== null ? targetShift - controlShift : null,
      ciLow: inference?.ciLow ?? null,
      ciHigh: inference?.ciHigh ?? null,
      nTarget: row.deviations.target.length,
      nControl: row.deviations.control.length,
    });
    series.push({
      period,
      start,
      end,
      target: nullableMean(row.levels.target),
      control: nullableMean(row.levels.control),
      // The control's shift rather than its raw level, so units missing from one period do
      // not move the counterfactual.
      counterfactual:
        period >= 0 && controlShift !== null && Number.isFinite(targetPreMean)
          ? targetPreMean + controlShift
          : null,
    });
  }
  return { eventStudy: points, series };
}
