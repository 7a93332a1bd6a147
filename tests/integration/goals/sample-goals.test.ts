// Goals and benchmarks on the sample book, checked against figures worked out here from the
// sample's own usage.csv (parsed as text, not through the importer or the goal code).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../helpers/cli';
import { ensureHealthFresh } from '../../../src/main/health/recompute';
import { buildQbrDocument } from '../../../src/main/qbr/build';
import { defaultNarrative } from '../../../src/main/qbr/narrative-store';
import { writeSampleFiles } from '../../../src/main/sample/write-files';
import { addDays } from '../../../src/shared/domain/dates';
import { openQbrWorkspace } from '../../helpers/qbr-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let file: string;
/** account -> metric -> Monday -> summed value, from usage.csv. */
const weekly = new Map<string, Map<string, Map<string, number>>>();
let accounts: { id: string; name: string; segment: string | null; churned: boolean }[] = [];

/** Monday of an ISO date, worked out with Date rather than the app's date helpers. */
function mondayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = testServices();
  const { book, file: f } = await openQbrWorkspace(t, null, 'goals.qbr');
  file = f;
  accounts = book.accounts.map((a) => ({
    id: a.id,
    name: a.name,
    segment: a.segment,
    churned: a.churned,
  }));
  const out = path.join(t.dir, 'sources');
  fs.mkdirSync(out);
  await writeSampleFiles(book, out);
  const lines = fs.readFileSync(path.join(out, 'usage.csv'), 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('account_id,metric,date,value');
  for (const line of lines.slice(1)) {
    const [account, metric, date, value] = line.split(',') as [string, string, string, string];
    const byMetric = weekly.get(account) ?? new Map<string, Map<string, number>>();
    const weeks = byMetric.get(metric) ?? new Map<string, number>();
    const monday = mondayOf(date);
    weeks.set(monday, (weeks.get(monday) ?? 0) + Number(value));
    byMetric.set(metric, weeks);
    weekly.set(account, byMetric);
  }
  t.services.workspaces.closeAll();
}, 120_000);
afterAll(() => t.cleanup());

const cli = (...argv: string[]) => runCliCapturing(t.services, argv);

interface GoalJson {
  baseline: number | null;
  current: number | null;
  target: number;
  progressPercent: number | null;
  status: string;
  weeks: { baseline: string | null; current: string | null };
}

describe('goals on the sample book', () => {
  it('acceptance: the metric that grew most over 25 weeks, target twice the growth, reads 50%', async () => {
    let best = { account: '', metric: '', start: '', last: '', base: 0, growth: -Infinity };
    for (const [account, byMetric] of weekly)
      for (const [metric, weeks] of byMetric) {
        const last = [...weeks.keys()].sort().at(-1) as string;
        const start = addDays(last, -7 * 25);
        const base = weeks.get(start);
        if (base === undefined) continue;
        const growth = (weeks.get(last) as number) - base;
        if (growth > best.growth) best = { account, metric, start, last, base, growth };
      }
    expect(best.growth).toBeGreaterThan(0);
    const target = best.base + 2 * best.growth;
    const added = await cli(
      'goal-add',
      ...['--workspace', file, '--account', best.account, '--title', 'Grow', '--metric'],
      ...[best.metric, '--target', String(target), '--start', best.start],
      ...['--due', addDays(best.last, 70), '--json'],
    );
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    const listed = await cli('goals', '--workspace', file, '--account', best.account, '--json');
    const [goal] = JSON.parse(listed.out) as GoalJson[];
    expect(goal?.weeks).toEqual({ baseline: best.start, current: best.last });
    expect(goal?.baseline).toBe(best.base);
    expect(goal?.current).toBe(best.base + best.growth);
    expect(goal?.progressPercent).toBeCloseTo(50, 9);
  });

  it('refuses a target equal to the baseline and leaves the workspace unchanged', async () => {
    const [account, byMetric] = [...weekly][1] as [string, Map<string, Map<string, number>>];
    const [metric, weeks] = [...byMetric][0] as [string, Map<string, number>];
    const start = [...weeks.keys()].sort()[4] as string;
    const before = await cli('goals', '--workspace', file, '--account', account, '--json');
    const run = await cli(
      'goal-add',
      ...['--workspace', file, '--account', account, '--title', 'Same', '--metric', metric],
      ...['--target', String(weeks.get(start)), '--start', start, '--due', addDays(start, 90)],
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/equals the baseline/);
    const after = await cli('goals', '--workspace', file, '--account', account, '--json');
    expect(after.out).toBe(before.out);
  });

  it('benchmarks compare with live peers of the segment and never name them', async () => {
    const subject = accounts.find((a) => !a.churned) as (typeof accounts)[number];
    const run = await cli('benchmarks', '--workspace', file, '--account', subject.id, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as {
      segmentPeers: number;
      bookPeers: number;
      references: unknown[];
      rows: { measure: string; segment: { peerCount: number } | null }[];
    };
    const live = accounts.filter((a) => !a.churned && a.id !== subject.id);
    expect(result.bookPeers).toBe(live.length);
    expect(result.segmentPeers).toBe(live.filter((a) => a.segment === subject.segment).length);
    expect(result.references).toEqual([]);
    for (const a of accounts) if (a.id !== subject.id) expect(run.out).not.toContain(a.id);
    // The optional QBR slide: 'compared with N similar customers', no other name or id.
    const ws = await t.services.workspaces.open(file);
    ensureHealthFresh(ws, '2026-09-30');
    const doc = buildQbrDocument(ws.db, {
      accountId: subject.id,
      quarter: '2026-Q3',
      narrative: { ...defaultNarrative('en'), sections: ['benchmarks'] },
      today: '2026-10-01',
      asOf: '2026-09-30',
    });
    t.services.workspaces.closeAll();
    const slide = JSON.stringify(doc.sections);
    expect(slide).toContain(`Compared with ${result.segmentPeers} similar customers`);
    for (const a of accounts)
      if (a.id !== subject.id) {
        expect(slide).not.toContain(a.id);
        expect(slide).not.toContain(a.name);
      }
    const help = await cli('benchmarks', '--help');
    expect(help.out).toMatch(/^Usage: .*benchmarks --workspace FILE --account ID/);
  });
});
