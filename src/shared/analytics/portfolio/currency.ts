// Converts contract-line amounts into the report currency with the rates the user entered.
// Amounts are kept as integer minor units (cents) after conversion, so sums are exact and
// "start + movements = end" holds to the cent. Missing rates are collected, never guessed.
import type { ContractLine } from '../../domain/entities';

/** Rate per one unit of the source currency, in the report currency: { EUR: 1.08 } for USD. */
export type FxRates = Readonly<Record<string, number>>;

export interface Converter {
  /** The line's MRR in report-currency cents, or null when no usable rate exists. */
  mrrCents(line: ContractLine): number | null;
  /** Currencies that were needed but had no usable rate, sorted. */
  missingCurrencies(): string[];
}

export function makeConverter(reportCurrency: string, fxRates: FxRates): Converter {
  const missing = new Set<string>();
  const rateOf = (currency: string): number | null => {
    if (currency === reportCurrency) return 1;
    const rate = fxRates[currency];
    return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
  };
  return {
    mrrCents(line) {
      const rate = rateOf(line.currency);
      if (rate === null) {
        missing.add(line.currency);
        return null;
      }
      return Math.round(line.mrr * rate * 100);
    },
    missingCurrencies: () => [...missing].sort(),
  };
}

export function centsToAmount(cents: number): number {
  return cents / 100;
}

/** The error a metric returns instead of mixing currencies. */
export function missingRateError(reportCurrency: string, missing: readonly string[]) {
  return {
    ok: false as const,
    error: {
      code: 'INVALID_INPUT' as const,
      message: `No exchange rate into ${reportCurrency} for ${missing.join(', ')}.`,
      details: { missingCurrencies: [...missing], reportCurrency },
    },
  };
}
