import { beforeAll, describe, expect, it } from 'vitest';
import {
  Account,
  ChurnRecord,
  Contact,
  ContractLine,
  Experiment,
  ExperimentObservation,
  SurveyResponse,
  Ticket,
  TimelineEvent,
  UsagePoint,
} from '../../../src/shared/domain/entities';
import { generateSampleBook } from '../../../src/main/sample/generate';
import type { SampleBook } from '../../../src/main/sample/generate';

const TODAY = '2026-09-30';
const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isMonday = (iso: string): boolean => new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

let book: SampleBook;

beforeAll(() => {
  book = generateSampleBook(42, TODAY);
});

describe('generateSampleBook: determinism', () => {
  it('gives byte-identical JSON for the same seed and date', () => {
    expect(JSON.stringify(generateSampleBook(42, TODAY))).toBe(JSON.stringify(book));
  });

  it('gives a different book for another seed', () => {
    expect(JSON.stringify(generateSampleBook(7, TODAY))).not.toBe(JSON.stringify(book));
  });

  it('is JSON-safe: a round trip through JSON changes nothing', () => {
    expect(JSON.parse(JSON.stringify(book))).toEqual(book);
  });

  it('uses 2026-09-30 and seed 42 by default', () => {
    expect(JSON.stringify(generateSampleBook())).toBe(JSON.stringify(book));
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => generateSampleBook(42, '30/09/2026')).toThrow();
  });
});

describe('generateSampleBook: records are valid entities', () => {
  it('matches the domain schemas', () => {
    expect(() => Account.array().parse(book.accounts)).not.toThrow();
    expect(() => Contact.array().parse(book.contacts)).not.toThrow();
    expect(() => ContractLine.array().parse(book.contractLines)).not.toThrow();
    expect(() => UsagePoint.array().parse(book.usage)).not.toThrow();
    expect(() => TimelineEvent.array().parse(book.events)).not.toThrow();
    expect(() => SurveyResponse.array().parse(book.surveys)).not.toThrow();
    expect(() => Ticket.array().parse(book.tickets)).not.toThrow();
    expect(() => ChurnRecord.array().parse(book.churns)).not.toThrow();
    expect(() => Experiment.array().parse(book.experiments)).not.toThrow();
    expect(() => ExperimentObservation.array().parse(book.observations)).not.toThrow();
  });

  it('has unique ids and points every record at an existing account', () => {
    const accountIds = new Set(book.accounts.map((account) => account.id));
    const contactIds = new Set(book.contacts.map((contact) => contact.id));
    for (const rows of [
      book.contacts,
      book.contractLines,
      book.events,
      book.surveys,
      book.tickets,
    ]) {
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const orphans = [
      ...book.contacts,
      ...book.contractLines,
      ...book.events,
      ...book.surveys,
      ...book.tickets,
      ...book.usage,
      ...book.churns,
      ...book.experiments,
    ].filter((row) => !accountIds.has(row.accountId));
    expect(orphans).toEqual([]);
    const unknownContacts = book.surveys.filter(
      (survey) => survey.contactId !== null && !contactIds.has(survey.contactId),
    );
    expect(unknownContacts).toEqual([]);
    expect(accountIds.size).toBe(book.accounts.length);
  });

  it('dates nothing after today', () => {
    const dates = [
      ...book.usage.map((point) => point.date),
      ...book.events.map((event) => event.date),
      ...book.surveys.map((survey) => survey.date),
      ...book.tickets.flatMap((ticket) => [ticket.openedDate, ticket.closedDate ?? TODAY]),
      ...book.churns.map((churn) => churn.date),
    ];
    expect(dates.every((date) => date <= TODAY)).toBe(true);
  });
});

describe('generateSampleBook: accounts', () => {
  it('has 40-50 accounts across 3 segments, 4 currencies, 4 CSMs', () => {
    expect(book.accounts.length).toBeGreaterThanOrEqual(40);
    expect(book.accounts.length).toBeLessThanOrEqual(50);
    expect(new Set(book.accounts.map((account) => account.segment))).toEqual(
      new Set(['Enterprise', 'Mid-Market', 'SMB']),
    );
    expect(new Set(book.accounts.map((account) => account.currency))).toEqual(
      new Set(['USD', 'EUR', 'THB', 'TRY']),
    );
    expect(new Set(book.accounts.map((account) => account.owner)).size).toBe(4);
    const countries = new Set(book.accounts.map((account) => account.country));
    expect(countries.has('Thailand')).toBe(true);
    expect(countries.has('Türkiye')).toBe(true);
    expect(new Set(book.accounts.map((account) => account.industry)).size).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('spreads renewals over the next 12 months and has some in the past', () => {
    const active = book.accounts.filter((account) => !account.churned);
    const daysAhead = active.map(
      (account) => dayNumber(account.renewalDate ?? '') - dayNumber(TODAY),
    );
    const quartersAhead = new Set(
      daysAhead
        .filter((days) => days > 0 && days <= 366)
        .map((days) => Math.floor((days - 1) / 92)),
    );
    expect(quartersAhead).toEqual(new Set([0, 1, 2, 3]));
    expect(daysAhead.some((days) => days < 0)).toBe(true);
  });

  it('marks churned accounts, with zero ARR, and active ones with their current contract value', () => {
    const churned = book.accounts.filter((account) => account.churned);
    expect(churned.length).toBeGreaterThanOrEqual(4);
    for (const account of churned) expect(account.arr).toBe(0);
    for (const account of book.accounts.filter((a) => !a.churned)) {
      const billing = book.contractLines.filter(
        (line) =>
          line.accountId === account.id &&
          !line.isTrial &&
          line.startDate <= TODAY &&
          (line.endDate === null || line.endDate > TODAY),
      );
      expect(account.arr).toBe(Math.round(billing.reduce((sum, line) => sum + line.mrr, 0) * 12));
      expect(account.arr).toBeGreaterThan(0);
    }
  });
});

describe('generateSampleBook: contract lines', () => {
  it('has upgrades, downgrades, trials and churned lines', () => {
    expect(book.contractLines.some((line) => line.upgrade)).toBe(true);
    expect(book.contractLines.some((line) => line.downgrade)).toBe(true);
    expect(book.contractLines.some((line) => line.isTrial && line.mrr === 0)).toBe(true);
    expect(book.contractLines.some((line) => line.churn && line.endDate !== null)).toBe(true);
  });

  it('starts contracts at least 2 years back for most accounts', () => {
    const twoYearsBack = '2024-09-30';
    const old = book.accounts.filter((account) =>
      book.contractLines.some(
        (line) => line.accountId === account.id && line.startDate <= twoYearsBack,
      ),
    );
    expect(old.length).toBeGreaterThanOrEqual(book.accounts.length * 0.7);
  });

  it('leaves no open line on a churned account and ends every line after it starts', () => {
    for (const line of book.contractLines) {
      if (line.endDate !== null) expect(line.endDate > line.startDate).toBe(true);
    }
    for (const account of book.accounts.filter((a) => a.churned)) {
      const lines = book.contractLines.filter((line) => line.accountId === account.id);
      expect(lines.every((line) => line.endDate !== null)).toBe(true);
    }
  });

  it('has an account that churned and came back', () => {
    const returned = book.accounts.filter((account) => {
      if (account.churned) return false;
      const lines = book.contractLines.filter((line) => line.accountId === account.id);
      return lines.some(
        (churned) =>
          churned.churn &&
          churned.endDate !== null &&
          lines.some(
            (later) =>
              !later.isTrial && later.startDate > (churned.endDate ?? '') && later.endDate === null,
          ),
      );
    });
    expect(returned.length).toBeGreaterThanOrEqual(1);
    const [account] = returned;
    expect(book.churns.some((churn) => churn.accountId === account?.id)).toBe(true);
  });
});

describe('generateSampleBook: churn records', () => {
  it('gives every churned account a churn record with a reason, on its last contract day', () => {
    for (const account of book.accounts.filter((a) => a.churned)) {
      const record = book.churns.find((churn) => churn.accountId === account.id);
      expect(record).toBeDefined();
      const lastEnd = book.contractLines
        .filter((line) => line.accountId === account.id)
        .map((line) => line.endDate ?? '')
        .sort()
        .at(-1);
      expect(record?.date).toBe(lastEnd);
    }
    expect(new Set(book.churns.map((churn) => churn.reason)).size).toBeGreaterThanOrEqual(4);
  });
});

describe('generateSampleBook: contacts', () => {
  it('has 2-5 contacts and at least one champion per account', () => {
    for (const account of book.accounts) {
      const contacts = book.contacts.filter((contact) => contact.accountId === account.id);
      expect(contacts.length).toBeGreaterThanOrEqual(2);
      expect(contacts.length).toBeLessThanOrEqual(5);
      expect(contacts.some((contact) => contact.isChampion)).toBe(true);
    }
  });

  it('has champions who left during the two years, some of them replaced', () => {
    const left = book.contacts.filter(
      (contact) => contact.isChampion && contact.endDate !== null && contact.endDate > '2024-09-30',
    );
    expect(left.length).toBeGreaterThanOrEqual(3);
    const replaced = left.filter((gone) =>
      book.contacts.some(
        (next) =>
          next.accountId === gone.accountId &&
          next.isChampion &&
          next.startDate !== null &&
          next.startDate >= (gone.endDate ?? ''),
      ),
    );
    expect(replaced.length).toBeGreaterThanOrEqual(2);
    expect(replaced.length).toBeLessThan(left.length);
  });
});

describe('generateSampleBook: usage', () => {
  const METRICS = ['active_users', 'logins', 'reports_created', 'api_calls', 'features_used'];

  it('has 104 consecutive Mondays of every metric for each account active all along', () => {
    const firstMonday = '2024-10-07';
    const lastMonday = '2026-09-28';
    const longStanding = book.accounts.filter(
      (account) =>
        !account.churned &&
        book.contractLines.some(
          (line) => line.accountId === account.id && line.startDate <= firstMonday,
        ) &&
        !book.contractLines.some((line) => line.accountId === account.id && line.churn),
    );
    expect(longStanding.length).toBeGreaterThanOrEqual(30);
    const series = new Map<string, string[]>();
    for (const point of book.usage) {
      const key = `${point.accountId}|${point.metric}`;
      series.set(key, [...(series.get(key) ?? []), point.date]);
    }
    for (const account of longStanding) {
      for (const metric of METRICS) {
        const dates = series.get(`${account.id}|${metric}`) ?? [];
        expect(dates.length).toBe(104);
        expect(dates[0]).toBe(firstMonday);
        expect(dates.at(-1)).toBe(lastMonday);
        expect(dates.every(isMonday)).toBe(true);
        const gaps = dates.slice(1).map((date, i) => dayNumber(date) - dayNumber(dates[i] ?? ''));
        expect(new Set(gaps)).toEqual(new Set([7]));
      }
    }
  });

  it('keeps the volume moderate and the values sane', () => {
    expect(book.usage.length).toBeLessThanOrEqual(50 * 104 * 5);
    expect(book.usage.every((point) => Number.isInteger(point.value) && point.value >= 0)).toBe(
      true,
    );
    for (const account of book.accounts) {
      const seats = Math.max(
        ...book.contractLines
          .filter((line) => line.accountId === account.id)
          .map((line) => line.seats ?? 0),
      );
      const users = book.usage.filter(
        (p) => p.accountId === account.id && p.metric === 'active_users',
      );
      expect(users.every((point) => point.value <= seats)).toBe(true);
    }
  });

  it('shows usage falling before churn', () => {
    for (const churn of book.churns) {
      const users = book.usage.filter(
        (point) =>
          point.accountId === churn.accountId &&
          point.metric === 'active_users' &&
          point.date < churn.date,
      );
      const lastWeeks = mean(users.slice(-6).map((point) => point.value));
      const monthsBefore = mean(users.slice(-40, -28).map((point) => point.value));
      if (users.length >= 40) expect(lastWeeks).toBeLessThan(monthsBefore * 0.7);
    }
  });

  it('has growing accounts too: most active accounts use more in the last quarter than two years ago', () => {
    const growth = book.accounts
      .filter((account) => !account.churned)
      .map((account) => {
        const users = book.usage
          .filter((p) => p.accountId === account.id && p.metric === 'active_users')
          .map((p) => p.value);
        return users.length === 104 ? mean(users.slice(-13)) / mean(users.slice(0, 13)) : null;
      })
      .filter((ratio): ratio is number => ratio !== null);
    expect(growth.filter((ratio) => ratio > 1.15).length).toBeGreaterThanOrEqual(8);
    expect(growth.filter((ratio) => ratio < 0.7).length).toBeGreaterThanOrEqual(3);
  });
});

describe('generateSampleBook: events, surveys, tickets', () => {
  it('has the timeline event types a CSM expects', () => {
    const types = new Set(book.events.map((event) => event.type));
    for (const type of [
      'meeting',
      'qbr',
      'onboarding',
      'escalation',
      'release',
      'renewal',
      'champion_left',
    ]) {
      expect(types.has(type)).toBe(true);
    }
  });

  it('has quarterly NPS 0-10 with comments in English, Thai and Turkish', () => {
    const nps = book.surveys.filter((survey) => survey.kind === 'nps');
    expect(nps.length).toBeGreaterThan(100);
    expect(nps.every((s) => Number.isInteger(s.score) && s.score >= 0 && s.score <= 10)).toBe(true);
    const comments = nps.map((s) => s.comment ?? '');
    expect(comments.some((c) => /[\u0E00-\u0E7F]/.test(c))).toBe(true);
    expect(comments.some((c) => /[ğşıİ]/.test(c))).toBe(true);
    expect(comments.some((c) => /^[A-Za-z ,.;'-]+$/.test(c))).toBe(true);
    expect(nps.some((s) => s.score <= 6)).toBe(true);
    expect(nps.some((s) => s.score >= 9)).toBe(true);
  });

  it('has a CSAT 1-5 answer for each ticket that has a satisfaction score, after it closed', () => {
    const csat = book.surveys.filter((survey) => survey.kind === 'csat');
    expect(csat.every((s) => Number.isInteger(s.score) && s.score >= 1 && s.score <= 5)).toBe(true);
    const rated = book.tickets.filter((ticket) => ticket.satisfaction !== null);
    expect(rated.length).toBeGreaterThan(50);
    expect(csat.length).toBe(rated.length);
    for (const ticket of rated) expect(ticket.closedDate).not.toBeNull();
  });

  it('has tickets of every priority, escalations, open tickets and resolution times', () => {
    expect(new Set(book.tickets.map((t) => t.priority))).toEqual(
      new Set(['low', 'medium', 'high', 'urgent']),
    );
    expect(book.tickets.some((t) => t.escalated)).toBe(true);
    expect(book.tickets.some((t) => t.closedDate === null)).toBe(true);
    for (const ticket of book.tickets) {
      if (ticket.closedDate === null) {
        expect(ticket.resolutionHours).toBeNull();
      } else {
        expect(ticket.resolutionHours).toBeGreaterThan(0);
        expect(ticket.closedDate >= ticket.openedDate).toBe(true);
      }
    }
    const hours = (priority: string): number =>
      mean(
        book.tickets
          .filter((t) => t.priority === priority && t.resolutionHours !== null)
          .map((t) => t.resolutionHours ?? 0),
      );
    expect(hours('urgent')).toBeLessThan(hours('low'));
  });
});
