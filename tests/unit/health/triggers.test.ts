import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAYBOOK,
  Playbook,
  bandFor,
  evaluateTriggers,
  indexAccountData,
  triggersReadSnapshotsBefore,
} from '../../../src/shared/analytics/health';
import { mulberry32 } from '../../../src/shared/analytics/experiments';
import type {
  AccountData,
  HealthSnapshot,
  PlaybookTask,
  Trigger,
} from '../../../src/shared/analytics/health';
import { account, addDays, contact, event, line, mondays, survey, usage } from './fixtures';

function snapshot(date: string, score: number | null): HealthSnapshot {
  const band = score === null ? null : bandFor(score, { redBelow: 40, yellowBelow: 70 });
  return { date, modelVersion: 1, score, band, components: [], missing: [] };
}

function series(first: string, scores: (number | null)[]): HealthSnapshot[] {
  return mondays(first, scores.length).map((date, i) => snapshot(date, scores[i] ?? null));
}

function playbookWith(trigger: Trigger, dueDays = 7): Playbook {
  return Playbook.parse({
    version: 1,
    rules: [
      { id: 'r', enabled: true, trigger, actionKey: 'health.action.x', owner: 'csm', dueDays },
    ],
  });
}

/** Runs the evaluation on each date in turn, remembering the keys, as the app does. */
function runOver(
  playbook: Playbook,
  data: AccountData,
  snapshots: HealthSnapshot[],
  dates: string[],
) {
  const keys = new Set<string>();
  const fired: PlaybookTask[] = [];
  for (const date of dates) {
    for (const task of evaluateTriggers(playbook, { data, snapshots }, date, keys)) {
      keys.add(task.key);
      fired.push(task);
    }
  }
  return fired;
}

const base: AccountData = { account: account() };

describe('de-duplication', () => {
  const playbook = playbookWith({ type: 'champion_left', withinDays: 90 });
  const oneLeft = { ...base, contacts: [contact('C1', { endDate: '2024-05-01' }), contact('C2')] };

  it('fires once for a champion who left, however often it is evaluated', () => {
    const first = evaluateTriggers(playbook, { data: oneLeft, snapshots: [] }, '2024-05-06', []);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      ruleId: 'r',
      accountId: 'A1',
      cause: 'C1',
      trigger: 'champion_left',
    });
    const again = evaluateTriggers(playbook, { data: oneLeft, snapshots: [] }, '2024-05-13', [
      first[0]?.key ?? '',
    ]);
    expect(again).toEqual([]);
  });

  it('fires again for a new cause', () => {
    const twoLeft = {
      ...oneLeft,
      contacts: [...oneLeft.contacts, contact('C3', { endDate: '2024-05-15' })],
    };
    const tasks = runOver(
      playbook,
      twoLeft,
      [],
      ['2024-05-06', '2024-05-13', '2024-05-20', '2024-05-27'],
    );
    expect(tasks.map((t) => [t.cause, t.createdOn])).toEqual([
      ['C1', '2024-05-06'],
      ['C3', '2024-05-20'],
    ]);
  });

  it('keys tasks by rule, account and cause', () => {
    const [task] = evaluateTriggers(playbook, { data: oneLeft, snapshots: [] }, '2024-05-06', []);
    expect(task?.key).toBe('r|A1|C1');
    const other = { ...oneLeft, account: account({ id: 'A2' }) };
    const [otherTask] = evaluateTriggers(playbook, { data: other, snapshots: [] }, '2024-05-06', [
      'r|A1|C1',
    ]);
    expect(otherTask?.key).toBe('r|A2|C1');
  });
});

describe('score-based triggers', () => {
  it('entered_red: one task per spell in red', () => {
    const snaps = series('2024-01-01', [75, 35, 30, 20, 55, 38, 30]);
    const tasks = runOver(
      playbookWith({ type: 'entered_red' }),
      base,
      snaps,
      snaps.map((s) => s.date),
    );
    expect(tasks.map((t) => t.cause)).toEqual(['2024-01-08', '2024-02-05']);
  });

  it('entered_red names the start of the spell even when evaluated late', () => {
    const snaps = series('2024-01-01', [75, 35, 30, 20]);
    const [task] = evaluateTriggers(
      playbookWith({ type: 'entered_red' }),
      { data: base, snapshots: snaps },
      '2024-01-24',
      [],
    );
    expect(task?.cause).toBe('2024-01-08');
  });

  it('score_drop: fires when the score fell by the points over the weeks, once per drop', () => {
    const snaps = series('2024-01-01', [80, 80, 80, 80, 70, 62, 60, 75, 80, 80, 80, 60]);
    const tasks = runOver(
      playbookWith({ type: 'score_drop', points: 15, weeks: 4 }),
      base,
      snaps,
      snaps.map((s) => s.date),
    );
    // Week 5 (62) is 18 below week 1 (80) and week 6 (60) 20 below week 2; then recovery; week 11
    // (60) is 20 below week 7 (80).
    expect(tasks.map((t) => t.cause)).toEqual(['2024-02-05', '2024-03-18']);
  });

  it('score_drop compares with the week exactly that many weeks before, not a neighbour of a gap', () => {
    const playbook = playbookWith({ type: 'score_drop', points: 15, weeks: 2 });
    const snaps = series('2024-01-01', [90, 90, 90, 70]);
    const evaluate = (snapshots: typeof snaps) =>
      evaluateTriggers(playbook, { data: base, snapshots }, '2024-01-22', []).map((t) => t.cause);
    expect(evaluate(snaps)).toEqual(['2024-01-22']);
    // Without the week two before the last, there is nothing to compare it with.
    expect(evaluate(snaps.filter((s) => s.date !== '2024-01-08'))).toEqual([]);
  });

  it('renewal_soon_not_green: fires inside the window when not green, keyed by the renewal date', () => {
    const playbook = playbookWith({ type: 'renewal_soon_not_green', days: 90 });
    const data = { account: account({ renewalDate: '2024-08-01' }) };
    const yellow = series('2024-05-06', [65]);
    expect(
      evaluateTriggers(playbook, { data, snapshots: yellow }, '2024-05-06', [])[0]?.cause,
    ).toBe('2024-08-01');
    expect(
      evaluateTriggers(playbook, { data, snapshots: series('2024-05-06', [85]) }, '2024-05-06', []),
    ).toEqual([]);
    expect(
      evaluateTriggers(playbook, { data, snapshots: series('2024-04-01', [65]) }, '2024-04-01', []),
    ).toEqual([]);
    const nextYear = { account: account({ renewalDate: '2025-08-01' }) };
    const keys = ['r|A1|2024-08-01'];
    expect(
      evaluateTriggers(
        playbook,
        { data: nextYear, snapshots: series('2025-05-05', [65]) },
        '2025-05-05',
        keys,
      )[0]?.cause,
    ).toBe('2025-08-01');
  });

  it('low_usage: fires when usage fell below half the baseline, once per spell', () => {
    // 12 weeks at 10, then 0: the ratio falls under 0.5 in the third week at 0.
    const weeks = mondays('2024-01-01', 20);
    const points = weeks.map((date, i) => usage('logins', date, i < 12 ? 10 : 0));
    const snaps = weeks.map((date) => snapshot(date, 50));
    const data = { ...base, usage: points };
    const tasks = runOver(playbookWith({ type: 'low_usage', ratioBelow: 0.5 }), data, snaps, weeks);
    // In week i (0-based) the recent window holds weeks i-3..i, the baseline only weeks at 10.
    // At i = 13, two of four recent weeks are at 10 (ratio exactly 0.5, not below); at i = 14,
    // one is: ratio 0.25, and the spell lasts to the end.
    expect(tasks.map((t) => t.cause)).toEqual([weeks[14]]);
  });
});

describe('data-based triggers', () => {
  it('nps_detractor: one task per detractor answer', () => {
    const data = {
      ...base,
      surveys: [
        survey('S1', 'nps', '2024-05-01', 3),
        survey('S2', 'nps', '2024-05-02', 9),
        survey('S3', 'nps', '2024-05-10', 6),
      ],
    };
    const playbook = playbookWith({ type: 'nps_detractor', maxScore: 6, withinDays: 30 });
    const tasks = runOver(playbook, data, [], ['2024-05-03', '2024-05-10', '2024-05-17']);
    expect(tasks.map((t) => t.cause)).toEqual(['S1', 'S3']);
  });

  it('license_limit: fires at the limit, again only for a new seat count', () => {
    const playbook = playbookWith({ type: 'license_limit', utilisation: 1 });
    const contracts = [
      line('L1', { seats: 10, endDate: '2024-07-01' }),
      line('L2', { seats: 20, startDate: '2024-07-01' }),
    ];
    const points = [
      usage('active_users', '2024-05-06', 10),
      usage('active_users', '2024-05-13', 10),
      usage('active_users', '2024-07-08', 15),
      usage('active_users', '2024-08-05', 20),
    ];
    const data = { ...base, contracts, usage: points };
    const tasks = runOver(
      playbook,
      data,
      [],
      ['2024-05-06', '2024-05-13', '2024-07-08', '2024-08-05', '2024-08-12'],
    );
    expect(tasks.map((t) => [t.cause, t.createdOn])).toEqual([
      ['seats:10', '2024-05-06'],
      ['seats:20', '2024-08-05'],
    ]);
  });

  it('no_upsell_first_3_months: fires once after the window closes, not for old accounts', () => {
    const playbook = playbookWith({ type: 'no_upsell_first_3_months', days: 90, graceDays: 30 });
    const data = { ...base, contracts: [line('L1')] };
    const tasks = runOver(
      playbook,
      data,
      [],
      ['2024-03-25', '2024-04-01', '2024-04-08', '2024-06-03'],
    );
    expect(tasks.map((t) => [t.cause, t.createdOn])).toEqual([['2024-01-01', '2024-04-01']]);
    expect(runOver(playbook, data, [], ['2024-06-03'])).toEqual([]);
    const upsold = {
      ...base,
      contracts: [line('L1'), line('U', { upgrade: true, startDate: '2024-02-01' })],
    };
    expect(runOver(playbook, upsold, [], ['2024-04-01'])).toEqual([]);
  });

  it('no_contact: fires after the silence, keyed by the last contact', () => {
    const playbook = playbookWith({ type: 'no_contact', days: 60, eventTypes: ['meeting'] });
    const data = {
      ...base,
      events: [event('E1', 'meeting', '2024-02-01'), event('E2', 'meeting', '2024-05-01')],
    };
    const dates = mondays('2024-03-04', 24);
    const tasks = runOver(playbook, data, [], dates);
    expect(tasks.map((t) => [t.cause, t.createdOn])).toEqual([
      ['2024-02-01', '2024-04-01'],
      ['2024-05-01', '2024-07-01'],
    ]);
    expect(runOver(playbook, base, [], dates)).toEqual([]);
  });
});

describe('evaluateTriggers', () => {
  it('sets the due date from the rule and carries action and owner', () => {
    const data = { ...base, contacts: [contact('C1', { endDate: '2024-05-01' })] };
    const playbook = playbookWith({ type: 'champion_left', withinDays: 90 }, 5);
    const [task] = evaluateTriggers(playbook, { data, snapshots: [] }, '2024-05-30', []);
    expect(task).toMatchObject({
      createdOn: '2024-05-30',
      dueDate: addDays('2024-05-30', 5),
      actionKey: 'health.action.x',
      owner: 'csm',
    });
  });

  it('skips disabled rules and churned accounts', () => {
    const data = { ...base, contacts: [contact('C1', { endDate: '2024-05-01' })] };
    const rule = playbookWith({ type: 'champion_left', withinDays: 90 }).rules[0];
    if (!rule) throw new Error('no rule');
    const disabled = Playbook.parse({ version: 1, rules: [{ ...rule, enabled: false }] });
    expect(evaluateTriggers(disabled, { data, snapshots: [] }, '2024-05-06', [])).toEqual([]);
    const churned = { ...data, account: account({ churned: true }) };
    expect(
      evaluateTriggers(DEFAULT_PLAYBOOK, { data: churned, snapshots: [] }, '2024-05-06', []),
    ).toEqual([]);
  });

  it('ships a default playbook covering every trigger type, and rejects duplicate rule ids', () => {
    const types = new Set(DEFAULT_PLAYBOOK.rules.map((r) => r.trigger.type));
    expect([...types].sort()).toEqual(
      [
        'champion_left',
        'entered_red',
        'license_limit',
        'low_usage',
        'no_contact',
        'no_upsell_first_3_months',
        'nps_detractor',
        'renewal_soon_not_green',
        'score_drop',
      ].sort(),
    );
    const [rule] = DEFAULT_PLAYBOOK.rules;
    expect(Playbook.safeParse({ version: 1, rules: [rule, rule] }).success).toBe(false);
  });
});

describe('evaluating on the latest weeks of a history', () => {
  // Random histories with long red spells, drops and low-usage stretches, cut at random weeks:
  // wherever triggersReadSnapshotsBefore says the cut part is enough, it must give exactly the
  // tasks the whole history gives (and it must say so often, or the recompute gains nothing).
  it('gives the tasks the whole history gives whenever it says the weeks read suffice', () => {
    const rand = mulberry32(7);
    let sufficed = 0;
    let streaksJudged = 0;
    let needed = 0;
    for (let trial = 0; trial < 300; trial++) {
      const weeks = 20 + Math.floor(rand() * 60);
      const dates = mondays('2024-01-01', weeks);
      let level = 30 + rand() * 60;
      const scores = dates.map(() => {
        if (rand() < 0.15) level = rand() * 100; // a jump: drops and red spells start here
        return rand() < 0.03 ? null : Math.max(0, Math.min(100, level + (rand() - 0.5) * 6));
      });
      let activity = 20;
      const points = dates.flatMap((date) => {
        if (rand() < 0.1) activity = rand() < 0.5 ? 2 : 20;
        return [usage('logins', date, activity * (0.8 + rand() * 0.4))];
      });
      const data: AccountData = { ...base, usage: points };
      const index = indexAccountData(data);
      const history = series('2024-01-01', scores);
      const asOf = dates.at(-1)!;
      const whole = evaluateTriggers(
        DEFAULT_PLAYBOOK,
        { data, snapshots: history, index },
        asOf,
        [],
      );
      const cut = 1 + Math.floor(rand() * (weeks - 2));
      const recent = { data, snapshots: history.slice(cut), index };
      if (triggersReadSnapshotsBefore(DEFAULT_PLAYBOOK, recent, asOf)) {
        needed++;
        continue;
      }
      sufficed++;
      const tasks = evaluateTriggers(DEFAULT_PLAYBOOK, recent, asOf, []);
      expect(tasks).toEqual(whole);
      if (tasks.some((t) => ['score_drop', 'entered_red', 'low_usage'].includes(t.trigger)))
        streaksJudged++;
    }
    expect(sufficed).toBeGreaterThan(100);
    expect(needed).toBeGreaterThan(20);
    expect(streaksJudged).toBeGreaterThan(20);
  });

  it('asks for earlier weeks when a streak or its comparison reaches back past those read', () => {
    // Red and 50 points down on four weeks before from the seventh week on.
    const history = series('2024-01-01', [80, 80, 80, 80, 80, 80, 30, 30, 30, 30]);
    const data: AccountData = base;
    const index = indexAccountData(data);
    const asOf = history.at(-1)!.date;
    const read = (from: number) => ({ data, snapshots: history.slice(from), index });
    // Week 6 is red: is week 5? The drop at week 6 needs week 2; that week 5 did not drop, week 1.
    expect(triggersReadSnapshotsBefore(DEFAULT_PLAYBOOK, read(6), asOf)).toBe(true);
    expect(triggersReadSnapshotsBefore(DEFAULT_PLAYBOOK, read(4), asOf)).toBe(true);
    expect(triggersReadSnapshotsBefore(DEFAULT_PLAYBOOK, read(1), asOf)).toBe(false);
  });
});
