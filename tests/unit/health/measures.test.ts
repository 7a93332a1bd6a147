import { describe, expect, it } from 'vitest';
import {
  CHAMPION_STATE,
  MEASURES,
  indexAccountData,
  licensedSeats,
} from '../../../src/shared/analytics/health';
import { mulberry32 } from '../../../src/shared/analytics/experiments';
import type { AccountData, MeasureId, MeasureParams } from '../../../src/shared/analytics/health';
import { mondayOnOrAfter, toDay } from '../../../src/shared/analytics/health/days';
import { account, addDays, contact, event, line, mondays, survey, ticket, usage } from './fixtures';

const AS_OF = '2024-06-03'; // a Monday

function measure(
  id: MeasureId,
  data: Partial<AccountData>,
  asOf = AS_OF,
  params: MeasureParams = {},
) {
  return MEASURES[id](indexAccountData({ account: account(), ...data }), toDay(asOf), params);
}

describe('day numbers', () => {
  it('agree with Date for every day over several centuries', () => {
    for (let day = -60000; day <= 60000; day += 13) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(toDay(iso)).toBe(day);
    }
  });

  it('finds the Monday on or after a day', () => {
    expect(mondayOnOrAfter(toDay('2024-06-03'))).toBe(toDay('2024-06-03'));
    expect(mondayOnOrAfter(toDay('2024-06-04'))).toBe(toDay('2024-06-10'));
    expect(mondayOnOrAfter(toDay('2024-06-09'))).toBe(toDay('2024-06-10'));
  });
});

describe('usage_vs_baseline', () => {
  // Weekly points from 2024-01-01 to 2024-06-03. Baseline window (D-112, D-28] holds 12 Mondays,
  // recent window (D-28, D] 4 Mondays.
  const weeks = mondays('2024-01-01', 23);
  const recent = (date: string) => date > addDays(AS_OF, -28);
  const points = weeks.flatMap((date) => [
    usage('active_users', date, 8),
    usage('reports', date, recent(date) ? 0 : 4),
  ]);

  it('compares usage per day in the last 4 weeks to the 12 weeks before', () => {
    // recent 4 x 8 = 32 over 28 days; baseline 12 x (8 + 4) = 144 over 84 days.
    expect(measure('usage_vs_baseline', { usage: points })).toBeCloseTo(32 / 28 / (144 / 84), 12);
  });

  it('can be restricted to one metric', () => {
    expect(
      measure('usage_vs_baseline', { usage: points }, AS_OF, { metric: 'active_users' }),
    ).toBeCloseTo(1, 12);
    expect(
      measure('usage_vs_baseline', { usage: points }, AS_OF, { metric: 'unknown' }),
    ).toBeNull();
  });

  it('uses fewer whole baseline windows when history is shorter, but needs at least one', () => {
    const fromEightWeeksAgo = mondays(addDays(AS_OF, -56), 9).map((date) =>
      usage('logins', date, 10),
    );
    // One baseline window (D-56, D-28] with 4 points of 10, as many as the recent window: steady.
    expect(measure('usage_vs_baseline', { usage: fromEightWeeksAgo })).toBeCloseTo(1, 12);
    const twelveWeeks = mondays(addDays(AS_OF, -84), 13).map((date, i) =>
      usage('logins', date, i < 3 ? 100 : 10),
    );
    // Points D-84..D; two whole windows fit before the recent one: (D-84, D-28] holds D-77 and
    // D-70 at 100 and six points of 10, so the baseline is (200 + 60) / 2 = 130 against 40 now.
    expect(measure('usage_vs_baseline', { usage: twelveWeeks })).toBeCloseTo(40 / 130, 12);
    const fromFiveWeeksAgo = mondays(addDays(AS_OF, -35), 6).map((date) =>
      usage('logins', date, 10),
    );
    expect(measure('usage_vs_baseline', { usage: fromFiveWeeksAgo })).toBeNull();
  });

  it('is missing without usage data or without baseline activity', () => {
    expect(measure('usage_vs_baseline', {})).toBeNull();
    const zeros = weeks.map((date) => usage('logins', date, recent(date) ? 5 : 0));
    expect(measure('usage_vs_baseline', { usage: zeros })).toBeNull();
  });
});

describe('usage_breadth', () => {
  it('counts the metrics used (value above zero) in the last 28 days', () => {
    const points = [
      usage('a', '2024-06-01', 3),
      usage('b', '2024-05-07', 1), // day D-27: inside
      usage('c', '2024-05-06', 1), // day D-28: outside
      usage('d', '2024-06-02', 0),
      usage('a', '2024-06-02', 1),
    ];
    expect(measure('usage_breadth', { usage: points })).toBe(2);
  });

  it('is zero when usage stopped, missing before any usage', () => {
    const points = [usage('a', '2024-01-01', 3)];
    expect(measure('usage_breadth', { usage: points })).toBe(0);
    expect(measure('usage_breadth', { usage: points }, '2023-12-31')).toBeNull();
    expect(measure('usage_breadth', {})).toBeNull();
  });
});

describe('license_utilisation and active_users_per_seat', () => {
  const points = [
    usage('active_users', '2024-05-13', 6),
    usage('active_users', '2024-05-27', 9),
    usage('active_users', '2024-04-01', 12), // outside the 28 days
  ];
  const lines = [
    line('L1', { seats: 8 }),
    line('L2', { seats: 4, plan: 'Extra' }),
    line('T', { seats: 50, isTrial: true }),
    line('OLD', { seats: 100, endDate: '2024-03-01' }),
  ];

  it('divides the peak of active users by the seats on active paid lines', () => {
    expect(measure('license_utilisation', { usage: points, contracts: lines })).toBeCloseTo(
      9 / 12,
      12,
    );
  });

  it('divides the mean of active users by the seats', () => {
    expect(measure('active_users_per_seat', { usage: points, contracts: lines })).toBeCloseTo(
      7.5 / 12,
      12,
    );
  });

  it('falls back to the seats on the account record, and is missing without seats', () => {
    const data = { account: account({ seats: 10 }), usage: points };
    expect(MEASURES.license_utilisation(indexAccountData(data), toDay(AS_OF), {})).toBeCloseTo(
      0.9,
      12,
    );
    expect(measure('license_utilisation', { usage: points })).toBeNull();
    expect(measure('license_utilisation', { contracts: lines })).toBeNull();
  });

  it('reads another metric when told to', () => {
    const seatsUsed = [usage('seats_used', '2024-06-01', 3)];
    expect(
      measure('license_utilisation', { usage: seatsUsed, contracts: lines }, AS_OF, {
        metric: 'seats_used',
      }),
    ).toBeCloseTo(3 / 12, 12);
  });
});

describe('nps_average and csat_average', () => {
  it('averages NPS answers of the last 180 days', () => {
    const surveys = [
      survey('S1', 'nps', addDays(AS_OF, -179), 9),
      survey('S2', 'nps', AS_OF, 6),
      survey('S3', 'nps', addDays(AS_OF, -180), 0), // outside
      survey('S4', 'nps', addDays(AS_OF, 1), 0), // future
      survey('S5', 'csat', AS_OF, 1),
    ];
    expect(measure('nps_average', { surveys })).toBe(7.5);
    expect(measure('nps_average', { surveys: [] })).toBeNull();
    expect(measure('nps_average', {})).toBeNull();
  });

  it('averages CSAT answers with ticket satisfaction ratings', () => {
    const surveys = [survey('S1', 'csat', '2024-05-01', 5)];
    const tickets = [
      ticket('T1', { satisfaction: 3, openedDate: '2024-05-01', closedDate: '2024-05-03' }),
      ticket('T2', { satisfaction: null }),
    ];
    expect(measure('csat_average', { surveys, tickets })).toBe(4);
    expect(measure('csat_average', { tickets })).toBe(3);
    expect(measure('csat_average', {})).toBeNull();
  });
});

describe('support load', () => {
  const tickets = [
    ticket('T1', {
      priority: 'high',
      openedDate: '2024-05-10',
      closedDate: '2024-05-20',
      resolutionHours: 72,
      escalated: true,
    }),
    ticket('T2', { priority: 'urgent', openedDate: '2024-05-28' }),
    ticket('T3', { priority: 'low', openedDate: '2024-04-01', closedDate: '2024-04-03' }),
    ticket('T4', { priority: 'high', openedDate: '2024-06-01', closedDate: AS_OF }),
    ticket('T5', { priority: 'high', openedDate: '2024-06-04' }),
    ticket('T6', {
      openedDate: addDays(AS_OF, -90),
      escalated: true,
      closedDate: addDays(AS_OF, -89),
      resolutionHours: 500,
    }),
  ];

  it('counts high and urgent tickets open at the end of the day', () => {
    expect(measure('open_high_priority_tickets', { tickets })).toBe(1);
    expect(measure('open_high_priority_tickets', { tickets }, '2024-06-02')).toBe(2);
    expect(measure('open_high_priority_tickets', { tickets: [] })).toBe(0);
    expect(measure('open_high_priority_tickets', {})).toBeNull();
  });

  it('counts escalations opened in the last 90 days', () => {
    expect(measure('escalations', { tickets })).toBe(1);
    expect(measure('escalations', { tickets }, addDays(AS_OF, -1))).toBe(2);
  });

  it('averages resolution hours of tickets closed in the last 90 days, from dates when not given', () => {
    // T1 72 h, T3 2 days = 48 h, T4 2 days = 48 h, T6 500 h.
    expect(measure('mean_resolution_hours', { tickets })).toBeCloseTo((72 + 48 + 48 + 500) / 4, 12);
    expect(measure('mean_resolution_hours', { tickets }, '2024-03-06')).toBe(500);
    expect(measure('mean_resolution_hours', { tickets }, '2024-03-05')).toBeNull();
  });
});

describe('days_since_engagement', () => {
  const events = [
    event('E1', 'QBR', '2024-03-01'),
    event('E2', 'Meeting', '2024-04-19'),
    event('E3', 'email', '2024-05-30'),
  ];

  it('counts days since the last meeting or QBR, whatever the case of the type', () => {
    expect(measure('days_since_engagement', { events })).toBe(45);
    expect(measure('days_since_engagement', { events }, AS_OF, { eventTypes: ['email'] })).toBe(4);
  });

  it('counts from the start of the relationship when there was never a meeting', () => {
    expect(measure('days_since_engagement', { events: [] })).toBe(154);
    expect(measure('days_since_engagement', {})).toBeNull();
  });
});

describe('champion_state', () => {
  it('tells present, recently left and none apart', () => {
    const stayed = contact('C2', { startDate: '2024-04-01' });
    const left = contact('C1', { endDate: '2024-04-15' });
    const leftLongAgo = contact('C0', { endDate: '2023-12-01' });
    const notChampion = contact('X', { isChampion: false });
    expect(measure('champion_state', { contacts: [stayed, leftLongAgo] })).toBe(
      CHAMPION_STATE.present,
    );
    expect(measure('champion_state', { contacts: [stayed, left] })).toBe(
      CHAMPION_STATE.recentlyLeft,
    );
    expect(measure('champion_state', { contacts: [left, notChampion] })).toBe(CHAMPION_STATE.none);
    expect(measure('champion_state', { contacts: [stayed] }, '2024-03-31')).toBe(
      CHAMPION_STATE.none,
    );
    expect(measure('champion_state', {})).toBeNull();
  });
});

describe('product_count', () => {
  it('counts distinct plans on the active paid lines', () => {
    const lines = [
      line('L1', { plan: 'Core' }),
      line('L2', { plan: 'Core', startDate: '2024-03-01' }),
      line('L3', { plan: 'Analytics', startDate: '2024-02-15' }),
      line('L4', { plan: 'Trial thing', isTrial: true }),
      line('L5', { plan: 'Gone', endDate: '2024-05-01' }),
      line('L6', { plan: 'Future', startDate: '2024-07-01' }),
    ];
    expect(measure('product_count', { contracts: lines })).toBe(2);
    expect(measure('product_count', { contracts: [] })).toBe(0);
    expect(measure('product_count', {})).toBeNull();
  });

  it('equals a distinct count of the active paid lines, and seats their sum, over random books', () => {
    const rand = mulberry32(19);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
    const dates = ['2024-01-01', '2024-02-15', '2024-04-01', '2024-06-01', '2024-09-01'];
    for (let book = 0; book < 200; book++) {
      const lines = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) =>
        line(`L${i}`, {
          plan: pick(['Core', 'Analytics', null]),
          seats: pick([null, 5, 20]),
          isTrial: rand() < 0.3,
          startDate: pick(dates),
          endDate: pick([null, ...dates]),
        }),
      );
      const day = '2024-05-01';
      const active = lines.filter(
        (l) => l.startDate <= day && (l.endDate === null || l.endDate > day) && !l.isTrial,
      );
      expect(measure('product_count', { contracts: lines }, day)).toBe(
        new Set(active.map((l) => l.plan ?? l.id)).size,
      );
      const seats = active.reduce((sum, l) => sum + (l.seats ?? 0), 0);
      const index = indexAccountData({ account: account({ seats: 3 }), contracts: lines });
      expect(licensedSeats(index, toDay(day))).toBe(seats > 0 ? seats : 3);
    }
  });
});

describe('upsell_first_3_months', () => {
  const upgrade = line('U', { upgrade: true, startDate: '2024-02-15' });

  it('is 1 with an upgrade within 90 days of sign-up, 0 once that window closed without one', () => {
    expect(measure('upsell_first_3_months', { contracts: [line('L1'), upgrade] })).toBe(1);
    expect(
      measure('upsell_first_3_months', { contracts: [line('L1'), upgrade] }, '2024-02-20'),
    ).toBe(1);
    const late = line('U', { upgrade: true, startDate: '2024-04-01' });
    expect(measure('upsell_first_3_months', { contracts: [line('L1'), late] })).toBe(0);
  });

  it('is missing while the window is still open, or without a start date', () => {
    expect(measure('upsell_first_3_months', { contracts: [line('L1')] }, '2024-03-30')).toBeNull();
    expect(measure('upsell_first_3_months', { contracts: [line('L1')] }, '2024-03-31')).toBe(0);
    const noSignup = { account: account({ signupDate: null }), contracts: [] };
    expect(MEASURES.upsell_first_3_months(indexAccountData(noSignup), toDay(AS_OF), {})).toBeNull();
  });
});
