// Contract lines for one account: a base subscription whose seats change over time (each change
// closes one line and opens the next), optional trials and add-ons, and churn that closes them all.
// Flags mark how a line began (upgrade, downgrade) or ended (churn).
import type { ContractLine, IsoDate } from '../../shared/domain/entities';
import { addDays, addWeeks, daysBetween, maxDate } from '../../shared/domain/dates';
import type { AccountProfile, BookWindow } from './profiles';
import type { Rng } from './random';

export const ADDON_PLAN = 'Analytics Add-on';

type Change = { date: IsoDate; kind: 'upgrade' | 'downgrade' };

function randomDateIn(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

function plannedChanges(rng: Rng, profile: AccountProfile, window: BookWindow): Change[] {
  const from = maxDate(addDays(profile.signupDate, 100), addWeeks(window.firstWeek, 4));
  const to = addDays(profile.churnDate ?? window.today, -21);
  if (from >= to || profile.churnReason === 'failed_launch') return [];
  const on = (kind: Change['kind'], start = from): Change => ({
    kind,
    date: randomDateIn(rng, start, to),
  });
  switch (profile.fate) {
    case 'healthy':
    case 'new':
      return Array.from({ length: profile.fate === 'new' ? 1 : rng.int(1, 2) }, () =>
        on('upgrade'),
      );
    case 'steady':
      return rng.chance(0.3) ? [on('upgrade')] : [];
    case 'at_risk':
    case 'churned':
      return rng.chance(0.6) && profile.declineStart && profile.declineStart < to
        ? [on('downgrade', maxDate(from, profile.declineStart))]
        : [];
    case 'returned':
      return [];
  }
}

/** Contract lines of one account, numbered `<account>-L01`, `-L02`, ... in start order. */
export function generateContractLines(
  rng: Rng,
  profile: AccountProfile,
  window: BookWindow,
): ContractLine[] {
  const lines: ContractLine[] = [];
  const autoRenew = profile.segment !== 'Enterprise';
  const open = (
    plan: string,
    seats: number | null,
    mrr: number,
    startDate: IsoDate,
    flags: Partial<Pick<ContractLine, 'isTrial' | 'upgrade' | 'downgrade'>> = {},
  ): ContractLine => {
    const line: ContractLine = {
      id: '',
      accountId: profile.id,
      plan,
      seats,
      mrr,
      currency: profile.currency,
      startDate,
      endDate: null,
      isTrial: flags.isTrial ?? false,
      upgrade: flags.upgrade ?? false,
      downgrade: flags.downgrade ?? false,
      churn: false,
      autoRenew: flags.isTrial ? null : autoRenew,
    };
    lines.push(line);
    return line;
  };
  const trial = (paidStart: IsoDate): void => {
    const line = open(
      `${profile.plan} Trial`,
      Math.min(profile.initialSeats, 25),
      0,
      addDays(paidStart, -rng.int(14, 30)),
      { isTrial: true },
    );
    line.endDate = paidStart;
  };

  if (profile.startsWithTrial) trial(profile.signupDate);
  let seats = profile.initialSeats;
  let base = open(profile.plan, seats, Math.round(seats * profile.seatPrice), profile.signupDate);

  const changes = plannedChanges(rng, profile, window).sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const change of changes) {
    if (change.date <= base.startDate) continue;
    seats = Math.max(
      5,
      Math.round(seats * (change.kind === 'upgrade' ? rng.float(1.15, 1.5) : rng.float(0.6, 0.8))),
    );
    base.endDate = change.date;
    base = open(profile.plan, seats, Math.round(seats * profile.seatPrice), change.date, {
      [change.kind]: true,
    });
  }

  const buysAddon =
    profile.segment !== 'SMB' && (profile.fate === 'healthy' || profile.fate === 'steady');
  if (buysAddon && rng.chance(0.5)) {
    const addonStart = randomDateIn(
      rng,
      maxDate(profile.signupDate, window.firstWeek),
      addDays(window.today, -30),
    );
    open(ADDON_PLAN, null, Math.round(base.mrr * 0.15), addonStart, { upgrade: true });
  }

  if (profile.churnDate) {
    for (const line of lines) {
      if (line.endDate === null) {
        line.endDate = profile.churnDate;
        line.churn = true;
      }
    }
  }
  if (profile.returnDate) {
    // Won back on a smaller footprint after a trial.
    trial(profile.returnDate);
    const returnSeats = Math.max(5, Math.round(profile.initialSeats * 0.6));
    open(
      profile.plan,
      returnSeats,
      Math.round(returnSeats * profile.seatPrice),
      profile.returnDate,
    );
  }

  return lines
    .sort((a, b) => (a.startDate === b.startDate ? 0 : a.startDate < b.startDate ? -1 : 1))
    .map((line, index) => ({
      ...line,
      id: `${profile.id}-L${String(index + 1).padStart(2, '0')}`,
    }));
}

function covers(line: ContractLine, date: IsoDate): boolean {
  return line.startDate <= date && (line.endDate === null || date < line.endDate);
}

/** Seats of the base subscription (trial included) on `date`; null when not a customer then. */
export function seatsOn(lines: readonly ContractLine[], date: IsoDate): number | null {
  const base = lines.find((line) => line.plan !== ADDON_PLAN && covers(line, date));
  return base ? base.seats : null;
}

/** Lines that bill on `date` (no trials). */
export function payingLinesOn(lines: readonly ContractLine[], date: IsoDate): ContractLine[] {
  return lines.filter((line) => !line.isTrial && covers(line, date));
}
