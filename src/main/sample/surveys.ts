// Survey answers for one account: a quarterly NPS to the champions and one other contact, scored
// by how the account is doing at the time (and lower while nobody champions the product), and a
// CSAT answer after each ticket that got one.
import type { Contact, IsoDate, SurveyResponse, Ticket } from '../../shared/domain/entities';
import { addDays, minDate, nextWorkday } from '../../shared/domain/dates';
import { contactsOn } from './contacts';
import type { AccountProfile, BookWindow } from './profiles';
import type { Rng } from './random';
import { CSAT_COMMENTS, NPS_COMMENTS } from './vocabulary';
import type { Language, Sentiment } from './vocabulary';

/** Mid-quarter months, when the NPS survey goes out. */
const NPS_MONTHS = ['02', '05', '08', '11'];

function npsSendDates(rng: Rng, window: BookWindow): IsoDate[] {
  const dates: IsoDate[] = [];
  const firstYear = Number(window.firstWeek.slice(0, 4));
  const lastYear = Number(window.today.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const month of NPS_MONTHS) {
      const date = nextWorkday(addDays(`${year}-${month}-01`, rng.int(0, 14)));
      if (date >= window.firstWeek && date <= window.today) dates.push(date);
    }
  }
  return dates;
}

function isCustomerOn(profile: AccountProfile, date: IsoDate): boolean {
  if (date < profile.signupDate) return false;
  if (profile.churnDate === null || date < profile.churnDate) return true;
  return profile.returnDate !== null && date >= profile.returnDate;
}

function expectedNps(profile: AccountProfile, date: IsoDate): number {
  const declining = profile.declineStart !== null && date >= profile.declineStart;
  const wonBack = profile.returnDate !== null && date >= profile.returnDate;
  switch (profile.fate) {
    case 'healthy':
      return 8.8;
    case 'steady':
      return 7.6;
    case 'new':
      return 8.2;
    case 'at_risk':
      return declining ? 4.5 : 7.3;
    case 'churned':
      return profile.churnReason === 'failed_launch' ? 4.5 : declining ? 3.5 : 6.8;
    case 'returned':
      return wonBack ? 7.8 : declining ? 3.8 : 6.8;
  }
}

function sentimentOf(score: number): Sentiment {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

function commentLanguage(rng: Rng, language: Language): Language {
  return language !== 'en' && rng.chance(0.5) ? language : 'en';
}

function championMissing(contacts: readonly Contact[], date: IsoDate): boolean {
  return !contactsOn(contacts, date).some((contact) => contact.isChampion);
}

export function generateSurveys(
  rng: Rng,
  profile: AccountProfile,
  contacts: readonly Contact[],
  tickets: readonly Ticket[],
  window: BookWindow,
): SurveyResponse[] {
  const responses: Omit<SurveyResponse, 'id'>[] = [];

  for (const date of npsSendDates(rng, window)) {
    if (!isCustomerOn(profile, date)) continue;
    const active = contactsOn(contacts, date);
    const recipients = [
      ...active.filter((contact) => contact.isChampion),
      ...active.filter((contact) => !contact.isChampion).slice(0, 1),
    ];
    const mean = expectedNps(profile, date) - (championMissing(contacts, date) ? 1.2 : 0);
    for (const contact of recipients) {
      if (!rng.chance(0.7)) continue;
      const score = Math.max(0, Math.min(10, Math.round(rng.normal(mean, 1.3))));
      const language = commentLanguage(rng, profile.language);
      responses.push({
        accountId: profile.id,
        contactId: contact.id,
        kind: 'nps',
        date: minDate(addDays(date, rng.int(0, 6)), window.today),
        score,
        comment: rng.chance(0.65) ? rng.pick(NPS_COMMENTS[language][sentimentOf(score)]) : null,
      });
    }
  }

  for (const ticket of tickets) {
    if (ticket.satisfaction === null || ticket.closedDate === null) continue;
    const reporter = contactsOn(contacts, ticket.openedDate).find((contact) => !contact.isChampion);
    responses.push({
      accountId: profile.id,
      contactId: reporter?.id ?? null,
      kind: 'csat',
      date: ticket.closedDate,
      score: ticket.satisfaction,
      comment: rng.chance(0.2)
        ? rng.pick(CSAT_COMMENTS[ticket.satisfaction >= 4 ? 'good' : 'bad'])
        : null,
    });
  }

  return responses
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1))
    .map((response, index) => ({
      id: `${profile.id}-S${String(index + 1).padStart(3, '0')}`,
      ...response,
    }));
}
