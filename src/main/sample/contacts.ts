// Contacts at one account: one or two champions plus a few others. Where the account's story says
// so, a champion leaves (end date) and sometimes a new one takes over (a later start date).
import type { Contact, IsoDate } from '../../shared/domain/entities';
import { addDays, minDate } from '../../shared/domain/dates';
import type { AccountProfile, BookWindow } from './profiles';
import type { Rng } from './random';
import { CHAMPION_ROLES, OTHER_ROLES, namePools } from './vocabulary';
import type { PersonName } from './vocabulary';

function emailLocalPart(first: PersonName, last: PersonName): string {
  return `${first.latin}.${last.latin}`
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function generateContacts(rng: Rng, profile: AccountProfile, window: BookWindow): Contact[] {
  const pools = namePools(profile.country);
  const firstNames = rng.shuffle(pools.first);
  const lastNames = rng.shuffle(pools.last);
  const story = profile.champion;
  const replacement = story?.replacedOn ? 1 : 0;
  const championCount = profile.segment === 'Enterprise' && rng.chance(0.5) ? 2 : 1;
  const total = rng.int(Math.max(2, championCount + replacement), 5);
  const latestStart = addDays(window.today, -14);
  const contacts: Contact[] = [];

  for (let index = 0; index < total; index += 1) {
    const first = firstNames[index % firstNames.length] as PersonName;
    const last = lastNames[index % lastNames.length] as PersonName;
    const isReplacement = replacement === 1 && index === total - 1;
    const isChampion = index < championCount || isReplacement;
    // Thai CRMs hold names in both scripts; show about half in Thai.
    const showNative = first.display !== first.latin && rng.chance(0.5);
    let startDate: IsoDate =
      index === 0
        ? profile.signupDate
        : minDate(addDays(profile.signupDate, rng.int(0, 120)), latestStart);
    let endDate: IsoDate | null = null;
    if (index === 0 && story) endDate = story.leaves;
    if (isReplacement && story?.replacedOn) startDate = story.replacedOn;
    if (!isChampion && rng.chance(0.1)) endDate = addDays(startDate, rng.int(120, 500));
    if (endDate !== null && endDate >= window.today) endDate = null;
    contacts.push({
      id: `${profile.id}-C${index + 1}`,
      accountId: profile.id,
      name: showNative ? `${first.display} ${last.display}` : `${first.latin} ${last.latin}`,
      email: `${emailLocalPart(first, last)}@${profile.emailDomain}`,
      role: isChampion ? rng.pick(CHAMPION_ROLES) : rng.pick(OTHER_ROLES),
      isChampion,
      startDate,
      endDate,
    });
  }
  return contacts;
}

/** Contacts on the account's books on `date`. */
export function contactsOn(contacts: readonly Contact[], date: IsoDate): Contact[] {
  return contacts.filter(
    (contact) =>
      (contact.startDate === null || contact.startDate <= date) &&
      (contact.endDate === null || date < contact.endDate),
  );
}
