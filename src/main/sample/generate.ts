// The sample book of business: a realistic, deterministic workspace for demos, first start and
// tests. The same seed and date always give the same book, byte for byte once serialised.
import {
  IsoDate,
  type Account,
  type ChurnRecord,
  type Contact,
  type ContractLine,
  type Experiment,
  type ExperimentObservation,
  type SurveyResponse,
  type Ticket,
  type TimelineEvent,
  type UsagePoint,
} from '../../shared/domain/entities';
import { generateContacts } from './contacts';
import { generateContractLines, payingLinesOn } from './contracts';
import { generateEvents } from './events';
import { generateExperiments } from './experiments';
import { bookWindow, planAccounts } from './profiles';
import type { AccountProfile, BookWindow } from './profiles';
import { createRng } from './random';
import { generateSurveys } from './surveys';
import { generateTickets } from './tickets';
import { generateUsage } from './usage';
import { CHURN_NOTES } from './vocabulary';

export interface SampleBook {
  seed: number;
  today: IsoDate;
  accounts: Account[];
  contacts: Contact[];
  contractLines: ContractLine[];
  usage: UsagePoint[];
  events: TimelineEvent[];
  surveys: SurveyResponse[];
  tickets: Ticket[];
  churns: ChurnRecord[];
  experiments: Experiment[];
  observations: ExperimentObservation[];
}

function accountRecord(
  profile: AccountProfile,
  lines: readonly ContractLine[],
  window: BookWindow,
): Account {
  const churned = profile.churnDate !== null && profile.returnDate === null;
  const current = payingLinesOn(lines, churned ? (profile.churnDate as string) : window.today);
  const lastBase = [...lines].reverse().find((line) => !line.isTrial && line.seats !== null);
  return {
    id: profile.id,
    name: profile.name,
    segment: profile.segment,
    owner: profile.owner,
    currency: profile.currency,
    // A churned customer pays nothing; its last ARR lives on in the contract lines.
    arr: churned ? 0 : Math.round(current.reduce((sum, line) => sum + line.mrr, 0) * 12),
    renewalDate: profile.renewalDate,
    industry: profile.industry,
    country: profile.country,
    signupDate: profile.signupDate,
    seats: lastBase?.seats ?? null,
    plan: lastBase?.plan ?? profile.plan,
    churned,
  };
}

function churnRecord(profile: AccountProfile): ChurnRecord | null {
  if (profile.churnDate === null || profile.churnReason === null) return null;
  return {
    accountId: profile.id,
    date: profile.churnDate,
    reason: profile.churnReason,
    note: CHURN_NOTES[profile.churnReason],
  };
}

/**
 * The day the sample book is written as of. The CLI's `sample` and the app's sample are the
 * same book with this date; the workspace built from it carries it as its as-of date, so its
 * figures read as of that day, not as months stale.
 */
export const SAMPLE_AS_OF: IsoDate = '2026-09-30';

export function generateSampleBook(seed = 42, today: IsoDate = SAMPLE_AS_OF): SampleBook {
  IsoDate.parse(today);
  const root = createRng(seed);
  const window = bookWindow(today);
  const profiles = planAccounts(root.fork('accounts'), window);

  const book: SampleBook = {
    seed,
    today,
    accounts: [],
    contacts: [],
    contractLines: [],
    usage: [],
    events: [],
    surveys: [],
    tickets: [],
    churns: [],
    experiments: [],
    observations: [],
  };
  const ticketsByAccount = new Map<string, Ticket[]>();

  for (const profile of profiles) {
    const rng = root.fork(profile.id);
    const lines = generateContractLines(rng.fork('contracts'), profile, window);
    book.accounts.push(accountRecord(profile, lines, window));
    book.contractLines.push(...lines);
    book.contacts.push(...generateContacts(rng.fork('contacts'), profile, window));
    book.usage.push(...generateUsage(rng.fork('usage'), profile, lines, window));
    ticketsByAccount.set(profile.id, generateTickets(rng.fork('tickets'), profile, lines, window));
    const churn = churnRecord(profile);
    if (churn) book.churns.push(churn);
  }

  // Ticket numbers run across the whole book in the order tickets were opened, as in a helpdesk.
  const allTickets = [...ticketsByAccount.values()]
    .flat()
    .sort((a, b) =>
      a.openedDate === b.openedDate
        ? a.accountId < b.accountId
          ? -1
          : a.accountId > b.accountId
            ? 1
            : 0
        : a.openedDate < b.openedDate
          ? -1
          : 1,
    );
  allTickets.forEach((ticket, index) => {
    ticket.id = `TCK-${10001 + index}`;
  });
  book.tickets = allTickets;

  for (const profile of profiles) {
    const rng = root.fork(profile.id);
    const contacts = book.contacts.filter((contact) => contact.accountId === profile.id);
    const lines = book.contractLines.filter((line) => line.accountId === profile.id);
    const tickets = ticketsByAccount.get(profile.id) ?? [];
    book.events.push(
      ...generateEvents(rng.fork('events'), profile, lines, contacts, tickets, window),
    );
    book.surveys.push(...generateSurveys(rng.fork('surveys'), profile, contacts, tickets, window));
  }

  const { experiments, observations } = generateExperiments(
    root.fork('experiments'),
    profiles,
    window,
  );
  book.experiments = experiments;
  book.observations = observations;
  return book;
}
