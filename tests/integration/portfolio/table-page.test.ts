// A page of the accounts table reads only the columns its filter and order need of every account
// (then every column of the rows it shows), so it must answer exactly what the whole table
// answers, cut to the page: same rows, same order, same counts and filter choices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFor } from '../../../src/main/portfolio/table';
import { TableSortKey } from '../../../src/shared/ipc/contract';
import type { TableQuery } from '../../../src/shared/ipc/contract';
import { bookRows, sampleBook } from '../../helpers/health-workspace';
import { request, workspaceWith } from '../../helpers/portfolio-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';
import type { Workspace } from '../../../src/main/db/workspace';

let t: TestServices;
let ws: Workspace;
let asOf: string;
beforeAll(async () => {
  t = testServices();
  ws = await workspaceWith(t, bookRows(sampleBook()));
  await request(t, 'portfolio:table', {}); // brings the health scores up to date
  asOf = (await request(t, 'health:asOf', {})).asOf;
});
afterAll(() => t.cleanup());

// Every sort the contract allows, so a new one is covered without touching this test.
const SORTS = TableSortKey.options;

function queries(): TableQuery[] {
  const accounts = sampleBook().accounts;
  const segment = accounts.find((a) => a.segment)?.segment ?? undefined;
  const owner = accounts.find((a) => a.owner)?.owner ?? undefined;
  const filters: Partial<TableQuery>[] = [
    {},
    { includeChurned: false },
    { includeChurned: true },
    { segment },
    { owner, includeChurned: false },
    { search: accounts[3]!.name.slice(0, 3) },
    { band: 'red' },
    { currency: 'EUR' },
  ];
  return SORTS.flatMap((sortBy) =>
    (['asc', 'desc'] as const).flatMap((sortDir) =>
      filters.map((f) => ({ sortBy, sortDir, ...f }) as TableQuery),
    ),
  );
}

describe('a page of the accounts table', () => {
  it('is the whole table cut to the page, for every order and filter', () => {
    const whole = tableFor(ws.db, { sortBy: 'name', sortDir: 'asc' }, asOf);
    // The book must be varied enough for the comparison to mean something.
    expect(whole.churnedCount).toBeGreaterThan(0);
    expect(whole.segments.length).toBeGreaterThan(1);
    expect(whole.owners.length).toBeGreaterThan(1);
    expect(whole.bands.length).toBeGreaterThan(1);
    for (const healthPending of [false, true]) {
      for (const query of queries()) {
        const all = tableFor(ws.db, query, asOf, { healthPending });
        for (const limit of [1, 7, all.total + 1]) {
          const page = tableFor(ws.db, query, asOf, { healthPending, limit });
          expect(page, JSON.stringify({ query, limit, healthPending })).toEqual({
            ...all,
            rows: all.rows.slice(0, limit),
          });
        }
      }
    }
  });
});
