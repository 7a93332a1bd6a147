// The book of business a metric looks at: the accounts left after the segment and owner filters,
// their contract lines, and what each account paid on a given day.
import type { Account, ContractLine, IsoDate } from '../../domain/entities';
import type { Converter } from './currency';

export interface PortfolioInput {
  accounts: readonly Account[];
  lines: readonly ContractLine[];
}

export interface BookFilter {
  segment?: string;
  owner?: string;
}

export interface Book {
  accountIds: ReadonlySet<string>;
  /** Non-trial lines of the book's accounts, grouped by account: trial lines are not revenue. */
  revenueLinesByAccount: ReadonlyMap<string, readonly ContractLine[]>;
  /** Lines that name an account missing from the input; they are left out and counted. */
  linesWithoutAccount: number;
}

export function selectBook(input: PortfolioInput, filter: BookFilter): Book {
  const known = new Set(input.accounts.map((a) => a.id));
  const accountIds = new Set(
    input.accounts
      .filter((a) => filter.segment === undefined || a.segment === filter.segment)
      .filter((a) => filter.owner === undefined || a.owner === filter.owner)
      .map((a) => a.id),
  );
  const revenueLinesByAccount = new Map<string, ContractLine[]>();
  let linesWithoutAccount = 0;
  for (const line of input.lines) {
    if (!known.has(line.accountId)) linesWithoutAccount += 1;
    if (line.isTrial || !accountIds.has(line.accountId)) continue;
    const list = revenueLinesByAccount.get(line.accountId) ?? [];
    list.push(line);
    revenueLinesByAccount.set(line.accountId, list);
  }
  return { accountIds, revenueLinesByAccount, linesWithoutAccount };
}

/** A line covers [startDate, endDate): it is billed on its start day, not on its end day. */
export function isActiveOn(line: ContractLine, date: IsoDate): boolean {
  return line.startDate <= date && (line.endDate === null || date < line.endDate);
}

/** A line with endDate <= startDate covers no day at all. */
function coversAnyDayBefore(line: ContractLine, date: IsoDate): boolean {
  return line.startDate < date && (line.endDate === null || line.endDate > line.startDate);
}

/**
 * Who is a customer on `date` and their MRR in report cents. A customer is an account with at
 * least one active non-trial line (a paid line priced at zero still makes a customer).
 */
export function snapshotOn(book: Book, date: IsoDate, fx: Converter): Map<string, number> {
  const mrrByAccount = new Map<string, number>();
  for (const [accountId, lines] of book.revenueLinesByAccount) {
    let cents: number | null = null;
    for (const line of lines) {
      if (!isActiveOn(line, date)) continue;
      cents = (cents ?? 0) + (fx.mrrCents(line) ?? 0);
    }
    if (cents !== null) mrrByAccount.set(accountId, cents);
  }
  return mrrByAccount;
}

/** Whether the account paid for any day before `date`: tells a reactivation from a new logo. */
export function hadRevenueBefore(book: Book, accountId: string, date: IsoDate): boolean {
  const lines = book.revenueLinesByAccount.get(accountId) ?? [];
  return lines.some((line) => coversAnyDayBefore(line, date));
}

/** One account's MRR in report cents on `date` (0 when it has no active paid line). */
export function accountMrrOn(book: Book, accountId: string, date: IsoDate, fx: Converter): number {
  const lines = book.revenueLinesByAccount.get(accountId) ?? [];
  return lines
    .filter((line) => isActiveOn(line, date))
    .reduce((sum, line) => sum + (fx.mrrCents(line) ?? 0), 0);
}
