// The QBR's goals section reads the success plan: measured numbers replace a hand-typed goal's of
// the same title (the CSM's words stay), other measured goals are added, no data never reads 0%,
// and the section carries a chart of progress against time elapsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/db/workspace';
import { sectionChart } from '../../../src/main/export/section-charts';
import { addGoal, setGoalClosed } from '../../../src/main/goals/service';
import { attentionFor } from '../../../src/main/portfolio/attention';
import { buildQbrDocument } from '../../../src/main/qbr/build';
import { defaultNarrative } from '../../../src/main/qbr/narrative-store';
import type { GoalsData } from '../../../src/shared/qbr/document';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

const ACCOUNT = 'ACC-1001';
let t: TestServices;
let ws: Workspace;
let metric: string;
let weekly: Map<string, number>;

beforeAll(async () => {
  t = testServices();
  const opened = await openQbrWorkspace(t, [ACCOUNT], 'qbr-goals.qbr');
  ws = opened.ws;
  metric = opened.book.usage.find((u) => u.accountId === ACCOUNT)?.metric as string;
  // The sample's usage is weekly and dated on Mondays: each point is its week's value.
  weekly = new Map(
    opened.book.usage
      .filter((u) => u.accountId === ACCOUNT && u.metric === metric)
      .map((u) => [u.date, u.value]),
  );
}, 60_000);
afterAll(() => t.cleanup());

describe('the QBR goals section', () => {
  it('shows measured goals beside the hand-typed ones', () => {
    const at = '2026-10-01T09:00:00.000Z';
    const base = { accountId: ACCOUNT, startDate: '2026-06-01', dueDate: '2026-12-28' };
    const baseline = weekly.get('2026-06-01') as number;
    addGoal(
      ws,
      {
        ...base,
        title: 'Adopt it everywhere',
        measureKind: 'usage',
        measureRef: metric,
        target: baseline * 3,
      },
      '2026-09-30',
      at,
    );
    addGoal(
      ws,
      { ...base, title: 'Hear from users', measureKind: 'ces', target: 2 },
      '2026-09-30',
      at,
    );
    const narrative = {
      ...defaultNarrative('en'),
      goals: [
        {
          goal: 'Adopt it everywhere',
          measure: 'Weekly logins, all teams',
          progressPercent: 90,
          status: 'done' as const,
          due: null,
        },
        {
          goal: 'Executive sponsor',
          measure: '',
          progressPercent: 40,
          status: 'at_risk' as const,
          due: null,
        },
      ],
    };
    const doc = buildQbrDocument(ws.db, {
      accountId: ACCOUNT,
      quarter: '2026-Q3',
      narrative,
      today: '2026-10-01',
      asOf: '2026-09-30',
    });
    const section = doc.sections.find((s) => s.kind === 'goals');
    expect(section?.status).toBe('ok');
    const data = (section as { data: GoalsData }).data;
    const current = weekly.get('2026-09-28') as number;
    const expected = Math.round(((current - baseline) / (baseline * 3 - baseline)) * 100);
    expect(data.goals[0]).toMatchObject({
      goal: 'Adopt it everywhere',
      measure: 'Weekly logins, all teams',
      progressPercent: Math.min(100, Math.max(0, expected)),
    });
    expect(data.goals[0]?.outcome).toContain('→');
    // The hand-typed goal without a measured twin stays as typed.
    expect(data.goals[1]).toMatchObject({ goal: 'Executive sponsor', progressPercent: 40 });
    // No CES answers in the start week: said in words, not 0%.
    expect(data.goals[2]?.goal).toBe('Hear from users');
    expect(data.goals[2]?.progressLabel).toBe('No data yet');
    // One account is no peer group: the benchmarks slide is left out, with the reason.
    const withBench = buildQbrDocument(ws.db, {
      accountId: ACCOUNT,
      quarter: '2026-Q3',
      narrative: { ...narrative, sections: [...narrative.sections, 'benchmarks'] },
      today: '2026-10-01',
      asOf: '2026-09-30',
    });
    expect(withBench.sections.some((s) => s.kind === 'benchmarks')).toBe(false);
    expect(withBench.meta.omitted.map((o) => o.kind)).toContain('benchmarks');
    expect(defaultNarrative('en').sections).not.toContain('benchmarks');
    const chart = sectionChart(section!, 'en');
    expect(chart?.kind).toBe('bar');
    expect(chart && 'categories' in chart ? chart.categories : []).toEqual(['Adopt it everywhere']);
  });

  it('puts an open goal at risk in the Portfolio Needs attention, and not once closed', () => {
    const baseline = weekly.get('2026-06-01') as number;
    const goal = addGoal(
      ws,
      {
        accountId: ACCOUNT,
        title: 'Hundredfold usage',
        startDate: '2026-06-01',
        dueDate: '2026-12-28',
        measureKind: 'usage',
        measureRef: metric,
        target: baseline * 100,
      },
      '2026-09-30',
      '2026-10-01T09:00:00.000Z',
    );
    expect(goal.evaluation.status).toBe('at_risk');
    const opts = { asOf: '2026-09-30', renewalDays: 90, recentDays: 14 };
    const items = attentionFor(ws.db, opts).items.filter((i) => i.kind === 'goal_at_risk');
    expect(items.map((i) => i.goalTitle)).toContain('Hundredfold usage');
    setGoalClosed(ws, goal.id, true, '2026-09-30', '2026-10-01T10:00:00.000Z');
    const after = attentionFor(ws.db, opts).items.filter((i) => i.kind === 'goal_at_risk');
    expect(after.map((i) => i.goalTitle)).not.toContain('Hundredfold usage');
  });
});
