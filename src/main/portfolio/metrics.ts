// The portfolio metrics, series and renewals for a request, computed from the workspace tables.
import type { Database } from 'sql.js';
import {
  addMonths,
  monthlyMetrics,
  periodOf,
  portfolioMetrics,
  retentionOverTime,
  upcomingRenewals,
  type Period,
} from '../../shared/analytics/portfolio';
import type { IsoDate } from '../../shared/domain/entities';
import type {
  MetricsAnswer,
  PeriodInput,
  RenewalsAnswer,
  SeriesAnswer,
} from '../../shared/ipc/contract/portfolio';
import { AppError } from '../../shared/ipc/result';
import { missingRatesOf, reportOptions, type ReportFilter } from './context';
import { healthByAccount } from './health-data';
import { loadBook } from './load-book';

export function resolvePeriod(input: PeriodInput): Period {
  const period = periodOf(input);
  if (!period.ok) throw new AppError(period.error.code, period.error.message);
  return period.value;
}

export function metricsFor(
  db: Database,
  query: ReportFilter & { period: PeriodInput },
): MetricsAnswer {
  const period = resolvePeriod(query.period);
  const options = reportOptions(db, query);
  const result = portfolioMetrics(loadBook(db), { ...options, ...period });
  return result.ok
    ? { period, currency: options.currency, metrics: result.value, missingRates: [] }
    : {
        period,
        currency: options.currency,
        metrics: null,
        missingRates: missingRatesOf(result.error),
      };
}

/** The `months` calendar months ending with the month `period` ends in. */
export function seriesRange(period: Period, months: number): Period {
  return { from: addMonths(`${period.to.slice(0, 7)}-01`, 1 - months), to: period.to };
}

export function seriesFor(
  db: Database,
  query: ReportFilter & { period: PeriodInput; months: number },
): SeriesAnswer {
  const range = seriesRange(resolvePeriod(query.period), query.months);
  const options = reportOptions(db, query);
  const result = monthlyMetrics(loadBook(db), { ...options, ...range });
  if (!result.ok) {
    return { currency: options.currency, points: null, missingRates: missingRatesOf(result.error) };
  }
  const retention = retentionOverTime(result.value);
  return {
    currency: options.currency,
    missingRates: [],
    points: result.value.map(({ metrics }, i) => ({
      ...retention[i]!,
      mrr: metrics.mrr,
      exceedsAcceptableChurn: metrics.exceedsAcceptableChurn,
    })),
  };
}

export function renewalsFor(db: Database, query: ReportFilter & { asOf: IsoDate }): RenewalsAnswer {
  const options = reportOptions(db, query);
  const health = healthByAccount(db, query.asOf, 1);
  const result = upcomingRenewals(loadBook(db), {
    ...options,
    asOf: query.asOf,
    bandOf: (id) => health?.get(id)?.band ?? null,
  });
  return {
    asOf: query.asOf,
    currency: options.currency,
    healthAvailable: health !== null,
    ...(result.ok
      ? { windows: result.value, missingRates: [] }
      : { windows: null, missingRates: missingRatesOf(result.error) }),
  };
}
