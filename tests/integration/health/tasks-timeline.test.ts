// Playbook tasks from recomputes (one task per cause, whatever happens to it), and the timeline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recomputeHealth } from '../../../src/main/health/recompute';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { CsmNote, TaskView, TimelinePage } from '../../../src/shared/ipc/contract';
import { account, contact, event, line, survey, ticket, usage } from '../../unit/health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

// TEST_NOW is 2026-10-01: the champion left a month ago and an NPS answer of 3 came in last week.
beforeEach(async () => {
  t = testServices();
  const ws = await openWorkspace(t);
  writeRows(ws, {
    accounts: [account({ signupDate: '2026-01-05', seats: 10, renewalDate: '2027-06-01' })],
    contacts: [
      contact('C1', { endDate: '2026-09-01', name: 'Ayşe Yılmaz' }),
      contact('C2', { isChampion: false, name: 'Somchai P.' }),
    ],
    contract_lines: [line('L1', { startDate: '2026-01-05', seats: 10 })],
    usage: [usage('active_users', '2026-05-04', 6), usage('active_users', '2026-09-28', 5)],
    surveys: [survey('S1', 'nps', '2026-09-24', 3)],
    tickets: [ticket('T1', { openedDate: '2026-09-10', subject: 'Login fails' })],
    events: [event('E1', 'meeting', '2026-09-15'), event('E2', 'QBR', '2026-06-01')],
  });
});
afterEach(() => t.cleanup());

const keysOf = (tasks: readonly TaskView[]) => tasks.map((task) => task.key).sort();

describe('playbook tasks', () => {
  it('creates one task per cause, and a second recompute adds none', async () => {
    const first = await call<{ tasksCreated: number }>('health:recompute', {});
    const tasks = await call<TaskView[]>('tasks:list', { accountId: 'A1' });
    expect(first.tasksCreated).toBe(tasks.length);
    expect(keysOf(tasks)).toEqual(
      expect.arrayContaining(['champion_left|A1|C1', 'nps_detractor|A1|S1']),
    );
    const second = await call<{ tasksCreated: number }>('health:recompute', {});
    expect(second.tasksCreated).toBe(0);
    expect(keysOf(await call<TaskView[]>('tasks:list', { accountId: 'A1' }))).toEqual(
      keysOf(tasks),
    );
  });

  it('a dismissed or completed task does not come back on a later day', async () => {
    await call('health:recompute', {});
    const tasks = await call<TaskView[]>('tasks:list', { accountId: 'A1', status: 'open' });
    const champion = tasks.find((task) => task.ruleId === 'champion_left');
    const detractor = tasks.find((task) => task.ruleId === 'nps_detractor');
    if (!champion || !detractor) throw new Error('expected both tasks');
    const dismissed = await call<TaskView>('tasks:dismiss', {
      id: champion.id,
      reason: 'New champion already named',
    });
    expect(dismissed).toMatchObject({ status: 'dismissed', reason: 'New champion already named' });
    await call('tasks:complete', { id: detractor.id });
    const again = await dispatch('tasks:complete', { id: detractor.id }, t.services);
    expect(again.ok).toBe(false);

    // A week later both causes still hold (within 90 and 30 days): no new tasks for them.
    recomputeHealth(t.services.workspaces.require(), '2026-10-08');
    const all = await call<TaskView[]>('tasks:list', { accountId: 'A1' });
    expect(all.filter((task) => task.ruleId === 'champion_left')).toHaveLength(1);
    expect(all.filter((task) => task.ruleId === 'nps_detractor')).toHaveLength(1);
    const open = await call<TaskView[]>('tasks:list', { accountId: 'A1', status: 'open' });
    expect(open.some((task) => task.id === champion.id || task.id === detractor.id)).toBe(false);
  });

  it('refuses to dismiss without a reason', async () => {
    await call('health:recompute', {});
    const [task] = await call<TaskView[]>('tasks:list', { accountId: 'A1' });
    const result = await dispatch('tasks:dismiss', { id: task?.id, reason: '  ' }, t.services);
    expect(result.ok).toBe(false);
  });
});

describe('the account timeline', () => {
  it('lists everything newest first, with a CSM note, fired triggers and champion changes', async () => {
    // The data end on 28 September; the CSM sets the workspace as of the clock's day.
    await call('health:setAsOf', { date: '2026-10-01' });
    const note = await call<CsmNote>('notes:add', {
      accountId: 'A1',
      text: 'Called the new admin',
      date: '2026-09-30',
    });
    const page = await call<TimelinePage>('account:timeline', { accountId: 'A1' });
    const dates = page.items.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.total).toBe(page.items.length);
    // Triggers fired today (2026-10-01) come first, then yesterday's note.
    const firstNotTrigger = page.items.find((i) => i.kind !== 'trigger');
    expect(page.items[0]).toMatchObject({ kind: 'trigger', date: '2026-10-01' });
    expect(firstNotTrigger).toMatchObject({ kind: 'note', title: note.text, date: '2026-09-30' });
    expect(page.items.find((i) => i.id === 'champion:C1:end')).toMatchObject({
      titleKey: 'timeline.champion.left',
      params: { name: 'Ayşe Yılmaz' },
      date: '2026-09-01',
    });
    expect(page.items.some((i) => i.kind === 'trigger')).toBe(true);
    expect(page.items.find((i) => i.kind === 'qbr')?.date).toBe('2026-06-01');
    // Counts per kind add up to the whole timeline.
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(page.total);
  });

  it('filters by kind and pages without gaps or repeats', async () => {
    const all = await call<TimelinePage>('account:timeline', { accountId: 'A1' });
    const filtered = await call<TimelinePage>('account:timeline', {
      accountId: 'A1',
      kinds: ['ticket', 'survey'],
    });
    expect(filtered.items.every((i) => i.kind === 'ticket' || i.kind === 'survey')).toBe(true);
    expect(filtered.total).toBe(all.counts.ticket + all.counts.survey);
    expect(filtered.items.map((i) => i.id)).toEqual(['survey:S1', 'ticket:T1:opened']);

    const pages: string[] = [];
    for (let offset = 0; offset < all.total; offset += 3) {
      const page = await call<TimelinePage>('account:timeline', {
        accountId: 'A1',
        offset,
        limit: 3,
      });
      pages.push(...page.items.map((i) => i.id));
    }
    expect(pages).toEqual(all.items.map((i) => i.id));
  });

  it('shows contacts current first and champions marked, and left ones after', async () => {
    const contacts = await call<{ id: string }[]>('account:contacts', { accountId: 'A1' });
    expect(contacts.map((c) => c.id)).toEqual(['C2', 'C1']);
  });
});
