// Small builders for domain records, so each test states only the fields it is about.
import type {
  Account,
  Contact,
  ContractLine,
  SurveyResponse,
  Ticket,
  TimelineEvent,
  UsagePoint,
} from '../../../src/shared/domain/entities';

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'A1',
    name: 'Acme',
    segment: null,
    owner: null,
    currency: 'USD',
    arr: null,
    renewalDate: null,
    industry: null,
    country: null,
    signupDate: '2024-01-01',
    seats: null,
    plan: null,
    churned: false,
    ...overrides,
  };
}

export function contact(id: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id,
    accountId: 'A1',
    name: id,
    email: null,
    role: null,
    isChampion: true,
    startDate: null,
    endDate: null,
    ...overrides,
  };
}

export function line(id: string, overrides: Partial<ContractLine> = {}): ContractLine {
  return {
    id,
    accountId: 'A1',
    plan: 'Core',
    seats: null,
    mrr: 100,
    currency: 'USD',
    startDate: '2024-01-01',
    endDate: null,
    isTrial: false,
    upgrade: false,
    downgrade: false,
    churn: false,
    autoRenew: null,
    ...overrides,
  };
}

export function usage(metric: string, date: string, value: number): UsagePoint {
  return { accountId: 'A1', metric, date, value };
}

export function survey(
  id: string,
  kind: SurveyResponse['kind'],
  date: string,
  score: number,
): SurveyResponse {
  return { id, accountId: 'A1', contactId: null, kind, date, score, comment: null };
}

export function ticket(id: string, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    accountId: 'A1',
    openedDate: '2024-01-01',
    closedDate: null,
    priority: 'low',
    status: null,
    satisfaction: null,
    escalated: false,
    resolutionHours: null,
    subject: null,
    ...overrides,
  };
}

export function event(id: string, type: string, date: string): TimelineEvent {
  return { id, accountId: 'A1', type, date, title: type, detail: null };
}

/** ISO date `days` days after `date` (negative for before), computed with Date as a cross-check. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every Monday from `first` (itself a Monday) for `count` weeks. */
export function mondays(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, 7 * i));
}
