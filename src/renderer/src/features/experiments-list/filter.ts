import type { ExperimentSummary } from '../../../../shared/ipc/contract';

/** The verdicts a CSM can filter on; 'none' stands for "no data yet" (a null verdict). */
export const VERDICT_FILTERS = [
  'improvement',
  'deterioration',
  'inconclusive',
  'insufficient',
  'none',
] as const;

export interface ExperimentFilter {
  verdict: (typeof VERDICT_FILTERS)[number] | '';
  accountId: string;
  kpi: string;
}

/** The experiments that pass every set filter (an empty filter lets everything through). */
export function filterExperiments(
  list: readonly ExperimentSummary[],
  f: ExperimentFilter,
): ExperimentSummary[] {
  return list.filter(
    (e) =>
      (!f.verdict || (e.verdict ?? 'none') === f.verdict) &&
      (!f.accountId || e.accountId === f.accountId) &&
      (!f.kpi || e.primaryKpi === f.kpi),
  );
}
