import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/main/platform/clock';
import {
  dataCoverage,
  lastUsageDates,
  overrideAsOf,
  setStoredAsOf,
  workspaceAsOf,
} from '../../../src/main/time/as-of';
import { reviewQuarter } from '../../../src/shared/analytics/portfolio/periods';
import { bookRows, openWorkspace, sampleBook, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

let t: TestServices;
afterEach(() => t.cleanup());

// The last dates each kind has, read straight from the generated book (not from SQL).
function lastOf(dates: (string | null)[]): string {
  return dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) as string;
}

describe('workspace as-of date', () => {
  it('defaults to the latest date the data cover, whatever the clock, and says how old it is', async () => {
    t = testServices();
    const ws = await openWorkspace(t);
    const book = sampleBook();
    writeRows(ws, bookRows(book));
    const expectedEnd = [
      lastOf(book.usage.map((u) => u.date)),
      lastOf(book.surveys.map((s) => s.date)),
      lastOf(book.tickets.flatMap((k) => [k.openedDate, k.closedDate])),
      lastOf(book.events.map((e) => e.date)),
    ]
      .sort()
      .at(-1);
    const december = workspaceAsOf(ws.db, fixedClock('2026-12-02T10:00:00Z'));
    const march = workspaceAsOf(ws.db, fixedClock('2027-03-15T10:00:00Z'));
    expect(december.asOf).toBe(expectedEnd);
    expect(march.asOf).toBe(expectedEnd);
    expect(december.source).toBe('data');
    expect(december.coverage.usage.lastDate).toBe(lastOf(book.usage.map((u) => u.date)));
    expect(december.coverage.contract_lines.lastDate).toBe(
      lastOf(book.contractLines.map((l) => l.startDate)),
    );
    // 30 Sep to 2 Dec is 63 days.
    expect(december.dataAgeDays).toBe(
      Math.round((Date.parse('2026-12-02') - Date.parse(expectedEnd as string)) / 86_400_000),
    );
    expect(march.dataAgeDays).toBeGreaterThan(december.dataAgeDays as number);
    const someAccount = book.accounts[0]?.id as string;
    expect(lastUsageDates(ws.db).get(someAccount)).toBe(
      lastOf(book.usage.filter((u) => u.accountId === someAccount).map((u) => u.date)),
    );
    expect(dataCoverage(ws.db).usageCadenceDays).toBe(7);
    // The Portfolio's first paint waits for this answer: nothing in it grows with the book (it
    // once carried every account's last usage date, 150 KB at 5,000 accounts, read by no one).
    expect(Object.keys(december).sort()).toEqual(
      ['asOf', 'coverage', 'dataAgeDays', 'dataEnd', 'source', 'today'].sort(),
    );
  });

  it("finds every account's last usage date as a pass over all points would", async () => {
    t = testServices();
    const ws = await openWorkspace(t);
    writeRows(ws, bookRows(sampleBook()));
    // Odd shapes too: one point, a metric name sorting first, an account id sorting last.
    ws.db.run(
      "INSERT INTO accounts (id, name, currency, churned) VALUES ('zz-last', 'Z', 'USD', 0), ('00-first', 'A', 'USD', 0)",
    );
    ws.db.run(
      "INSERT INTO usage_points (account_id, metric, date, value) VALUES ('zz-last', '', '2031-01-01', 1), ('00-first', 'x', '2020-02-02', 1), ('00-first', 'y', '2019-01-01', 2)",
    );
    writeRows(ws, { events: [] }); // a new batch: the coverage is read again
    const scanned = Object.fromEntries(
      (
        ws.db.exec('SELECT account_id, MAX(date) FROM usage_points GROUP BY account_id')[0]
          ?.values ?? []
      ).map(([id, date]) => [String(id), String(date)]),
    );
    expect(Object.keys(scanned).length).toBeGreaterThan(10);
    expect(Object.fromEntries(lastUsageDates(ws.db))).toEqual(scanned);
    expect(dataCoverage(ws.db).lastDates.usage).toBe('2031-01-01');
  });

  it('a stored date beats the data, a run override beats both, and clearing goes back', async () => {
    t = testServices();
    const ws = await openWorkspace(t);
    writeRows(ws, bookRows(sampleBook()));
    const clock = fixedClock('2026-12-02T10:00:00Z');
    const dataEnd = workspaceAsOf(ws.db, clock).asOf;
    setStoredAsOf(ws.db, '2026-08-31');
    expect(workspaceAsOf(ws.db, clock)).toMatchObject({ asOf: '2026-08-31', source: 'user' });
    expect(workspaceAsOf(ws.db, clock, '2026-07-01').asOf).toBe('2026-07-01');
    expect(() => setStoredAsOf(ws.db, '2026-02-31')).toThrow(/Not a date/);
    expect(() => overrideAsOf({}, 'tomorrow')).toThrow(/Not a date/);
    setStoredAsOf(ws.db, null);
    expect(workspaceAsOf(ws.db, clock)).toMatchObject({ asOf: dataEnd, source: 'data' });
  });

  it('an empty workspace is as of the clock', async () => {
    t = testServices();
    const ws = await openWorkspace(t);
    const info = workspaceAsOf(ws.db, fixedClock('2026-12-02T10:00:00Z'));
    expect(info).toMatchObject({ asOf: '2026-12-02', dataEnd: null, dataAgeDays: null });
    expect(info.coverage.usage.lastDate).toBeNull();
  });
});

describe('review quarter', () => {
  it('is the quarter holding the as-of date near its end, else the one before', () => {
    expect(reviewQuarter('2026-09-30')).toBe('2026-Q3');
    expect(reviewQuarter('2026-09-20')).toBe('2026-Q3');
    expect(reviewQuarter('2026-09-10')).toBe('2026-Q2');
    expect(reviewQuarter('2026-12-02')).toBe('2026-Q3');
    expect(reviewQuarter('2027-01-05')).toBe('2026-Q4');
  });
});
