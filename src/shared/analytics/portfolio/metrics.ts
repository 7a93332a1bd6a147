// Portfolio metrics for one period: customers, retention and churn, MRR/ARR and its movement,
// GRR/NRR, lifetime value and churn by reason, each with the parts it is computed from.
//
// The period is the inclusive range [from, to]. "At start" is the book at the end of the day
// before `from`, "at end" the book at the end of `to`, so consecutive periods chain: one month's
// end is the next month's start. Movements compare the two snapshots account by account; an
// account that leaves and comes back inside one period shows only its net change.
import type { ChurnRecord, IsoDate } from '../../domain/entities';
import type { Result } from '../../ipc/result';
import { accountMrrOn, selectBook, snapshotOn, type BookFilter, type PortfolioInput } from './book';
import {
  DEFAULT_CHURN_REASON_OWNERS,
  churnByReason,
  recordsInPeriod,
  type ChurnReasonOwners,
  type ChurnReasonRow,
} from './churnReasons';
import { centsToAmount, makeConverter, missingRateError, type FxRates } from './currency';
import { addDays, isValidIsoDate, monthsInRange } from './dates';
import { movementBetween, type MovementKind } from './movement';
import { monthlyEquivalent, rate, type Rate } from './rates';

export interface PortfolioMetricsInput extends PortfolioInput {
  churnRecords: readonly ChurnRecord[];
}

/** The acceptable churn setting, as a monthly rate so that any period length can be compared. */
export interface AcceptableChurn {
  measure: 'logo' | 'revenue';
  monthlyPercent: number;
}

export interface PortfolioOptions extends BookFilter {
  from: IsoDate;
  to: IsoDate;
  /** The report currency, e.g. 'USD'. */
  currency: string;
  /** Rate per one unit of each other currency, in the report currency. */
  fxRates: FxRates;
  churnReasonOwners?: ChurnReasonOwners;
  acceptableChurn?: AcceptableChurn;
}

export interface PortfolioMetrics {
  period: {
    from: IsoDate;
    to: IsoDate;
    /** The day whose end is the "start" snapshot: the day before `from`. */
    startSnapshot: IsoDate;
    endSnapshot: IsoDate;
    months: number;
  };
  currency: string;
  filters: { segment: string | null; owner: string | null };
  customers: {
    start: number;
    end: number;
    /** First-ever paying customers. */
    new: number;
    /** Paid before, not at start, paying again at end. */
    reactivated: number;
    /** Customers at end who were not customers at start: new + reactivated. */
    acquired: number;
    churned: number;
    retained: number;
  };
  /** (end - acquired) / start x 100. */
  customerRetention: Rate;
  /** churned / start x 100. */
  logoChurn: Rate;
  mrr: {
    start: number;
    end: number;
    new: number;
    reactivation: number;
    expansion: number;
    contraction: number;
    churn: number;
    /** new + reactivation + expansion - contraction - churn = end - start. */
    netChange: number;
  };
  arr: { start: number; end: number };
  /** (start - contraction - churn) / start x 100, never above 100. */
  grossRevenueRetention: Rate;
  /** (start + expansion - contraction - churn) / start x 100. */
  netRevenueRetention: Rate;
  revenueChurn: {
    /** (churn + contraction) / start x 100. */
    gross: Rate;
    /** (churn + contraction - expansion) / start x 100; negative when expansion outweighs. */
    net: Rate;
  };
  lifetimeValue: {
    value: number | null;
    arpa: number | null;
    monthlyLogoChurnPercent: number | null;
    assumption: string;
  };
  churnByReason: ChurnReasonRow[];
  /** Accounts that churned in the period without a churn record dated in it. */
  churnedWithoutReason: string[];
  acceptableChurn: (AcceptableChurn & { actualMonthlyPercent: number | null }) | null;
  /** Null when no setting is given or there is no basis for a rate (no customers at start). */
  exceedsAcceptableChurn: boolean | null;
  movements: Array<{ accountId: string; kind: MovementKind; startMrr: number; endMrr: number }>;
  linesWithoutAccount: number;
}

const LIFETIME_VALUE_ASSUMPTION =
  'ARPA = MRR at end / customers at end; lifetime = 1 / monthly logo churn, where the monthly ' +
  'churn is the constant rate that compounds to the period churn; no gross margin or discounting ' +
  'applied; undefined when no customer churned.';

export function portfolioMetrics(
  input: PortfolioMetricsInput,
  options: PortfolioOptions,
): Result<PortfolioMetrics> {
  const { from, to } = options;
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || from > to) {
    return invalid(`The period must be two dates with from <= to, got ${from} .. ${to}.`);
  }
  const fx = makeConverter(options.currency, options.fxRates);
  const book = selectBook(input, options);
  const startSnapshot = addDays(from, -1);
  const start = snapshotOn(book, startSnapshot, fx);
  const end = snapshotOn(book, to, fx);
  const totals = movementBetween(book, start, end, from);

  const records = recordsInPeriod(input.churnRecords, book.accountIds, { from, to }).map(
    (record) => ({
      record,
      mrrCentsBefore: accountMrrOn(book, record.accountId, addDays(record.date, -1), fx),
    }),
  );
  const missing = fx.missingCurrencies();
  if (missing.length > 0) return missingRateError(options.currency, missing);

  const months = monthsInRange(from, to);
  const mrr = {
    start: centsToAmount(totals.startCents),
    end: centsToAmount(totals.endCents),
    new: centsToAmount(totals.newCents),
    reactivation: centsToAmount(totals.reactivationCents),
    expansion: centsToAmount(totals.expansionCents),
    contraction: centsToAmount(totals.contractionCents),
    churn: centsToAmount(totals.churnCents),
    netChange: centsToAmount(totals.endCents - totals.startCents),
  };
  const acquired = totals.newCustomers + totals.reactivatedCustomers;
  const logoChurn = rate(totals.churnedCustomers, totals.customersAtStart);
  const grossLostCents = totals.churnCents + totals.contractionCents;
  const grossRetained = rate(centsToAmount(totals.startCents - grossLostCents), mrr.start);
  const revenueChurnGross = rate(centsToAmount(grossLostCents), mrr.start);

  const monthlyLogo =
    logoChurn.percent === null ? null : monthlyEquivalent(logoChurn.percent / 100, months) * 100;
  const monthlyRevenue =
    revenueChurnGross.percent === null
      ? null
      : monthlyEquivalent(revenueChurnGross.percent / 100, months) * 100;
  const arpa = totals.customersAtEnd === 0 ? null : mrr.end / totals.customersAtEnd;
  const churnedIds = new Set(
    totals.movements.filter((m) => m.kind === 'churn').map((m) => m.accountId),
  );
  const withReason = new Set(records.map((r) => r.record.accountId));
  const acceptable = options.acceptableChurn;
  const actualMonthly = acceptable?.measure === 'revenue' ? monthlyRevenue : monthlyLogo;

  return {
    ok: true,
    value: {
      period: { from, to, startSnapshot, endSnapshot: to, months },
      currency: options.currency,
      filters: { segment: options.segment ?? null, owner: options.owner ?? null },
      customers: {
        start: totals.customersAtStart,
        end: totals.customersAtEnd,
        new: totals.newCustomers,
        reactivated: totals.reactivatedCustomers,
        acquired,
        churned: totals.churnedCustomers,
        retained: totals.retainedCustomers,
      },
      customerRetention: rate(totals.customersAtEnd - acquired, totals.customersAtStart),
      logoChurn,
      mrr,
      arr: {
        start: centsToAmount(totals.startCents * 12),
        end: centsToAmount(totals.endCents * 12),
      },
      grossRevenueRetention: {
        ...grossRetained,
        percent: grossRetained.percent === null ? null : Math.min(100, grossRetained.percent),
      },
      netRevenueRetention: rate(
        centsToAmount(totals.startCents + totals.expansionCents - grossLostCents),
        mrr.start,
      ),
      revenueChurn: {
        gross: revenueChurnGross,
        net: rate(centsToAmount(grossLostCents - totals.expansionCents), mrr.start),
      },
      lifetimeValue: {
        value:
          arpa !== null && monthlyLogo !== null && monthlyLogo > 0
            ? arpa / (monthlyLogo / 100)
            : null,
        arpa,
        monthlyLogoChurnPercent: monthlyLogo,
        assumption: LIFETIME_VALUE_ASSUMPTION,
      },
      churnByReason: churnByReason(
        records,
        options.churnReasonOwners ?? DEFAULT_CHURN_REASON_OWNERS,
      ),
      churnedWithoutReason: [...churnedIds].filter((id) => !withReason.has(id)).sort(),
      acceptableChurn: acceptable ? { ...acceptable, actualMonthlyPercent: actualMonthly } : null,
      exceedsAcceptableChurn:
        acceptable && actualMonthly !== null ? actualMonthly > acceptable.monthlyPercent : null,
      movements: totals.movements.map((m) => ({
        accountId: m.accountId,
        kind: m.kind,
        startMrr: centsToAmount(m.startMrrCents),
        endMrr: centsToAmount(m.endMrrCents),
      })),
      linesWithoutAccount: book.linesWithoutAccount,
    },
  };
}

function invalid(message: string): Result<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}
