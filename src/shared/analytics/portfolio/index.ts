// Portfolio metrics: pure functions over accounts, contract lines and churn records.
export type { BookFilter, PortfolioInput } from './book';
export { isActiveOn } from './book';
export type { ChurnReasonOwners, ChurnReasonRow, MitigationTeam } from './churnReasons';
export { DEFAULT_CHURN_REASON_OWNERS } from './churnReasons';
export type { FxRates } from './currency';
export type {
  AcceptableChurn,
  PortfolioMetrics,
  PortfolioMetricsInput,
  PortfolioOptions,
} from './metrics';
export { portfolioMetrics } from './metrics';
export type { MovementKind } from './movement';
export type { Period, PeriodSpec } from './periods';
export { monthsOf, parseMonth, parseQuarter, periodOf } from './periods';
export type { Rate } from './rates';
export type { RenewalAccount, RenewalBandGroup, RenewalOptions, RenewalWindow } from './renewals';
export { UNSCORED_BAND, upcomingRenewals } from './renewals';
export type { MonthlyMetrics, RetentionPoint, WaterfallStep, WaterfallStepKey } from './series';
export { monthlyMetrics, mrrWaterfall, retentionOverTime } from './series';
export { addDays, addMonths, daysBetween } from './dates';
