// Weekly product usage per account: seats x a utilisation curve that follows the account's story
// (growth, plateau, decline before churn, ramp after signup), times seasonality and noise.
import type { ContractLine, IsoDate, UsagePoint } from '../../shared/domain/entities';
import { addDays, addWeeks, daysBetween, mondaysBetween } from '../../shared/domain/dates';
import { seatsOn } from './contracts';
import type { AccountProfile, BookWindow } from './profiles';
import type { Rng } from './random';

export const USAGE_METRICS = [
  'active_users',
  'logins',
  'reports_created',
  'api_calls',
  'features_used',
] as const;

type Keyframe = readonly [IsoDate, number];

/** Share of seats in use over time, as straight lines between keyframes. */
function utilisationKeyframes(rng: Rng, profile: AccountProfile, window: BookWindow): Keyframe[] {
  const { firstWeek, today } = window;
  const decline = profile.declineStart ?? today;
  const churn = profile.churnDate ?? today;
  switch (profile.fate) {
    case 'healthy': {
      const end = profile.reachesLicenseLimit ? 0.99 : rng.float(0.78, 0.9);
      return [
        [firstWeek, rng.float(0.5, 0.62)],
        [today, end],
      ];
    }
    case 'steady': {
      const level = rng.float(0.58, 0.7);
      return [
        [firstWeek, level],
        [today, level + rng.float(-0.04, 0.04)],
      ];
    }
    case 'new':
      return [
        [addDays(profile.signupDate, -30), 0.12],
        [addWeeks(profile.signupDate, 12), rng.float(0.65, 0.75)],
        [today, rng.float(0.75, 0.85)],
      ];
    case 'at_risk': {
      const level = rng.float(0.62, 0.72);
      return [
        [firstWeek, level],
        [decline, level - 0.02],
        [today, rng.float(0.25, 0.35)],
      ];
    }
    case 'churned': {
      if (profile.churnReason === 'failed_launch') {
        return [
          [addDays(profile.signupDate, -30), 0.1],
          [addWeeks(profile.signupDate, 10), 0.3],
          [decline, 0.27],
          [churn, 0.06],
        ];
      }
      const level = rng.float(0.55, 0.7);
      return [
        [firstWeek, level],
        [decline, level - 0.03],
        [churn, rng.float(0.08, 0.18)],
      ];
    }
    case 'returned': {
      const back = profile.returnDate ?? today;
      return [
        [firstWeek, 0.6],
        [decline, 0.57],
        [churn, 0.14],
        [back, 0.3],
        [addWeeks(back, 12), 0.68],
        [today, 0.72],
      ];
    }
  }
}

function interpolate(frames: readonly Keyframe[], date: IsoDate): number {
  const first = frames[0];
  if (!first) return 0;
  if (date <= first[0]) return first[1];
  for (let i = 1; i < frames.length; i += 1) {
    const [fromDate, fromLevel] = frames[i - 1] as Keyframe;
    const [toDate, toLevel] = frames[i] as Keyframe;
    if (date <= toDate) {
      const span = daysBetween(fromDate, toDate);
      const fraction = span === 0 ? 1 : daysBetween(fromDate, date) / span;
      return fromLevel + (toLevel - fromLevel) * fraction;
    }
  }
  return (frames[frames.length - 1] as Keyframe)[1];
}

/** Holidays empty the office: year end everywhere, summer in Europe, Songkran in Thailand. */
function seasonality(profile: AccountProfile, monday: IsoDate): number {
  const monthDay = monday.slice(5);
  let factor = 1;
  if (monthDay >= '12-20' || monthDay <= '01-02') factor *= 0.6;
  if (profile.european && monthDay >= '07-14' && monthDay <= '08-20') factor *= 0.82;
  if (profile.country === 'Thailand' && monthDay >= '04-08' && monthDay <= '04-15') factor *= 0.55;
  return factor;
}

export function generateUsage(
  rng: Rng,
  profile: AccountProfile,
  lines: readonly ContractLine[],
  window: BookWindow,
): UsagePoint[] {
  const frames = utilisationKeyframes(rng, profile, window);
  const loginsPerUser = rng.float(3.5, 5);
  const reportsPerUser = rng.float(0.3, 0.8);
  const apiCallsPerUser = profile.usesApi ? rng.float(20, 60) : 0;
  const noise = (): number => Math.exp(rng.normal(0, 0.07));
  const points: UsagePoint[] = [];

  for (const date of mondaysBetween(window.firstWeek, window.lastWeek)) {
    const seats = seatsOn(lines, date);
    if (seats === null) continue;
    const utilisation = interpolate(frames, date);
    const activeUsers = Math.min(
      seats,
      Math.round(seats * utilisation * seasonality(profile, date) * noise()),
    );
    const values: Record<(typeof USAGE_METRICS)[number], number> = {
      active_users: activeUsers,
      logins: Math.round(activeUsers * loginsPerUser * noise()),
      reports_created: Math.round(activeUsers * reportsPerUser * noise()),
      api_calls: Math.round(activeUsers * apiCallsPerUser * noise()),
      // Breadth follows depth: teams that use the product more use more of it.
      features_used: Math.max(
        1,
        Math.min(20, Math.round(3 + 15 * utilisation + rng.normal(0, 0.8))),
      ),
    };
    for (const metric of USAGE_METRICS) {
      points.push({ accountId: profile.id, metric, date, value: values[metric] });
    }
  }
  return points;
}
