// Support tickets for one account: a weekly arrival rate by segment that rises while the account
// is in trouble or onboarding, priorities, escalations, resolution times and a CSAT answer on
// some closed tickets. Ticket ids are given later, across the whole book.
import type { ContractLine, IsoDate, Ticket } from '../../shared/domain/entities';
import { addDays, addWeeks, mondaysBetween } from '../../shared/domain/dates';
import { seatsOn } from './contracts';
import type { AccountProfile, BookWindow, Segment } from './profiles';
import type { Rng } from './random';
import { TICKET_SUBJECTS } from './vocabulary';

type Priority = NonNullable<Ticket['priority']>;

const WEEKLY_RATE: Readonly<Record<Segment, number>> = {
  Enterprise: 0.45,
  'Mid-Market': 0.25,
  SMB: 0.12,
};

/** Median hours to resolve, by priority. */
const MEDIAN_HOURS: Readonly<Record<Priority, number>> = {
  urgent: 6,
  high: 20,
  medium: 40,
  low: 72,
};

const ESCALATION_CHANCE: Readonly<Record<Priority, number>> = {
  urgent: 0.5,
  high: 0.15,
  medium: 0.02,
  low: 0,
};

function drawPriority(rng: Rng): Priority {
  const roll = rng.next();
  if (roll < 0.08) return 'urgent';
  if (roll < 0.3) return 'high';
  if (roll < 0.7) return 'medium';
  return 'low';
}

function inTrouble(profile: AccountProfile, date: IsoDate): boolean {
  return (
    profile.declineStart !== null &&
    date >= profile.declineStart &&
    (profile.churnDate === null || date < profile.churnDate)
  );
}

function drawCsat(rng: Rng, hours: number, priority: Priority, troubled: boolean): number {
  const slow = hours > MEDIAN_HOURS[priority] * 1.5;
  const mean = (slow ? 2.8 : 4.4) - (troubled ? 0.7 : 0);
  return Math.max(1, Math.min(5, Math.round(rng.normal(mean, 0.7))));
}

export function generateTickets(
  rng: Rng,
  profile: AccountProfile,
  lines: readonly ContractLine[],
  window: BookWindow,
): Ticket[] {
  const tickets: Ticket[] = [];
  for (const monday of mondaysBetween(window.firstWeek, window.lastWeek)) {
    if (seatsOn(lines, monday) === null) continue;
    const troubled = inTrouble(profile, monday);
    const onboarding = monday >= profile.signupDate && monday < addWeeks(profile.signupDate, 8);
    const rate = WEEKLY_RATE[profile.segment] * (troubled ? 1.7 : 1) * (onboarding ? 2 : 1);
    for (let n = rng.poisson(rate); n > 0; n -= 1) {
      const openedDate = addDays(monday, rng.int(0, 4));
      if (openedDate > window.today) continue;
      const priority = drawPriority(rng);
      const escalated = rng.chance(ESCALATION_CHANCE[priority]);
      const hours =
        Math.round(
          MEDIAN_HOURS[priority] * Math.exp(rng.normal(0, 0.6)) * (escalated ? 1.8 : 1) * 10,
        ) / 10;
      const closedDate = addDays(openedDate, Math.ceil(hours / 24));
      const closed = closedDate <= window.today;
      tickets.push({
        id: '',
        accountId: profile.id,
        openedDate,
        closedDate: closed ? closedDate : null,
        priority,
        status: closed ? 'closed' : escalated ? 'escalated' : 'open',
        satisfaction: closed && rng.chance(0.6) ? drawCsat(rng, hours, priority, troubled) : null,
        escalated,
        resolutionHours: closed ? hours : null,
        subject: rng.pick(TICKET_SUBJECTS),
      });
    }
  }
  return tickets;
}
