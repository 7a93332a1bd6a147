import type { IsoDate } from '../../shared/domain/entities';

/** Time is a port so tests run on a fixed clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

/** The clock's day (UTC), the "today" health, renewals and QBR quarters are computed for. */
export function todayOf(clock: Clock): IsoDate {
  return clock.now().toISOString().slice(0, 10);
}
