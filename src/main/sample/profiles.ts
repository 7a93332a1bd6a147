// The story behind each sample account (who it is, how it fares, when things happen to it).
// Every other generator reads these stories, so usage, tickets, surveys and contracts agree with
// one another: an account that churns shows falling usage, more tickets and worse NPS first.
import type { ChurnReasonCode, IsoDate } from '../../shared/domain/entities';
import {
  addDays,
  addWeeks,
  addYears,
  mondayOnOrBefore,
  nextWorkday,
} from '../../shared/domain/dates';
import type { Rng } from './random';
import { COUNTRY_BOOKS, USD_RATES } from './vocabulary';
import type { Language } from './vocabulary';

export type Fate = 'healthy' | 'steady' | 'at_risk' | 'new' | 'churned' | 'returned';
export type Segment = 'Enterprise' | 'Mid-Market' | 'SMB';

/** The two years the sample covers, as Monday-dated weeks. */
export interface BookWindow {
  readonly today: IsoDate;
  readonly firstWeek: IsoDate;
  readonly lastWeek: IsoDate;
}

export const WEEKS_OF_HISTORY = 104;

export function bookWindow(today: IsoDate): BookWindow {
  const lastWeek = mondayOnOrBefore(today);
  return { today, lastWeek, firstWeek: addWeeks(lastWeek, -(WEEKS_OF_HISTORY - 1)) };
}

export interface ChampionStory {
  readonly leaves: IsoDate;
  /** When a new champion takes over, if anyone does. */
  readonly replacedOn: IsoDate | null;
}

export interface AccountProfile {
  readonly id: string;
  readonly name: string;
  readonly industry: string;
  readonly country: string;
  readonly currency: string;
  readonly language: Language;
  readonly european: boolean;
  readonly owner: string;
  readonly segment: Segment;
  readonly emailDomain: string;
  readonly fate: Fate;
  readonly signupDate: IsoDate;
  /** The next renewal; in the past for churned accounts and overdue renewals. */
  readonly renewalDate: IsoDate;
  readonly churnDate: IsoDate | null;
  readonly churnReason: ChurnReasonCode | null;
  readonly returnDate: IsoDate | null;
  /** When usage starts to slide, for accounts heading for trouble. */
  readonly declineStart: IsoDate | null;
  readonly champion: ChampionStory | null;
  readonly initialSeats: number;
  readonly plan: string;
  /** Monthly price of one seat in the account's currency. */
  readonly seatPrice: number;
  readonly startsWithTrial: boolean;
  readonly usesApi: boolean;
  readonly reachesLicenseLimit: boolean;
}

const SEGMENT_TERMS: Readonly<
  Record<Segment, { plan: string; seats: [number, number]; usdSeatPrice: number }>
> = {
  Enterprise: { plan: 'Enterprise', seats: [250, 1000], usdSeatPrice: 38 },
  'Mid-Market': { plan: 'Professional', seats: [60, 240], usdSeatPrice: 30 },
  SMB: { plan: 'Starter', seats: [10, 55], usdSeatPrice: 24 },
};

/** Churn reasons of the churned accounts, in the order they are handed out. */
const CHURN_REASONS: readonly ChurnReasonCode[] = [
  'low_usage',
  'org_change',
  'roi_value',
  'features_usability',
  'failed_launch',
  'wrong_use_case',
];

function repeat<T>(value: T, times: number): T[] {
  return Array.from({ length: times }, () => value);
}

function fateMix(total: number): Fate[] {
  const fixed: Fate[] = [
    ...repeat<Fate>('churned', CHURN_REASONS.length),
    'returned',
    ...repeat<Fate>('at_risk', 7),
    ...repeat<Fate>('new', 4),
    ...repeat<Fate>('steady', 12),
  ];
  return [...fixed, ...repeat<Fate>('healthy', total - fixed.length)];
}

function segmentMix(total: number): Segment[] {
  const enterprise = Math.round(total * 0.22);
  const midMarket = Math.round(total * 0.36);
  return [
    ...repeat<Segment>('Enterprise', enterprise),
    ...repeat<Segment>('Mid-Market', midMarket),
    ...repeat<Segment>('SMB', total - enterprise - midMarket),
  ];
}

export function emailDomainOf(companyName: string): string {
  const slug = companyName
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(co|ltd|gmbh|ag|sas|b\.?v|s\.?l|a\.?s)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.example.com`;
}

/** The first signup anniversary `years` back that lies well before the window opens. */
function signupBefore(anchor: IsoDate, window: BookWindow, rng: Rng): IsoDate {
  const limit = addDays(window.firstWeek, -30);
  let years = 1;
  while (addYears(anchor, -years) >= limit) years += 1;
  return addYears(anchor, -(years + rng.int(0, 3)));
}

interface Timing {
  signupDate: IsoDate;
  renewalDate: IsoDate;
  churnDate: IsoDate | null;
  returnDate: IsoDate | null;
  declineStart: IsoDate | null;
}

function timingFor(
  fate: Fate,
  reason: ChurnReasonCode | null,
  overdue: boolean,
  window: BookWindow,
  rng: Rng,
): Timing {
  const { today, firstWeek } = window;
  switch (fate) {
    case 'healthy':
    case 'steady': {
      const renewalDate = addDays(today, rng.int(7, 360));
      return {
        renewalDate,
        signupDate: signupBefore(renewalDate, window, rng),
        churnDate: null,
        returnDate: null,
        declineStart: null,
      };
    }
    case 'at_risk': {
      // Overdue renewals are still being negotiated: the date has passed, the customer has not left.
      const renewalDate = overdue
        ? addDays(today, -rng.int(5, 30))
        : addDays(today, rng.int(10, 120));
      return {
        renewalDate,
        signupDate: signupBefore(renewalDate, window, rng),
        churnDate: null,
        returnDate: null,
        declineStart: addWeeks(window.lastWeek, -rng.int(18, 30)),
      };
    }
    case 'new': {
      const renewalDate = addDays(today, rng.int(60, 300));
      return {
        renewalDate,
        signupDate: addYears(renewalDate, -1),
        churnDate: null,
        returnDate: null,
        declineStart: null,
      };
    }
    case 'churned': {
      // A failed launch is a first-year story, so the whole life of that account is on screen.
      const earliest = reason === 'failed_launch' ? 300 : 500;
      const churnDate = addDays(today, -rng.int(14, earliest));
      return {
        churnDate,
        renewalDate: churnDate,
        signupDate:
          reason === 'failed_launch'
            ? addYears(churnDate, -1)
            : signupBefore(churnDate, window, rng),
        returnDate: null,
        declineStart: addWeeks(churnDate, -rng.int(16, 24)),
      };
    }
    case 'returned': {
      const churnDate = addDays(firstWeek, rng.int(26 * 7, 40 * 7));
      const returnDate = nextWorkday(addWeeks(churnDate, rng.int(20, 30)));
      const firstRenewal = addYears(returnDate, 1);
      return {
        churnDate,
        returnDate,
        renewalDate: firstRenewal > today ? firstRenewal : addYears(returnDate, 2),
        signupDate: signupBefore(churnDate, window, rng),
        declineStart: addWeeks(churnDate, -16),
      };
    }
  }
}

function championStory(
  fate: Fate,
  reason: ChurnReasonCode | null,
  timing: Timing,
  orderInFate: number,
  window: BookWindow,
  rng: Rng,
): ChampionStory | null {
  const { lastWeek, firstWeek } = window;
  const anyTimeInWindow = (): IsoDate => addDays(firstWeek, rng.int(10 * 7, 90 * 7));
  if (fate === 'churned' && reason === 'org_change' && timing.churnDate) {
    return { leaves: addWeeks(timing.churnDate, -rng.int(10, 16)), replacedOn: null };
  }
  if (fate === 'at_risk' && timing.declineStart && orderInFate < 3) {
    const leaves = addWeeks(timing.declineStart, -rng.int(0, 4));
    const replacedOn = orderInFate === 0 ? addWeeks(leaves, 8) : null;
    return { leaves, replacedOn: replacedOn && replacedOn < lastWeek ? replacedOn : null };
  }
  // Healthy accounts 0-2 are the ones at their seat limit; champion changes go to others.
  const healthyWithChange = fate === 'healthy' && orderInFate >= 3 && orderInFate < 6;
  if (healthyWithChange || (fate === 'steady' && orderInFate < 2)) {
    const leaves = anyTimeInWindow();
    return { leaves, replacedOn: addWeeks(leaves, rng.int(3, 12)) };
  }
  return null;
}

/** The book's accounts and their stories, one per company in the vocabulary. */
export function planAccounts(rng: Rng, window: BookWindow): AccountProfile[] {
  const companies = COUNTRY_BOOKS.flatMap((book) =>
    book.companies.map((company, indexInCountry) => ({ book, company, indexInCountry })),
  );
  const fates = rng.shuffle(fateMix(companies.length));
  const segments = rng.shuffle(segmentMix(companies.length));
  const seenPerFate = new Map<Fate, number>();
  let churnedSoFar = 0;

  return companies.map(({ book, company, indexInCountry }, index) => {
    const fate = fates[index] as Fate;
    const segment = segments[index] as Segment;
    const orderInFate = seenPerFate.get(fate) ?? 0;
    seenPerFate.set(fate, orderInFate + 1);
    const churnReason: ChurnReasonCode | null =
      fate === 'churned'
        ? (CHURN_REASONS[churnedSoFar++] ?? 'other')
        : fate === 'returned'
          ? 'roi_value'
          : null;
    const timing = timingFor(
      fate,
      churnReason,
      fate === 'at_risk' && orderInFate >= 5,
      window,
      rng,
    );
    const terms = SEGMENT_TERMS[segment];
    const rate = USD_RATES[book.currency] ?? 1;
    return {
      id: `ACC-${1001 + index}`,
      name: company.name,
      industry: company.industry,
      country: book.country,
      currency: book.currency,
      language: book.language,
      european: book.european,
      owner: book.owners[indexInCountry % book.owners.length] as string,
      segment,
      emailDomain: emailDomainOf(company.name),
      fate,
      ...timing,
      churnReason,
      champion: championStory(fate, churnReason, timing, orderInFate, window, rng),
      initialSeats: rng.int(terms.seats[0], terms.seats[1]),
      plan: terms.plan,
      seatPrice: Math.round(terms.usdSeatPrice * rate * rng.float(0.9, 1.1)),
      startsWithTrial: fate === 'new' ? orderInFate < 3 : churnReason === 'failed_launch',
      usesApi: rng.chance(segment === 'Enterprise' ? 0.7 : 0.4),
      reachesLicenseLimit: fate === 'healthy' && orderInFate < 3,
    };
  });
}
