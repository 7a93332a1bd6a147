// Turns what the user picks (a month, a quarter, a year or a custom range) into an inclusive
// date range, and lists the months of a range for the charts.
import type { IsoDate } from '../../domain/entities';
import type { Result } from '../../ipc/result';
import { addDays, addMonths, daysInMonth, isValidIsoDate } from './dates';

/** An inclusive range of days: both `from` and `to` belong to the period. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type PeriodSpec =
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: IsoDate; to: IsoDate };

/** '2025-07' -> 1 to 31 July 2025; null when malformed. */
export function parseMonth(month: string): Period | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${daysInMonth(year, m)}` };
}

/** '2025-Q3' (also '2025-q3' or '2025 Q3') -> 1 July to 30 September 2025; null when malformed. */
export function parseQuarter(quarter: string): Period | null {
  const match = /^(\d{4})[-\s]?[Qq]([1-4])$/.exec(quarter.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 3), -1) };
}

export function periodOf(spec: PeriodSpec): Result<Period> {
  const period = resolve(spec);
  if (period === null) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Not a valid period: ${JSON.stringify(spec)}` },
    };
  }
  return { ok: true, value: period };
}

function resolve(spec: PeriodSpec): Period | null {
  switch (spec.kind) {
    case 'month':
      return parseMonth(spec.month);
    case 'quarter':
      return parseQuarter(spec.quarter);
    case 'year':
      return Number.isInteger(spec.year) && spec.year >= 1000 && spec.year <= 9999
        ? { from: `${spec.year}-01-01`, to: `${spec.year}-12-31` }
        : null;
    case 'custom':
      return isValidIsoDate(spec.from) && isValidIsoDate(spec.to) && spec.from <= spec.to
        ? { from: spec.from, to: spec.to }
        : null;
  }
}

/** The calendar months that touch [from, to], each as a whole-month period. */
export function monthsOf(range: Period): Period[] {
  const months: Period[] = [];
  let month = parseMonth(range.from.slice(0, 7));
  while (month !== null && month.from <= range.to) {
    months.push(month);
    month = parseMonth(addMonths(month.from, 1).slice(0, 7));
  }
  return months;
}

/** '2026-Q3' for a date in July to September 2026. */
export function quarterOfDate(date: IsoDate): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * The quarter a review looks back on as of `asOf`: the quarter holding it when the as-of date
 * falls in that quarter's last two weeks (data exported at the quarter's end rarely reach its
 * very last day), else the quarter before. The Portfolio's default period and the QBR's default
 * quarter both come from here, so neither follows the computer's clock.
 */
export function reviewQuarter(asOf: IsoDate): string {
  const current = quarterOfDate(asOf);
  const period = parseQuarter(current) as Period;
  if (addDays(asOf, 14) > period.to) return current;
  return quarterOfDate(addDays(period.from, -1));
}
