// The health-score engine: model and playbook as data, measures, scoring, weekly snapshots,
// explanations, triggers and the backtest. Pure functions, no I/O.
export { indexAccountData, indexUsageColumns } from './accountIndex';
export type { AccountData, AccountIndex, UsageColumns, UsageIndex } from './accountIndex';
export { Mapping, LinearMapping, ThresholdMapping, mapToSubScore } from './mapping';
export {
  CHAMPION_STATE,
  MEASURES,
  MEASURE_IDS,
  MEASURE_UNITS,
  MeasureId,
  MeasureParams,
  licensedSeats,
} from './measures';
export type { Measure, MeasureUnit } from './measures';
export { fromDay, toDay } from './days';
export type { DayNumber } from './days';
export { BAND_IDS, Band, HealthBands, HealthComponent, HealthModel, bandFor } from './model';
export { DEFAULT_HEALTH_MODEL } from './defaultModel';
export { effectiveWeightOf, scoreAccount, scoreIndexedAccount } from './score';
export type { ComponentScore, HealthScore, ScoreParts } from './score';
export {
  eachWeeklyScore,
  indexedWeeklySnapshots,
  mondaysBetween,
  snapshotOnOrBefore,
  weeklySnapshots,
} from './snapshots';
export type { HealthSnapshot } from './snapshots';
export { explainChange, explainTrend } from './explain';
export type { ComponentChange, MissingChange, ScoreChange, TrendExplanation } from './explain';
export { DEFAULT_PLAYBOOK, Playbook, PlaybookRule, Trigger } from './playbook';
export type { TriggerType } from './playbook';
export {
  evaluateTriggers,
  taskKey,
  triggersReadSnapshotsBefore,
  triggersReadUsageBefore,
} from './triggers';
export type { PlaybookTask, TriggerInput, TriggerSnapshot } from './triggers';
export { backtest, mannWhitneyAuc } from './backtest';
export type {
  BacktestAccount,
  BacktestResult,
  BacktestRow,
  BandOutcome,
  LeadTime,
  ScoreDecile,
  WarningQuality,
} from './backtest';
export { MEASURE_SOURCES, isMeasureStale, surveyAnswers, usageLookbackDays } from './measures';
export type { StaleSource } from './accountIndex';
export { HEALTH_LABELS, HEALTH_LABELS_EN, HEALTH_LABELS_TH, HEALTH_LABELS_TR } from './labels';
export type { HealthCatalogue, HealthLabelKey } from './labels';
