// Exchange rates the CSM entered, one per source currency and report currency.
import type { Database } from 'sql.js';
import type { FxRates } from '../../shared/analytics/portfolio';
import type { FxRate } from '../../shared/ipc/contract/portfolio';
import { selectAll } from '../db/repos/rows';

export function listFxRates(db: Database, reportCurrency: string): FxRate[] {
  return selectAll(
    db,
    'SELECT currency, rate, updated_at FROM fx_rates WHERE report_currency = ? ORDER BY currency',
    [reportCurrency],
  ).map((row) => ({
    currency: String(row.currency),
    rate: Number(row.rate),
    updatedAt: String(row.updated_at),
  }));
}

export function fxRatesFor(db: Database, reportCurrency: string): FxRates {
  return Object.fromEntries(listFxRates(db, reportCurrency).map((r) => [r.currency, r.rate]));
}

/** Sets or, with a null rate, removes the rate of `currency` into `reportCurrency`. */
export function setFxRate(
  db: Database,
  reportCurrency: string,
  currency: string,
  rate: number | null,
  updatedAt: string,
): void {
  if (rate === null) {
    db.run('DELETE FROM fx_rates WHERE currency = ? AND report_currency = ?', [
      currency,
      reportCurrency,
    ]);
    return;
  }
  db.run(
    `INSERT INTO fx_rates (currency, report_currency, rate, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(currency, report_currency) DO UPDATE SET rate = excluded.rate, updated_at = excluded.updated_at`,
    [currency, reportCurrency, rate, updatedAt],
  );
}

/** Every currency the book's accounts and contract lines are priced in, sorted. */
export function currenciesInUse(db: Database): string[] {
  return selectAll(
    db,
    'SELECT currency FROM accounts UNION SELECT currency FROM contract_lines ORDER BY currency',
  ).map((row) => String(row.currency));
}
