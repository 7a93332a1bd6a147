// Chart data: metrics month by month (retention over time, MRR movement) and the steps of an MRR
// waterfall. Health band distribution over time belongs to the health analytics.
import type { Result } from '../../ipc/result';
import {
  portfolioMetrics,
  type PortfolioMetrics,
  type PortfolioMetricsInput,
  type PortfolioOptions,
} from './metrics';
import { monthsOf } from './periods';

export interface MonthlyMetrics {
  /** 'YYYY-MM'. */
  month: string;
  metrics: PortfolioMetrics;
}

/** Metrics for every whole calendar month that touches [options.from, options.to]. */
export function monthlyMetrics(
  input: PortfolioMetricsInput,
  options: PortfolioOptions,
): Result<MonthlyMetrics[]> {
  if (options.from > options.to) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `from ${options.from} is after to ${options.to}.` },
    };
  }
  const series: MonthlyMetrics[] = [];
  for (const month of monthsOf({ from: options.from, to: options.to })) {
    const result = portfolioMetrics(input, { ...options, from: month.from, to: month.to });
    if (!result.ok) return result;
    series.push({ month: month.from.slice(0, 7), metrics: result.value });
  }
  return { ok: true, value: series };
}

export interface RetentionPoint {
  month: string;
  customerRetentionPercent: number | null;
  logoChurnPercent: number | null;
  grossRevenueRetentionPercent: number | null;
  netRevenueRetentionPercent: number | null;
  customersAtEnd: number;
  mrrAtEnd: number;
}

export function retentionOverTime(series: readonly MonthlyMetrics[]): RetentionPoint[] {
  return series.map(({ month, metrics }) => ({
    month,
    customerRetentionPercent: metrics.customerRetention.percent,
    logoChurnPercent: metrics.logoChurn.percent,
    grossRevenueRetentionPercent: metrics.grossRevenueRetention.percent,
    netRevenueRetentionPercent: metrics.netRevenueRetention.percent,
    customersAtEnd: metrics.customers.end,
    mrrAtEnd: metrics.mrr.end,
  }));
}

export type WaterfallStepKey =
  'start' | 'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn' | 'end';

/**
 * One bar of the waterfall: `amount` is signed (losses negative); the bar spans [low, high], so a
 * chart draws an invisible base up to `low`. Start and end bars rise from 0.
 */
export interface WaterfallStep {
  key: WaterfallStepKey;
  amount: number;
  low: number;
  high: number;
}

export function mrrWaterfall(mrr: PortfolioMetrics['mrr']): WaterfallStep[] {
  const changes: Array<[WaterfallStepKey, number]> = [
    ['new', mrr.new],
    ['reactivation', mrr.reactivation],
    ['expansion', mrr.expansion],
    ['contraction', -mrr.contraction],
    ['churn', -mrr.churn],
  ];
  const steps: WaterfallStep[] = [{ key: 'start', amount: mrr.start, low: 0, high: mrr.start }];
  // Running total in cents so that the last change lands exactly on the end bar.
  let levelCents = Math.round(mrr.start * 100);
  for (const [key, amount] of changes) {
    const nextCents = levelCents + Math.round(amount * 100);
    steps.push({
      key,
      amount,
      low: Math.min(levelCents, nextCents) / 100,
      high: Math.max(levelCents, nextCents) / 100,
    });
    levelCents = nextCents;
  }
  steps.push({ key: 'end', amount: mrr.end, low: 0, high: mrr.end });
  return steps;
}
