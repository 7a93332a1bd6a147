// Quarters as the QBR names them ('2025-Q3'): their days, their neighbours, and which ones a
// workspace has data for.
import type { Database } from 'sql.js';
import { parseQuarter, reviewQuarter } from '../../shared/analytics/portfolio/periods';
import type { Period } from '../../shared/analytics/portfolio/periods';
import type { IsoDate } from '../../shared/domain/entities';
import { AppError } from '../../shared/ipc/result';
import { selectValue } from '../db/repos/rows';

export function quarterPeriod(quarter: string): Period {
  const period = parseQuarter(quarter);
  if (!period) throw new AppError('INVALID_INPUT', `Not a quarter: ${quarter} (expected YYYY-Qn).`);
  return period;
}

export function quarterOf(date: IsoDate): string {
  const [year, month] = date.split('-').map(Number);
  return `${year}-Q${Math.floor(((month ?? 1) - 1) / 3) + 1}`;
}

export function shiftQuarter(quarter: string, by: number): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new AppError('INVALID_INPUT', `Not a quarter: ${quarter} (expected YYYY-Qn).`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The newest quarter whose last day is on or before `date`. */
export function latestFullQuarter(date: IsoDate): string {
  const current = quarterOf(date);
  return quarterPeriod(current).to === date ? current : shiftQuarter(current, -1);
}

function maxDate(db: Database, sql: string): IsoDate | null {
  const value = selectValue(db, sql);
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The quarters worth offering, newest first: from the first quarter with data to the as-of
 * date's. "Latest", the default, is the quarter under review as of the workspace's as-of date
 * (reviewQuarter: the quarter just ended, or the current one in its last two weeks).
 */
export function workspaceQuarters(
  db: Database,
  asOf: IsoDate,
): { latest: string; quarters: string[] } {
  const today = asOf;
  const last = [
    maxDate(db, 'SELECT MAX(date) FROM usage_points'),
    maxDate(db, 'SELECT MAX(date) FROM events'),
    maxDate(db, 'SELECT MAX(opened_date) FROM tickets'),
  ]
    .filter((d): d is IsoDate => d !== null)
    .sort()
    .at(-1);
  const first = [
    maxDate(db, 'SELECT MIN(date) FROM usage_points'),
    maxDate(db, 'SELECT MIN(start_date) FROM contract_lines'),
  ]
    .filter((d): d is IsoDate => d !== null)
    .sort()[0];
  const review = reviewQuarter(asOf);
  // A stored as-of far past the data's end still defaults to the last quarter with data.
  const latest = last !== undefined && last < quarterPeriod(review).from ? quarterOf(last) : review;
  const quarters: string[] = [];
  const firstQuarter = quarterOf(first ?? quarterPeriod(shiftQuarter(latest, -7)).from);
  for (let q = quarterOf(today); q >= firstQuarter && quarters.length < 40;) {
    quarters.push(q);
    q = shiftQuarter(q, -1);
  }
  return { latest, quarters };
}
