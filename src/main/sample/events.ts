// The account timeline: onboarding, check-ins, QBRs, renewals, expansions, champion changes,
// escalations and product releases, all derived from the account's story and its other records.
import type {
  Contact,
  ContractLine,
  IsoDate,
  Ticket,
  TimelineEvent,
} from '../../shared/domain/entities';
import {
  addDays,
  addWeeks,
  addYears,
  maxDate,
  minDate,
  nextWorkday,
} from '../../shared/domain/dates';
import { ADDON_PLAN } from './contracts';
import type { AccountProfile, BookWindow, Segment } from './profiles';
import type { Rng } from './random';
import { RELEASE_FEATURES } from './vocabulary';

type Draft = Omit<TimelineEvent, 'id' | 'accountId'>;

/** Weeks between check-in calls, by segment. */
const CHECK_IN_WEEKS: Readonly<Record<Segment, [number, number]>> = {
  Enterprise: [4, 6],
  'Mid-Market': [6, 9],
  SMB: [10, 14],
};

const CHECK_IN_NOTES = [
  'Reviewed adoption and open tickets.',
  'Walked through the roadmap and upcoming integrations.',
  'Agreed on training for new team members.',
  'Discussed reporting needs for the next quarter.',
];
const TROUBLED_NOTES = [
  'Usage is down; agreed on a re-training session.',
  'Customer questioned the value; asked for an ROI summary.',
  'Budget review under way; renewal not yet confirmed.',
];

interface Run {
  start: IsoDate;
  end: IsoDate;
}

/** The periods the account was a customer, clipped to the window. */
function customerRuns(profile: AccountProfile, window: BookWindow): Run[] {
  const runs: Run[] = [{ start: profile.signupDate, end: profile.churnDate ?? window.today }];
  if (profile.returnDate) runs.push({ start: profile.returnDate, end: window.today });
  return runs.filter((run) => run.end >= window.firstWeek);
}

export interface ReleaseNote {
  date: IsoDate;
  title: string;
}

/** One product release a quarter across the window, named by year and quarter. */
export function releaseCalendar(window: BookWindow): ReleaseNote[] {
  return RELEASE_FEATURES.map((feature, index) => {
    const date = nextWorkday(addWeeks(window.firstWeek, 6 + index * 13));
    const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
    return { date, title: `Release ${date.slice(0, 4)}.${quarter}: ${feature}` };
  }).filter((release) => release.date <= window.today);
}

function onboardingEvents(rng: Rng, profile: AccountProfile, run: Run): Draft[] {
  const stalled = profile.churnReason === 'failed_launch';
  const steps: Draft[] = [
    {
      type: 'onboarding',
      date: nextWorkday(addDays(run.start, rng.int(1, 5))),
      title: 'Kickoff call',
      detail: 'Goals, success criteria and rollout plan agreed.',
    },
    {
      type: 'onboarding',
      date: nextWorkday(addDays(run.start, rng.int(14, 21))),
      title: 'Admin training',
      detail: null,
    },
    stalled
      ? {
          type: 'onboarding',
          date: nextWorkday(addDays(run.start, rng.int(45, 70))),
          title: 'Onboarding stalled',
          detail: 'Project team reassigned; rollout paused.',
        }
      : {
          type: 'onboarding',
          date: nextWorkday(addDays(run.start, rng.int(45, 70))),
          title: 'Onboarding complete',
          detail: 'All teams live.',
        },
  ];
  return steps.filter((step) => step.date < run.end);
}

function meetingEvents(rng: Rng, profile: AccountProfile, run: Run, window: BookWindow): Draft[] {
  const [minWeeks, maxWeeks] = CHECK_IN_WEEKS[profile.segment];
  const drafts: Draft[] = [];
  for (
    let date = nextWorkday(addWeeks(maxDate(run.start, window.firstWeek), rng.int(2, minWeeks)));
    date < run.end;
    date = nextWorkday(addWeeks(date, rng.int(minWeeks, maxWeeks)))
  ) {
    const troubled = profile.declineStart !== null && date >= profile.declineStart;
    drafts.push({
      type: 'meeting',
      date,
      title: 'Check-in call',
      detail: rng.pick(troubled ? TROUBLED_NOTES : CHECK_IN_NOTES),
    });
  }
  return drafts;
}

function qbrEvents(rng: Rng, profile: AccountProfile, run: Run, window: BookWindow): Draft[] {
  if (profile.segment === 'SMB') return [];
  const drafts: Draft[] = [];
  const firstYear = Number(window.firstWeek.slice(0, 4));
  for (let year = firstYear; year <= Number(window.today.slice(0, 4)); year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      const quarterStart = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
      const date = nextWorkday(addDays(quarterStart, rng.int(14, 45)));
      if (date < maxDate(run.start, window.firstWeek) || date >= run.end) continue;
      // The review looks back on the quarter before.
      const reviewed = quarter === 1 ? `Q4 ${year - 1}` : `Q${quarter - 1} ${year}`;
      drafts.push({
        type: 'qbr',
        date,
        title: `${reviewed} business review`,
        detail: 'Usage, value delivered, support and next steps.',
      });
    }
  }
  return drafts;
}

function contractEvents(
  profile: AccountProfile,
  lines: readonly ContractLine[],
  window: BookWindow,
): Draft[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    if (line.isTrial)
      drafts.push({
        type: 'trial',
        date: line.startDate,
        title: 'Trial started',
        detail: `${line.seats ?? 0} trial seats`,
      });
    if (line.upgrade && line.plan === ADDON_PLAN)
      drafts.push({
        type: 'expansion',
        date: line.startDate,
        title: `Bought the ${ADDON_PLAN}`,
        detail: null,
      });
    else if (line.upgrade)
      drafts.push({
        type: 'expansion',
        date: line.startDate,
        title: `Expanded to ${line.seats ?? 0} seats`,
        detail: null,
      });
    if (line.downgrade)
      drafts.push({
        type: 'contraction',
        date: line.startDate,
        title: `Reduced to ${line.seats ?? 0} seats`,
        detail: null,
      });
  }
  if (profile.churnDate)
    drafts.push({
      type: 'churn',
      date: profile.churnDate,
      title: 'Customer churned',
      detail: profile.churnReason,
    });
  if (profile.returnDate)
    drafts.push({
      type: 'renewal',
      date: profile.returnDate,
      title: 'Customer returned',
      detail: 'New contract after a trial.',
    });
  for (const run of customerRuns(profile, window)) {
    for (let years = 1; addYears(run.start, years) < minDate(run.end, window.today); years += 1) {
      const anniversary = addYears(run.start, years);
      if (anniversary >= window.firstWeek)
        drafts.push({
          type: 'renewal',
          date: anniversary,
          title: 'Renewed for 12 months',
          detail: null,
        });
    }
  }
  return drafts;
}

function contactEvents(contacts: readonly Contact[], window: BookWindow): Draft[] {
  const drafts: Draft[] = [];
  for (const contact of contacts) {
    if (!contact.isChampion) continue;
    if (contact.endDate)
      drafts.push({
        type: 'champion_left',
        date: contact.endDate,
        title: `Champion left: ${contact.name}`,
        detail: contact.role,
      });
    if (
      contact.startDate &&
      contact.startDate > window.firstWeek &&
      contacts.some(
        (other) =>
          other.isChampion && other.endDate !== null && other.endDate <= (contact.startDate ?? ''),
      )
    ) {
      drafts.push({
        type: 'champion_joined',
        date: contact.startDate,
        title: `New champion: ${contact.name}`,
        detail: contact.role,
      });
    }
  }
  return drafts;
}

function escalationEvents(tickets: readonly Ticket[]): Draft[] {
  return tickets
    .filter((ticket) => ticket.escalated)
    .map((ticket) => ({
      type: 'escalation',
      date: ticket.openedDate,
      title: `Escalated: ${ticket.subject ?? 'support ticket'}`,
      detail: `Ticket ${ticket.id}, ${ticket.priority ?? 'unknown'} priority`,
    }));
}

export function generateEvents(
  rng: Rng,
  profile: AccountProfile,
  lines: readonly ContractLine[],
  contacts: readonly Contact[],
  tickets: readonly Ticket[],
  window: BookWindow,
): TimelineEvent[] {
  const runs = customerRuns(profile, window);
  const inRun = (date: IsoDate): boolean => runs.some((run) => date >= run.start && date < run.end);
  const drafts: Draft[] = [
    ...runs
      .filter((run) => run.start >= window.firstWeek)
      .flatMap((run) => onboardingEvents(rng, profile, run)),
    ...runs.flatMap((run) => meetingEvents(rng, profile, run, window)),
    ...runs.flatMap((run) => qbrEvents(rng, profile, run, window)),
    ...releaseCalendar(window)
      .filter((release) => inRun(release.date))
      .map((release) => ({
        type: 'release',
        date: release.date,
        title: release.title,
        detail: null,
      })),
    ...contractEvents(profile, lines, window),
    ...contactEvents(contacts, window),
    ...escalationEvents(tickets),
  ];
  return drafts
    .filter((draft) => draft.date >= window.firstWeek && draft.date <= window.today)
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1))
    .map((draft, index) => ({
      id: `${profile.id}-E${String(index + 1).padStart(3, '0')}`,
      accountId: profile.id,
      ...draft,
    }));
}
