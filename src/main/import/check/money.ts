import type { DataKind } from '../../../shared/domain/kinds';

/**
 * The money fields of each kind. Spreadsheets hand over binary floats (29.85 x 12 is
 * 358.20000000000005), so money is stored rounded to its currency's minor unit and no float noise
 * reaches a screen, a deck or a comparison with the stored value on the next import.
 */
const MONEY_FIELDS: Partial<Record<DataKind, readonly string[]>> = {
  accounts: ['arr'],
  contract_lines: ['mrr'],
};

const digitsOf = new Map<string, number>();

/** The currency's minor-unit digits as Intl knows them (2 for USD, 0 for JPY); 2 when unknown. */
export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      // Not a currency code Intl knows (the schema refuses the row anyway): cents, like most.
      digits = 2;
    }
    digitsOf.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}

/**
 * `amount` rounded half away from zero to `digits` decimals. The product is first cut to 15
 * significant digits so that 1.005 x 100 (100.49999999999999 in binary) rounds as the 1.005 typed.
 */
export function roundMoney(amount: number, digits: number): number {
  if (!Number.isFinite(amount)) return amount;
  const factor = 10 ** digits;
  const raw = Math.abs(amount) * factor;
  // Past 15 digits there are no decimals left to round, and cutting would lose whole units.
  const scaled = raw < 1e15 ? Number(raw.toPrecision(15)) : raw;
  const rounded = Math.round(scaled) / factor;
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Rounds `entity`'s money fields in place to the minor unit of its currency (or `fallback`). */
export function roundEntityMoney(
  kind: DataKind,
  entity: Record<string, unknown>,
  fallback: string,
): void {
  const fields = MONEY_FIELDS[kind];
  if (!fields) return;
  const currency = typeof entity.currency === 'string' ? entity.currency : fallback;
  const digits = minorDigits(currency);
  for (const f of fields) {
    const v = entity[f];
    if (typeof v === 'number') entity[f] = roundMoney(v, digits);
  }
}
