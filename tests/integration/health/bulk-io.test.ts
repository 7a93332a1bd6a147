// The recompute's bulk reads and writes: usage comes out of SQLite as JSON arrays and snapshots
// go in packed many to a statement. What goes through them must be exactly what plain rows hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/db/workspace';
import {
  accountsWithUsageBefore,
  readRecentUsage,
  readUsageRange,
} from '../../../src/main/health/usage-columns';
import { Statements } from '../../../src/main/db/statements';
import { replaceSnapshots, storedTrends } from '../../../src/main/health/snapshot-store';
import type { StoredWeek } from '../../../src/main/health/snapshot-store';
import { fromDay, toDay } from '../../../src/shared/analytics/health';
import type { UsagePoint } from '../../../src/shared/domain/entities';
import { mulberry32 } from '../../../src/shared/analytics/experiments';
import { account } from '../../unit/health/fixtures';
import { openWorkspace, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
let ws: Workspace;
beforeEach(async () => {
  t = testServices();
  ws = await openWorkspace(t);
});
afterEach(() => t.cleanup());

const FIRST = toDay('2024-01-01');

/** Doubles that need all 17 digits, tiny and huge ones, and plain counts. */
function awkwardValue(rand: () => number, i: number): number {
  const kinds = [
    () => rand() * 1000,
    () => (rand() * 1e6) / 7,
    () => rand() ** 9,
    () => 0.1 + 0.2,
    () => 1e-300 * rand(),
    () => 1.7976931348623157e308 * rand(),
    () => Math.round(rand() * 50),
  ];
  return kinds[i % kinds.length]!();
}

/** The points as plain rows give them, per account: metric order, then day order. */
function plainRows(accountId: string) {
  const rows = ws.db.exec(
    'SELECT metric, unixepoch(date) / 86400, value FROM usage_points WHERE account_id = ? ORDER BY metric, date',
    [accountId],
  )[0]?.values;
  return (rows ?? []).map(([metric, day, value]) => [String(metric), Number(day), Number(value)]);
}

function flatten(columns: {
  metrics: readonly string[];
  ends: readonly number[];
  days: readonly number[];
  values: readonly number[];
}) {
  const rows: [string, number, number][] = [];
  columns.metrics.forEach((metric, m) => {
    for (let i = m === 0 ? 0 : columns.ends[m - 1]!; i < columns.ends[m]!; i++)
      rows.push([metric, columns.days[i]!, columns.values[i]!]);
  });
  return rows;
}

describe('usage read as JSON arrays', () => {
  it('gives every stored double back bit for bit, by metric then day', () => {
    const rand = mulberry32(11);
    const ids = ['A1', 'A2', 'A3'];
    const usage: UsagePoint[] = [];
    for (const id of ids)
      for (const metric of ['logins', 'exports', 'api_calls'])
        for (let w = 0; w < 60; w++)
          usage.push({
            accountId: id,
            metric,
            date: fromDay(FIRST + 7 * w),
            value: awkwardValue(rand, usage.length),
          });
    writeRows(ws, { accounts: ids.map((id) => account({ id, name: id })), usage });
    const read = readUsageRange(ws.db, ids);
    for (const id of ids) expect(flatten(read.get(id)!)).toEqual(plainRows(id));
  });

  it('reads dates not written YYYY-MM-DD as SQLite does, which a file edited elsewhere may hold', () => {
    writeRows(ws, {
      accounts: [account({ id: 'E1', name: 'E1' })],
      usage: [0, 1, 2].map((w) => ({
        accountId: 'E1',
        metric: 'logins',
        date: fromDay(FIRST + 7 * w),
        value: w + 0.25,
      })),
    });
    ws.db.run(
      "INSERT INTO usage_points (account_id, metric, date, value) VALUES ('E1', 'logins', '2024-02-01T00:00', 7), ('E1', 'exports', '2024-02-01', 1)",
    );
    const read = readUsageRange(ws.db, ['E1']).get('E1')!;
    expect(flatten(read)).toEqual(plainRows('E1'));
    expect(flatten(read)).toContainEqual(['logins', toDay('2024-02-01'), 7]);
    const recent = readRecentUsage(ws.db, new Map([['E1', fromDay(FIRST + 7)]]), [
      'exports',
      'logins',
    ]);
    expect(flatten(recent.get('E1')!)).toEqual(
      plainRows('E1').filter(([, day]) => (day as number) >= FIRST + 7),
    );
  });

  it('reads only the accounts asked for, though others sort between them', () => {
    const ids = ['B1', 'B2', 'B3'];
    writeRows(ws, {
      accounts: ids.map((id) => account({ id, name: id })),
      usage: ids.map((id) => ({ accountId: id, metric: 'logins', date: '2024-01-01', value: 1 })),
    });
    const read = readUsageRange(ws.db, ['B1', 'B3']);
    expect([...read.keys()]).toEqual(['B1', 'B3']);
  });

  it('orders recent metrics as SQLite does, by UTF-8 bytes, not as a JavaScript sort', () => {
    // U+1D49C sorts before U+FF3A in UTF-16 units, after it in UTF-8 bytes.
    const metrics = ['\u{1D49C}', '\uFF3A', 'logins'];
    expect([...metrics].sort()).not.toEqual(['logins', '\uFF3A', '\u{1D49C}']);
    writeRows(ws, {
      accounts: [account({ id: 'C1', name: 'C1' })],
      usage: metrics.flatMap((metric) =>
        [0, 1, 2].map((w) => ({
          accountId: 'C1',
          metric,
          date: fromDay(FIRST + 7 * w),
          value: w + 0.5,
        })),
      ),
    });
    const since = new Map([['C1', fromDay(FIRST + 7)]]);
    const recent = readRecentUsage(ws.db, since, metrics).get('C1')!;
    expect(recent.metrics).toEqual(['logins', '\uFF3A', '\u{1D49C}']);
    expect(flatten(recent)).toEqual(
      plainRows('C1').filter(([, day]) => (day as number) >= FIRST + 7),
    );
    expect(accountsWithUsageBefore(ws.db, since)).toEqual(new Set(['C1']));
    expect(accountsWithUsageBefore(ws.db, new Map([['C1', fromDay(FIRST)]]))).toEqual(new Set());
  });

  it('reads recent points of metrics named with the separators its rows use', () => {
    const metrics = ['a\u001fb', 'c\u001e', 'logins'];
    writeRows(ws, {
      accounts: [account({ id: 'S1', name: 'S1' })],
      usage: metrics.flatMap((metric, m) =>
        [0, 1, 2].map((w) => ({
          accountId: 'S1',
          metric,
          date: fromDay(FIRST + 7 * w),
          value: m + w,
        })),
      ),
    });
    const recent = readRecentUsage(ws.db, new Map([['S1', fromDay(FIRST + 7)]]), metrics).get(
      'S1',
    )!;
    expect(flatten(recent)).toEqual(
      plainRows('S1').filter(([, day]) => (day as number) >= FIRST + 7),
    );
    expect(recent.metrics).toEqual(metrics);
  });

  it('reads every account by its own id and day, whatever the id looks like to JavaScript', () => {
    // The accounts cross as one JSON object: ids that objects treat specially must stay keys.
    const ids = ['__proto__', 'constructor', '10', '9', 'a"b\\c', ''];
    writeRows(ws, {
      accounts: ids.map((id) => account({ id, name: `n${id}` })),
      usage: ids.flatMap((id, a) =>
        [0, 1, 2, 3].map((w) => ({
          accountId: id,
          metric: 'logins',
          date: fromDay(FIRST + 7 * w),
          value: 10 * a + w,
        })),
      ),
    });
    const since = new Map(ids.map((id, a) => [id, fromDay(FIRST + 7 * (a % 4))]));
    const recent = readRecentUsage(ws.db, since, ['logins']);
    expect(new Set(recent.keys())).toEqual(new Set(ids));
    ids.forEach((id, a) =>
      expect(flatten(recent.get(id)!)).toEqual(
        plainRows(id).filter(([, day]) => (day as number) >= FIRST + 7 * (a % 4)),
      ),
    );
    expect(accountsWithUsageBefore(ws.db, since)).toEqual(new Set(ids.filter((_, a) => a % 4 > 0)));
  });
});

describe('snapshots written packed', () => {
  // An id that JavaScript objects treat specially: accounts cross to SQLite as one JSON object.
  const D2 = '__proto__';
  const stored = () =>
    ws.db.exec(
      'SELECT account_id, week, model_version, score, band, components FROM health_snapshots ORDER BY 1, 2',
    )[0]?.values ?? [];

  function weeks(count: number, seed: number, firstDay = FIRST): StoredWeek[] {
    const rand = mulberry32(seed);
    return Array.from({ length: count }, (_, w) => {
      const missing = w % 17 === 5;
      return {
        date: fromDay(firstDay + 7 * w),
        score: missing ? null : awkwardValue(rand, w) % 100,
        band: missing ? null : (['red', 'yellow', 'green'] as const)[w % 3]!,
        components: missing ? '[[null,null,1]]' : `[[${w},${(w * 0.37) % 100}],[null,null]]`,
      };
    });
  }

  it('stores each week as given, over more weeks than one statement takes', () => {
    // One set of statements for every write, as a recompute keeps them across its runs.
    const statements = new Statements(ws.db);
    writeRows(ws, {
      accounts: [account({ id: 'D1', name: 'D1' }), account({ id: D2, name: D2 })],
    });
    const long = weeks(1_234, 3);
    const short = weeks(9, 4);
    replaceSnapshots(statements, [
      { accountId: 'D1', from: null, modelVersion: 1, weeks: long },
      { accountId: D2, from: null, modelVersion: 1, weeks: short },
    ]);
    const expected = [
      ...long.map((w) => ['D1', w.date, 1, w.score, w.band, w.components]),
      ...short.map((w) => [D2, w.date, 1, w.score, w.band, w.components]),
    ];
    expect(stored()).toEqual(expected);

    // From a week on: the weeks before stay, the rest are replaced (and later ones dropped).
    const from = long[1_000]!.date;
    const redone = weeks(10, 5, toDay(from));
    replaceSnapshots(statements, [{ accountId: 'D1', from, modelVersion: 1, weeks: redone }]);
    const d1 = stored().filter((row) => row[0] === 'D1');
    expect(d1).toHaveLength(1_010);
    expect(d1.slice(1_000)).toEqual(
      redone.map((w) => ['D1', w.date, 1, w.score, w.band, w.components]),
    );

    const trends = storedTrends(
      ws.db,
      new Map([
        ['D1', from],
        [D2, short[4]!.date],
      ]),
    );
    const trendOf = (list: StoredWeek[]) =>
      list.map(({ date, score, band }) => ({ date, score, band }));
    expect(trends.get('D1')).toEqual({ weeks: trendOf(long.slice(0, 1_000)), complete: true });
    expect(trends.get(D2)).toEqual({ weeks: trendOf(short.slice(0, 4)), complete: true });
    // The latest few: complete only when there are no earlier weeks.
    const latest = storedTrends(
      ws.db,
      new Map([
        ['D1', from],
        [D2, short[4]!.date],
      ]),
      4,
    );
    expect(latest.get('D1')).toEqual({ weeks: trendOf(long.slice(996, 1_000)), complete: false });
    expect(latest.get(D2)).toEqual({ weeks: trendOf(short.slice(0, 4)), complete: true });

    // A history that now starts later and ends sooner (a later signup, a churn): the weeks
    // outside the new span go; those inside are updated where they are.
    const shorter = short.slice(3, 7).map((w) => ({ ...w, score: 1.5, components: '[[1,2]]' }));
    replaceSnapshots(statements, [{ accountId: D2, from: null, modelVersion: 1, weeks: shorter }]);
    expect(stored().filter((row) => row[0] === D2)).toEqual(
      shorter.map((w) => [D2, w.date, 1, 1.5, w.band, '[[1,2]]']),
    );
    replaceSnapshots(statements, [{ accountId: D2, from: null, modelVersion: 1, weeks: [] }]);
    expect(stored().filter((row) => row[0] === D2)).toEqual([]);
    statements.free();
  });

  it('refuses weeks whose text it could not take apart, and writes none of them', () => {
    writeRows(ws, { accounts: [account({ id: 'D1', name: 'D1' })] });
    const [good] = weeks(1, 6);
    const statements = new Statements(ws.db);
    const write = (week: StoredWeek) =>
      replaceSnapshots(statements, [
        { accountId: 'D1', from: null, modelVersion: 1, weeks: [good!, week] },
      ]);
    expect(() => write({ ...good!, date: '2024-1-8' })).toThrow(/date/);
    expect(() => write({ ...good!, date: '2024-01-08', components: '["é"]' })).toThrow(/ASCII/);
    expect(stored()).toEqual([]);
    statements.free();
  });
});
