// Reads the public RavenStack sample (see ../shared/data/README.md) into domain records, with
// just enough parsing for these tests: the files hold no quoted fields.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContractLine, Ticket, UsagePoint } from '../../../src/shared/domain/entities';
import type { AccountData } from '../../../src/shared/analytics/health';
import { account } from './fixtures';
import { dataSkip, expectedDataDir } from '../../helpers/test-data';

export const RAVENSTACK_AVAILABLE =
  dataSkip(
    'ravenstack_accounts.csv',
    'ravenstack_subscriptions.csv',
    'ravenstack_feature_usage.csv',
    'ravenstack_support_tickets.csv',
  ) === null;

function rows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(expectedDataDir(), file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

const truthy = (value: string | undefined) => value?.toLowerCase() === 'true';
const numberOrNull = (value: string | undefined) =>
  value === undefined || value === '' ? null : Number(value);

/** D/M/YYYY (the accounts file's convention) to ISO. */
function fromDayMonthYear(value: string): string {
  const [d, m, y] = value.split('/');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}

function ticketOf(row: Record<string, string>): Ticket {
  const priority = row.priority as Ticket['priority'];
  return {
    id: row.ticket_id ?? '',
    accountId: row.account_id ?? '',
    openedDate: row.submitted_at ?? '',
    closedDate: row.closed_at ? row.closed_at.slice(0, 10) : null,
    priority,
    status: null,
    satisfaction: numberOrNull(row.satisfaction_score),
    escalated: truthy(row.escalation_flag),
    resolutionHours: numberOrNull(row.resolution_time_hours),
    subject: null,
  };
}

function lineOf(row: Record<string, string>): ContractLine {
  return {
    id: row.subscription_id ?? '',
    accountId: row.account_id ?? '',
    plan: row.plan_tier ?? null,
    seats: numberOrNull(row.seats),
    mrr: Number(row.mrr_amount),
    currency: 'USD',
    startDate: row.start_date ?? '',
    endDate: row.end_date ? row.end_date : null,
    isTrial: truthy(row.is_trial),
    upgrade: truthy(row.upgrade_flag),
    downgrade: truthy(row.downgrade_flag),
    churn: truthy(row.churn_flag),
    autoRenew: truthy(row.auto_renew_flag),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function readTickets(): Ticket[] {
  return rows('ravenstack_support_tickets.csv').map(ticketOf);
}

/** Every account with its contract lines, tickets and feature usage (feature = metric). */
export function readWorkspace(): AccountData[] {
  const lines = rows('ravenstack_subscriptions.csv').map(lineOf);
  const accountOfSubscription = new Map(lines.map((l) => [l.id, l.accountId]));
  const linesByAccount = new Map<string, ContractLine[]>();
  for (const l of lines) push(linesByAccount, l.accountId, l);
  const ticketsByAccount = new Map<string, Ticket[]>();
  for (const t of readTickets()) push(ticketsByAccount, t.accountId, t);
  const usageByAccount = new Map<string, UsagePoint[]>();
  for (const row of rows('ravenstack_feature_usage.csv')) {
    const accountId = accountOfSubscription.get(row.subscription_id ?? '');
    if (accountId === undefined) continue;
    push(usageByAccount, accountId, {
      accountId,
      metric: row.feature_name ?? '',
      date: row.usage_date ?? '',
      value: Number(row.usage_count),
    });
  }
  return rows('ravenstack_accounts.csv').map((row) => {
    const id = row.account_id ?? '';
    return {
      account: account({
        id,
        name: row.account_name ?? id,
        signupDate: fromDayMonthYear(row.signup_date ?? ''),
        seats: numberOrNull(row.seats),
        plan: row.plan_tier ?? null,
        churned: truthy(row.churn_flag),
      }),
      contracts: linesByAccount.get(id) ?? [],
      tickets: ticketsByAccount.get(id) ?? [],
      usage: usageByAccount.get(id) ?? [],
    };
  });
}
