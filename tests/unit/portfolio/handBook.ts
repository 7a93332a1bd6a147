// A small book whose numbers are worked out by hand in the comments; the tests compare the
// metrics with these hand results. Report currency USD, 1 EUR = 1.1 USD. The period under test
// is 2025-Q2: start = end of 2025-03-31, end = end of 2025-06-30.
import type { Account, ChurnRecord, ContractLine } from '../../../src/shared/domain/entities';

export function account(id: string, over: Partial<Account> = {}): Account {
  return {
    id,
    name: `Account ${id}`,
    segment: null,
    owner: null,
    currency: 'USD',
    arr: null,
    renewalDate: null,
    industry: null,
    country: null,
    signupDate: null,
    seats: null,
    plan: null,
    churned: false,
    ...over,
  };
}

let lineCount = 0;
export function line(
  accountId: string,
  mrr: number,
  startDate: string,
  endDate: string | null,
  over: Partial<ContractLine> = {},
): ContractLine {
  lineCount += 1;
  return {
    id: `L${lineCount}`,
    accountId,
    plan: null,
    seats: null,
    mrr,
    currency: 'USD',
    startDate,
    endDate,
    isTrial: false,
    upgrade: false,
    downgrade: false,
    churn: false,
    autoRenew: null,
    ...over,
  };
}

export const accounts: Account[] = [
  account('A', { segment: 'smb', owner: 'ann', renewalDate: '2025-08-15' }),
  account('B', { segment: 'smb', owner: 'bob', renewalDate: '2025-12-01' }),
  account('C', { segment: 'mid', owner: 'cat' }),
  account('D', { segment: 'ent', owner: 'ann', currency: 'EUR', renewalDate: '2025-09-29' }),
  account('E', { segment: 'smb', owner: 'bob', currency: 'EUR', renewalDate: '2026-03-01' }),
  account('F', { segment: 'ent', owner: 'bob', renewalDate: '2025-08-01', churned: true }),
  account('G', { segment: 'smb' }),
  account('H', { segment: 'mid', owner: 'cat' }),
  account('I', { segment: 'ent', owner: 'ann' }),
  account('J', { segment: 'smb', owner: 'ann', renewalDate: '2025-06-30' }),
  account('K', { segment: 'smb', owner: 'ann' }),
];

export const lines: ContractLine[] = [
  // A: steady 100 all along.
  line('A', 100, '2024-01-01', null),
  // B: paid 200 in 2024, gone at the start of 2025, back at 250 on 15 May: a reactivation.
  line('B', 200, '2024-06-01', '2025-01-01', { churn: true }),
  line('B', 250, '2025-05-15', null),
  // C: 300, upgraded to 500 on 15 April, downgraded to 400 on 1 June: net expansion 100.
  line('C', 300, '2024-01-01', '2025-04-15'),
  line('C', 500, '2025-04-15', '2025-06-01', { upgrade: true }),
  line('C', 400, '2025-06-01', null, { downgrade: true }),
  // D: 1000 EUR (1100 USD), downgraded to 600 EUR (660 USD) on 1 May: contraction 440.
  line('D', 1000, '2024-01-01', '2025-05-01', { currency: 'EUR' }),
  line('D', 600, '2025-05-01', null, { currency: 'EUR', downgrade: true }),
  // E: a trial from 10 April, then 150 EUR (165 USD) from 10 May: a new customer mid-period.
  line('E', 0, '2025-04-10', '2025-05-10', { isTrial: true }),
  line('E', 150, '2025-05-10', null, { currency: 'EUR' }),
  // F: 80, ends 20 May: churn 80.
  line('F', 80, '2024-03-01', '2025-05-20', { churn: true }),
  // G: only a trial (priced, but trials are not revenue): never a customer.
  line('G', 50, '2025-04-01', null, { isTrial: true }),
  // H: starts 5 April and ends 10 June: inside the quarter only, so not in the snapshots.
  line('H', 70, '2025-04-05', '2025-06-10', { churn: true }),
  // I: ends on 1 April, so paid up to 31 March: a customer at start, churn 120 in Q2.
  line('I', 120, '2024-01-01', '2025-04-01', { churn: true }),
  // J: starts on the last day of the quarter: new 90.
  line('J', 90, '2025-06-30', null),
  // K: starts the day after the quarter: not in it.
  line('K', 60, '2025-07-01', null),
];

export const churnRecords: ChurnRecord[] = [
  { accountId: 'F', date: '2025-05-20', reason: 'low_usage', note: null },
  { accountId: 'H', date: '2025-06-10', reason: 'wrong_use_case', note: null },
  // Outside Q2: must not count.
  { accountId: 'B', date: '2025-01-01', reason: 'roi_value', note: null },
];

export const book = { accounts, lines, churnRecords };
export const USD_OPTIONS = { currency: 'USD', fxRates: { EUR: 1.1 } };
export const Q2 = { from: '2025-04-01', to: '2025-06-30' };
