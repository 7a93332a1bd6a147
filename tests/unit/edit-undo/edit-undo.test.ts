// Undo of the last hand-made change (#18 point 10): for notes, tasks, goals and narratives, a
// change then undo leaves every touched table exactly as before; undo twice walks back two
// changes; undo with nothing to undo, or of a row changed since, is refused and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDO_KEPT } from '../../../src/main/edit-undo/log';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type {
  EditUndoEntry,
  GoalView,
  QbrNarrative,
  TaskView,
} from '../../../src/shared/ipc/contract';
import { account, contact, line, survey, usage } from '../health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(channel: string, input: unknown) {
  const result = await dispatch(channel, input, t.services);
  if (result.ok) throw new Error(`${channel} was expected to refuse`);
  return result.error;
}

const TABLES = ['csm_notes', 'tasks', 'goals', 'goal_history', 'qbr_narratives', 'edit_undo'];

/** Every row of the tables an edit or its undo can touch. */
function state(): string {
  const db = t.services.workspaces.require().db;
  return JSON.stringify(TABLES.map((name) => [name, db.exec(`SELECT * FROM ${name} ORDER BY 1`)]));
}

const undo = (id?: number) => call<EditUndoEntry>('edit:undo', id === undefined ? {} : { id });
const last = () => call<EditUndoEntry | null>('edit:lastUndo', {});

// TEST_NOW is 2026-10-01: the champion left a month ago and an NPS answer of 3 came last week,
// so a recompute opens two playbook tasks.
beforeEach(async () => {
  t = testServices();
  const ws = await openWorkspace(t);
  writeRows(ws, {
    accounts: [account({ signupDate: '2026-01-05', seats: 10, renewalDate: '2027-06-01' })],
    contacts: [contact('C1', { endDate: '2026-09-01' }), contact('C2', { isChampion: false })],
    contract_lines: [line('L1', { startDate: '2026-01-05', seats: 10 })],
    usage: [usage('active_users', '2026-05-04', 6), usage('active_users', '2026-09-28', 5)],
    surveys: [survey('S1', 'nps', '2026-09-24', 3)],
  });
  await call('health:recompute', {});
});
afterEach(() => t.cleanup());

const goal = {
  accountId: 'A1',
  title: 'Roll out to the support team',
  startDate: '2026-07-01',
  dueDate: '2026-12-31',
  manualStatus: 'on_track',
};

describe('edit undo', () => {
  it('nothing to undo is a clear refusal that changes nothing', async () => {
    const before = state();
    expect(await last()).toBeNull();
    const error = await refusal('edit:undo', {});
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/nothing to undo/i);
    expect(state()).toBe(before);
  });

  it('a note added, then undone, is gone and the tables are as before', async () => {
    const before = state();
    await call('notes:add', { accountId: 'A1', text: 'Call went well', date: '2026-09-30' });
    expect(state()).not.toBe(before);
    expect(await last()).toMatchObject({
      domain: 'note',
      action: 'note.add',
      label: 'Call went well',
    });
    const undone = await undo();
    expect(undone).toMatchObject({ action: 'note.add', accountId: 'A1' });
    expect(state()).toBe(before);
    expect(await last()).toBeNull();
  });

  it('a task completed or dismissed is open again after undo, and undo twice walks back', async () => {
    const open = await call<TaskView[]>('tasks:list', { accountId: 'A1', status: 'open' });
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [first, second] = open as [TaskView, TaskView];
    const start = state();
    await call('tasks:complete', { id: first.id });
    const afterOne = state();
    await call('tasks:dismiss', { id: second.id, reason: 'Handled by sales' });
    expect(await last()).toMatchObject({ domain: 'task', action: 'task.dismiss' });
    await undo();
    expect(state()).toBe(afterOne);
    expect(await last()).toMatchObject({ action: 'task.complete' });
    await undo();
    expect(state()).toBe(start);
    const reopened = await call<TaskView[]>('tasks:list', { accountId: 'A1', status: 'open' });
    expect(reopened.map((task) => task.id)).toEqual(open.map((task) => task.id));
  });

  it('goal add, edit and close each undo to the exact previous state, history included', async () => {
    const start = state();
    const added = await call<GoalView>('goals:add', { goal });
    const afterAdd = state();
    await call('goals:edit', { id: added.id, patch: { title: 'Roll out to support and sales' } });
    const afterEdit = state();
    await call('goals:close', { id: added.id, closed: true });
    expect(await last()).toMatchObject({
      action: 'goal.close',
      label: 'Roll out to support and sales',
    });
    await undo();
    expect(state()).toBe(afterEdit);
    expect(await last()).toMatchObject({ action: 'goal.edit' });
    await undo();
    expect(state()).toBe(afterAdd);
    await undo();
    expect(state()).toBe(start);
  });

  it('a narrative overwritten is restored, and the first save undone removes it', async () => {
    const got = await call<{ narrative: QbrNarrative }>('qbr:narrativeGet', {
      accountId: 'A1',
      quarter: '2026-Q3',
    });
    const start = state();
    const first = { ...got.narrative, summaryNotes: 'Strong quarter' };
    await call('qbr:narrativeSave', { accountId: 'A1', quarter: '2026-Q3', narrative: first });
    const afterFirst = state();
    await call('qbr:narrativeSave', {
      accountId: 'A1',
      quarter: '2026-Q3',
      narrative: { ...first, summaryNotes: 'Oops, pasted the wrong text' },
    });
    await undo();
    expect(state()).toBe(afterFirst);
    const back = await call<{ narrative: QbrNarrative }>('qbr:narrativeGet', {
      accountId: 'A1',
      quarter: '2026-Q3',
    });
    expect(back.narrative.summaryNotes).toBe('Strong quarter');
    await undo();
    expect(state()).toBe(start);
  });

  it('refuses to undo a row changed since, leaving it as it is', async () => {
    const note = await call<{ id: number }>('notes:add', { accountId: 'A1', text: 'First' });
    await call('notes:add', { accountId: 'A1', text: 'Second' });
    const ws = t.services.workspaces.require();
    // Something outside the edit paths (an import, say) rewrites the second note.
    ws.transaction(() =>
      ws.db.run("UPDATE csm_notes SET text = 'Rewritten' WHERE text = 'Second'"),
    );
    const notesBefore = JSON.stringify(ws.db.exec('SELECT * FROM csm_notes ORDER BY id'));
    const error = await refusal('edit:undo', {});
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed since/);
    expect(JSON.stringify(ws.db.exec('SELECT * FROM csm_notes ORDER BY id'))).toBe(notesBefore);
    // The stale change left the list: the next undo reaches the one before it.
    expect(await last()).toMatchObject({ label: 'First' });
    await undo();
    const ids = ws.db.exec('SELECT id FROM csm_notes')[0]?.values.flat() ?? [];
    expect(ids).not.toContain(note.id);
  });

  it("the toast's undo refuses once another change was made after its own", async () => {
    await call('notes:add', { accountId: 'A1', text: 'First' });
    const shown = await last();
    await call('notes:add', { accountId: 'A1', text: 'Second' });
    const before = state();
    const error = await refusal('edit:undo', { id: shown!.id });
    expect(error.code).toBe('CONFLICT');
    expect(state()).toBe(before);
  });

  it(`keeps only the last ${UNDO_KEPT} changes`, async () => {
    for (let i = 0; i < UNDO_KEPT + 5; i++)
      await call('notes:add', { accountId: 'A1', text: `Note ${i}` });
    const db = t.services.workspaces.require().db;
    expect(db.exec('SELECT COUNT(*) FROM edit_undo')[0]?.values[0]?.[0]).toBe(UNDO_KEPT);
    expect(await last()).toMatchObject({ label: `Note ${UNDO_KEPT + 4}` });
  });
});
