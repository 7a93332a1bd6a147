// What the data on file holds for a plan, before any statistics: enough for a CSM to spot a
// missing KPI, a group with too few units or measurements outside the windows.
import type { Experiment, ExperimentObservation } from '../../shared/domain/entities';
import type { DataPreview, KpiPreview } from '../../shared/ipc/contract/experiments';

const SAMPLE_ROWS = 12;

function within(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}

function kpiPreview(
  experiment: Experiment,
  kpi: string,
  rows: readonly ExperimentObservation[],
): KpiPreview {
  const units = { target: new Set<string>(), control: new Set<string>() };
  let preRows = 0;
  let postRows = 0;
  for (const row of rows) {
    units[row.group].add(row.unitId);
    if (within(row.date, experiment.preStart, experiment.preEnd)) preRows++;
    if (within(row.date, experiment.postStart, experiment.postEnd)) postRows++;
  }
  return {
    kpi,
    rows: rows.length,
    targetUnits: units.target.size,
    controlUnits: units.control.size,
    preRows,
    postRows,
  };
}

export function dataPreview(
  experiment: Experiment,
  observations: readonly ExperimentObservation[],
): DataPreview {
  const byKpi = new Map<string, ExperimentObservation[]>();
  const groupsOfUnit = new Map<string, Set<string>>();
  let dateFrom: string | null = null;
  let dateTo: string | null = null;
  for (const row of observations) {
    const kpiRows = byKpi.get(row.kpi);
    if (kpiRows) kpiRows.push(row);
    else byKpi.set(row.kpi, [row]);
    groupsOfUnit.set(row.unitId, (groupsOfUnit.get(row.unitId) ?? new Set()).add(row.group));
    if (dateFrom === null || row.date < dateFrom) dateFrom = row.date;
    if (dateTo === null || row.date > dateTo) dateTo = row.date;
  }
  const planKpis = [experiment.primaryKpi, ...experiment.secondaryKpis];
  const kpis = [...new Set([...planKpis, ...byKpi.keys()])]
    .filter((kpi) => byKpi.has(kpi))
    .map((kpi) => kpiPreview(experiment, kpi, byKpi.get(kpi) ?? []));
  const unitsIn = (group: string) =>
    [...groupsOfUnit.values()].filter((groups) => groups.size === 1 && groups.has(group)).length;
  return {
    rowCount: observations.length,
    targetUnits: unitsIn('target'),
    controlUnits: unitsIn('control'),
    conflictingUnits: [...groupsOfUnit]
      .filter(([, groups]) => groups.size > 1)
      .map(([unit]) => unit)
      .sort(),
    dateFrom,
    dateTo,
    kpis,
    missingKpis: planKpis.filter((kpi) => !byKpi.has(kpi)),
    sampleRows: observations.slice(0, SAMPLE_ROWS).map((row) => ({
      unitId: row.unitId,
      group: row.group,
      date: row.date,
      kpi: row.kpi,
      value: row.value,
    })),
  };
}
