// One account whose default-model score on 2024-06-03 is worked out by hand in score.test.ts.
import type { AccountData } from '../../../src/shared/analytics/health';
import { account, addDays, contact, event, line, mondays, ticket, usage } from './fixtures';

export const HAND_AS_OF = '2024-06-03';

const recent = (date: string) => date > addDays(HAND_AS_OF, -28);

export const HAND_CHECKED: AccountData = {
  account: account({ signupDate: '2024-01-01', seats: 10 }),
  contracts: [
    line('L1', { plan: 'Core', seats: 10 }),
    line('L2', { plan: 'Analytics', startDate: '2024-02-15', upgrade: true }),
  ],
  usage: mondays('2024-01-01', 23).flatMap((date) => [
    usage('active_users', date, 8),
    usage('reports', date, recent(date) ? 0 : 4),
  ]),
  tickets: [
    ticket('T1', {
      priority: 'high',
      openedDate: '2024-05-10',
      closedDate: '2024-05-20',
      resolutionHours: 72,
      escalated: true,
      satisfaction: 4,
    }),
    ticket('T2', { priority: 'urgent', openedDate: '2024-05-28' }),
    ticket('T3', { priority: 'low', openedDate: '2024-04-01', closedDate: '2024-04-03' }),
  ],
  events: [
    event('E1', 'QBR', '2024-03-01'),
    event('E2', 'meeting', '2024-04-19'),
    event('E3', 'email', '2024-05-30'),
  ],
  contacts: [contact('C1', { endDate: '2024-04-15' }), contact('C2', { startDate: '2024-04-01' })],
  // surveys left undefined: no survey data in this workspace, so NPS is missing.
};
