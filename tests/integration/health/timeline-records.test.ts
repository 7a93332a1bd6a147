// Exported QBR packs and churn post-mortems on the account timeline: written the way the app
// writes them (the export log, the post-mortem channel), read back from the workspace, ordered
// among the account's other history and filterable by kind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAccountData } from '../../../src/main/health/load';
import {
  accountRecordSources,
  pageTimeline,
  timelineItems,
} from '../../../src/main/timeline/items';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { recordExport } from '../../../src/main/qbr/export-log';
import type { TimelineItem } from '../../../src/shared/ipc/contract';
import { account, event, line } from '../../unit/health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
const ACME = account({ signupDate: '2025-01-06', churned: true });

const db = () => t.services.workspaces.require().db;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input, t.services);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The account's whole timeline as the Account screen's channel builds it, with the records. */
function timeline(): TimelineItem[] {
  return timelineItems({
    data: loadAccountData(db(), ACME),
    snapshots: [],
    tasks: [],
    notes: [],
    experiments: [],
    ...accountRecordSources(db(), 'A1'),
  });
}

beforeEach(async () => {
  t = testServices();
  const ws = await openWorkspace(t);
  writeRows(ws, {
    accounts: [ACME],
    contract_lines: [
      line('L1', { startDate: '2025-01-06', endDate: '2026-03-31', churn: true, plan: 'Pro' }),
    ],
    events: [event('E1', 'QBR', '2025-10-02'), event('E2', 'meeting', '2026-02-10')],
    churn: [{ accountId: 'A1', date: '2026-03-31', reason: 'low_usage', note: 'Stopped using' }],
  });
  recordExport(ws.db, {
    accountId: 'A1',
    quarter: '2025-Q4',
    language: 'th',
    files: ['/home/csm/QBR/Acme 2025-Q4.pdf', 'C:\\Users\\csm\\Acme 2025-Q4.pptx'],
    exportedAt: '2026-01-15T10:20:00.000Z',
  });
  recordExport(ws.db, {
    accountId: 'A1',
    quarter: '2026-Q1',
    language: 'en',
    files: ['/home/csm/QBR/<img src=x onerror=alert(1)> Acme & Co 2026-Q1.pdf'],
    exportedAt: '2026-04-02T08:00:00.000Z',
  });
  // Another account's export stays off this timeline.
  recordExport(ws.db, {
    accountId: 'A2',
    quarter: '2026-Q1',
    language: 'en',
    files: ['/x/other.pdf'],
    exportedAt: '2026-04-03T08:00:00.000Z',
  });
});
afterEach(() => t.cleanup());

describe('QBR exports and post-mortems on the timeline', () => {
  it('a post-mortem appears only once saved, with its reason, owning teams and summary', async () => {
    expect(accountRecordSources(db(), 'A1').postMortems).toEqual([]);
    expect(timeline().some((i) => i.kind === 'postmortem')).toBe(false);

    await call('portfolio:savePostMortem', {
      accountId: 'A1',
      reason: 'low_usage',
      couldHaveDone: 'Run an adoption workshop',
      lessons: '<script>alert(1)</script> Watch weekly actives',
    });
    const item = timeline().find((i) => i.kind === 'postmortem');
    expect(item).toEqual({
      id: 'postmortem:A1',
      kind: 'postmortem',
      // Dated on the churn it explains (from the churn record, as the post-mortem form does).
      date: '2026-03-31',
      titleKey: 'timeline.postmortem.owned',
      title: null,
      params: { reason: 'low_usage', teams: ['support', 'onboarding'] },
      // Typed text is carried as it was typed; the renderer shows it as text.
      detail: 'Run an adoption workshop · <script>alert(1)</script> Watch weekly actives',
    });
  });

  it('owning teams follow the CSM’s edits, and a reason with no team says so', async () => {
    await call('portfolio:setChurnReasonTeams', {
      teams: { low_usage: ['product', 'Growth squad'] },
    });
    await call('portfolio:savePostMortem', {
      accountId: 'A1',
      reason: 'low_usage',
      couldHaveDone: '',
      lessons: '',
    });
    expect(timeline().find((i) => i.kind === 'postmortem')).toMatchObject({
      params: { teams: ['product', 'Growth squad'] },
      detail: null,
    });
    await call('portfolio:savePostMortem', {
      accountId: 'A1',
      churnDate: null,
      reason: 'other',
      couldHaveDone: '',
      lessons: 'Nothing we could do',
    });
    expect(timeline().find((i) => i.kind === 'postmortem')).toMatchObject({
      titleKey: 'timeline.postmortem.unowned',
      params: { reason: 'other', teams: [] },
    });
  });

  it('an export shows its quarter, language and file names, never another account’s', () => {
    const exports = timeline().filter((i) => i.id.startsWith('qbr:export:'));
    expect(exports).toEqual([
      {
        id: 'qbr:export:2',
        kind: 'qbr',
        date: '2026-04-02',
        titleKey: 'timeline.qbr.exported',
        title: null,
        params: { quarter: '2026-Q1', language: 'en' },
        detail: '<img src=x onerror=alert(1)> Acme & Co 2026-Q1.pdf',
      },
      {
        id: 'qbr:export:1',
        kind: 'qbr',
        date: '2026-01-15',
        titleKey: 'timeline.qbr.exported',
        title: null,
        params: { quarter: '2025-Q4', language: 'th' },
        detail: 'Acme 2025-Q4.pdf, Acme 2025-Q4.pptx',
      },
    ]);
  });

  it('sorts them newest first among the other items, the post-mortem above the churn it explains', async () => {
    await call('portfolio:savePostMortem', {
      accountId: 'A1',
      reason: 'low_usage',
      couldHaveDone: 'Earlier check-ins',
      lessons: '',
    });
    expect(timeline().map((i) => i.id)).toEqual([
      'qbr:export:2',
      'postmortem:A1',
      'contract:L1:end',
      'event:E2',
      'qbr:export:1',
      'qbr:E1',
      'contract:L1:start',
    ]);
  });

  it('filters by kind: QBRs are held and exported ones, post-mortems on their own', async () => {
    await call('portfolio:savePostMortem', {
      accountId: 'A1',
      reason: 'low_usage',
      couldHaveDone: '',
      lessons: 'Watch weekly actives',
    });
    const items = timeline();
    const qbrs = pageTimeline(items, { kinds: ['qbr'], offset: 0, limit: 100 });
    expect(qbrs.items.map((i) => i.id)).toEqual(['qbr:export:2', 'qbr:export:1', 'qbr:E1']);
    expect(qbrs.total).toBe(3);
    const postMortems = pageTimeline(items, { kinds: ['postmortem'], offset: 0, limit: 100 });
    expect(postMortems.items.map((i) => i.id)).toEqual(['postmortem:A1']);
    const both = pageTimeline(items, { kinds: ['postmortem', 'contract'], offset: 0, limit: 100 });
    expect(both.items.map((i) => i.id)).toEqual([
      'postmortem:A1',
      'contract:L1:end',
      'contract:L1:start',
    ]);
    expect(both.counts).toMatchObject({ qbr: 3, postmortem: 1, contract: 2, event: 1 });
  });
});
