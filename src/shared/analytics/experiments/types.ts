import type { Direction, ExperimentGroup, IsoDate } from '../../domain/entities';
import type { WordingKey } from './wording';

/** A sentence for the UI or QBR to translate: a catalogue key and the values it interpolates. */
export interface WordingMessage {
  key: WordingKey;
  params: Record<string, string | number>;
}

export interface KpiWording {
  headline: WordingMessage;
  details: WordingMessage[];
  cautions: WordingMessage[];
  nextSteps: WordingMessage[];
}

export type Verdict = 'improvement' | 'deterioration' | 'inconclusive' | 'insufficient';

export type Caution =
  | 'failed_placebo'
  | 'imbalance'
  | 'permutation_disagrees'
  | 'depends_on_one_unit'
  | 'units_dropped';

export interface UnitChange {
  unitId: string;
  preMean: number;
  postMean: number;
  change: number;
}

export type DropReason = 'no_pre_data' | 'no_post_data' | 'no_data' | 'conflicting_group';

export interface DroppedUnit {
  unitId: string;
  /** Null when the unit was labelled both target and control. */
  group: ExperimentGroup | null;
  reason: DropReason;
}

export interface PlaceboResult {
  /** The fake rollout: the middle of the pre window. */
  fakeRolloutDate: IsoDate;
  effect: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  nTarget: number;
  nControl: number;
  /** The groups already diverged before the rollout (p < alpha). */
  failed: boolean;
}

export interface EventStudyPoint {
  /** Periods relative to the rollout: 0 holds the rollout date, -1 the period before. */
  period: number;
  start: IsoDate;
  end: IsoDate;
  /** Difference between the groups of (period mean - pre-window mean). */
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  nTarget: number;
  nControl: number;
}

export interface BalanceResult {
  targetPreMean: number;
  controlPreMean: number;
  /** (target - control) / sqrt((variance target + variance control) / 2) of unit pre means. */
  standardizedDifference: number | null;
}

export interface LeaveOneOutRange {
  low: number;
  high: number;
  /** The unit whose removal gives the low (high) end. */
  lowWithout: string;
  highWithout: string;
}

export interface GroupMeansPoint {
  period: number;
  start: IsoDate;
  end: IsoDate;
  target: number | null;
  control: number | null;
  /** Target pre mean plus the control's movement since its pre mean; from the rollout on. */
  counterfactual: number | null;
}

export type PeriodLength = 'week' | 'month';

export interface KpiResult {
  kpi: string;
  role: 'primary' | 'secondary';
  direction: Direction;
  alpha: number;
  /** mean change of target units - mean change of control units. */
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  se: number | null;
  /** Welch two-sided p. */
  pValue: number | null;
  permutationP: number | null;
  permutationMethod: 'exact' | 'monte_carlo' | null;
  df: number | null;
  nTarget: number;
  nControl: number;
  droppedUnits: DroppedUnit[];
  targetPreMean: number | null;
  targetPostMean: number | null;
  /** What the target units would likely show after the rollout without the product. */
  counterfactual: number | null;
  /** effect / |counterfactual|; null when the counterfactual is near zero. */
  relativeEffect: number | null;
  probImprovement: number | null;
  /** Minimum detectable effect at 80 % power and the experiment's alpha. */
  mde: number | null;
  /** Holm-adjusted p among the secondary KPIs; null for the primary. */
  holmP: number | null;
  verdict: Verdict;
  cautions: Caution[];
  diagnostics: {
    placebo: PlaceboResult | null;
    eventStudy: EventStudyPoint[];
    balance: BalanceResult | null;
    leaveOneOut: LeaveOneOutRange | null;
  };
  series: { periodLength: PeriodLength; points: GroupMeansPoint[] };
  unitChanges: { target: UnitChange[]; control: UnitChange[] };
  wording: KpiWording;
}
