// Renewals coming up within 90 / 180 days (from Account.renewalDate), grouped by a band the
// caller supplies per account (usually the health band), with the ARR at stake.
import type { Account, IsoDate } from '../../domain/entities';
import type { Result } from '../../ipc/result';
import { accountMrrOn, selectBook, type BookFilter, type PortfolioInput } from './book';
import { makeConverter, missingRateError, type FxRates } from './currency';
import { addDays, daysBetween, isValidIsoDate } from './dates';

export interface RenewalOptions extends BookFilter {
  asOf: IsoDate;
  /** Window lengths in days: renewal dates from asOf to asOf + days inclusive; default 90, 180. */
  horizonsDays?: readonly number[];
  /** The band of an account, or null when it has none (grouped as 'unscored'). */
  bandOf: (accountId: string) => string | null;
  currency: string;
  fxRates: FxRates;
}

export interface RenewalAccount {
  accountId: string;
  renewalDate: IsoDate;
  daysToRenewal: number;
  /** 12 x the account's MRR on asOf, in the report currency. */
  arr: number;
}

export interface RenewalBandGroup {
  band: string;
  count: number;
  arr: number;
  accounts: RenewalAccount[];
}

export interface RenewalWindow {
  days: number;
  /** Last day inside the window. */
  until: IsoDate;
  count: number;
  arr: number;
  byBand: RenewalBandGroup[];
}

export const UNSCORED_BAND = 'unscored';

interface DueRenewal {
  band: string;
  arrCents: number;
  account: Omit<RenewalAccount, 'arr'>;
}

/** Accounts marked churned are left out: they have nothing left to renew. */
export function upcomingRenewals(
  input: PortfolioInput,
  options: RenewalOptions,
): Result<RenewalWindow[]> {
  const { asOf } = options;
  if (!isValidIsoDate(asOf)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Not a date: ${asOf}` } };
  }
  const fx = makeConverter(options.currency, options.fxRates);
  const book = selectBook(input, options);
  const due: DueRenewal[] = input.accounts
    .filter((a): a is Account & { renewalDate: IsoDate } => a.renewalDate !== null)
    .filter((a) => book.accountIds.has(a.id) && !a.churned && a.renewalDate >= asOf)
    .map((a) => ({
      band: options.bandOf(a.id) ?? UNSCORED_BAND,
      arrCents: 12 * accountMrrOn(book, a.id, asOf, fx),
      account: {
        accountId: a.id,
        renewalDate: a.renewalDate,
        daysToRenewal: daysBetween(asOf, a.renewalDate),
      },
    }))
    .sort((x, y) => x.account.daysToRenewal - y.account.daysToRenewal);
  const missing = fx.missingCurrencies();
  if (missing.length > 0) return missingRateError(options.currency, missing);

  const windows = (options.horizonsDays ?? [90, 180]).map((days) => {
    const inside = due.filter((d) => d.account.daysToRenewal <= days);
    const bands = [...new Set(inside.map((d) => d.band))].sort();
    return {
      days,
      until: addDays(asOf, days),
      count: inside.length,
      arr: sumArr(inside),
      byBand: bands.map((band) => {
        const members = inside.filter((d) => d.band === band);
        return {
          band,
          count: members.length,
          arr: sumArr(members),
          accounts: members.map((d) => ({ ...d.account, arr: d.arrCents / 100 })),
        };
      }),
    };
  });
  return { ok: true, value: windows };
}

function sumArr(due: readonly DueRenewal[]): number {
  return due.reduce((sum, d) => sum + d.arrCents, 0) / 100;
}
