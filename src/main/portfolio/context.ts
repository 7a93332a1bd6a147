// What every portfolio request needs besides the book: the report currency, its exchange rates,
// the churn-reason owners and the acceptable churn setting.
import type { Database } from 'sql.js';
import type { PortfolioOptions } from '../../shared/analytics/portfolio';
import type { AppErrorShape } from '../../shared/ipc/result';
import { AppError } from '../../shared/ipc/result';
import { getSettings } from '../db/repos/settings';
import { churnReasonOwners } from './churn-reasons';
import { fxRatesFor } from './fx-rates';

export interface ReportFilter {
  segment?: string | undefined;
  owner?: string | undefined;
  currency?: string | undefined;
}

export type ReportOptions = Omit<PortfolioOptions, 'from' | 'to'>;

/**
 * The setting is a monthly logo churn percentage: the metrics convert any period's churn into
 * its monthly equivalent before comparing, so a quarter is not flagged for being three months.
 */
export function reportOptions(db: Database, filter: ReportFilter): ReportOptions {
  const settings = getSettings(db);
  const currency = filter.currency ?? settings.reportCurrency;
  return {
    currency,
    fxRates: fxRatesFor(db, currency),
    churnReasonOwners: churnReasonOwners(db),
    acceptableChurn: { measure: 'logo', monthlyPercent: settings.acceptableChurnRate },
    ...(filter.segment === undefined ? {} : { segment: filter.segment }),
    ...(filter.owner === undefined ? {} : { owner: filter.owner }),
  };
}

/** The currencies a failed metric lacks a rate for; any other failure is thrown as is. */
export function missingRatesOf(error: AppErrorShape): string[] {
  const details = error.details as { missingCurrencies?: unknown } | undefined;
  const missing = details?.missingCurrencies;
  if (Array.isArray(missing) && missing.every((c) => typeof c === 'string')) return missing;
  throw new AppError(error.code, error.message, error.details);
}
