// The Portfolio's first rows, asked for as the app starts next to workspace:info instead of after
// it: the app opens on the Portfolio, and waiting for the workspace's info (and for the screen to
// mount) before asking put a round trip to main ahead of the first painted row.
import type { InputOf, TableAnswer } from '../../../../shared/ipc/contract';
import { call } from '../../lib/ipc';
import { INITIAL_TABLE, tableQuery } from './tableState';

/** A screenful and then some: the first answer is small, so the first rows paint at once. */
export const FIRST_ROWS = 50;

type TableRequest = InputOf<'portfolio:table'>;

/** The first rows of a query, without waiting for health scores being recomputed. */
export function firstPageRequest(query: Omit<TableRequest, 'limit' | 'waitForHealth'>) {
  return { ...query, limit: FIRST_ROWS, waitForHealth: false } satisfies TableRequest;
}

let early: { key: string; answer: Promise<TableAnswer | null> } | null = null;

/**
 * Asks main for the first page of the table the Portfolio opens with. Without a workspace open
 * main refuses, which is no answer here: the screen asks again once it has one.
 */
export function askFirstPageEarly(): void {
  const request = firstPageRequest(tableQuery(INITIAL_TABLE));
  early = {
    key: JSON.stringify(request),
    answer: call('portfolio:table', request).catch(() => null),
  };
}

/** The early answer to exactly this request, given out once; null when there is none. */
export function takeFirstPage(request: TableRequest): Promise<TableAnswer | null> | null {
  const answer = early?.key === JSON.stringify(request) ? early.answer : null;
  early = null;
  return answer;
}
