// An account's peer benchmarks as the account page, the QBR and the CLI show them.
import type { AccountBenchmarks } from '../../shared/analytics/benchmarks';
import {
  MIN_PEERS,
  RETENTION_REFERENCES,
  benchmarkAccount,
} from '../../shared/analytics/benchmarks';
import { getAccount } from '../db/repos/accounts';
import type { Workspace } from '../db/workspace';
import { ensureHealthFresh } from '../health/recompute';
import { cachedBenchmarkBook } from './book-cache';

export function accountBenchmarks(
  ws: Workspace,
  accountId: string,
  asOf: string,
  opts: { references?: boolean } = {},
): AccountBenchmarks {
  const account = getAccount(ws.db, accountId);
  ensureHealthFresh(ws, asOf);
  const book = cachedBenchmarkBook(ws.db, asOf);
  // A churned account is compared with the live book it left.
  const subject = book.find((s) => s.id === accountId);
  const withSubject = subject
    ? book
    : [...book, { id: accountId, segment: account.segment, values: emptyValues() }];
  const others = withSubject.filter((s) => s.id !== accountId);
  return {
    accountId,
    asOf,
    segment: account.segment,
    segmentPeers: others.filter((s) => account.segment !== null && s.segment === account.segment)
      .length,
    bookPeers: others.length,
    minPeers: MIN_PEERS,
    rows: benchmarkAccount(accountId, withSubject),
    references: opts.references ? [...RETENTION_REFERENCES] : [],
  };
}

function emptyValues() {
  return {
    usage_per_seat: null,
    seat_utilisation: null,
    nps: null,
    tickets_per_100_seats: null,
    median_resolution_hours: null,
    health_score: null,
  };
}
