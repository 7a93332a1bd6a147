// The QBR's optional benchmarks slide (#17): where the customer stands among similar customers
// of the book, as "better than N% of peers". Hidden (no data) when the segment has fewer than
// MIN_PEERS live peers; no other customer's name or figure is ever shown.
import type { Database } from 'sql.js';
import { MIN_PEERS, benchmarkAccount } from '../../../shared/analytics/benchmarks';
import type { MessageKey } from '../../../shared/i18n';
import type { QbrSection } from '../../../shared/qbr/document';
import { cachedBenchmarkBook } from '../../benchmarks/book-cache';
import { formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { noData, withData } from './section';

export function benchmarksSection(db: Database, ctx: QbrContext): QbrSection {
  const asOf = ctx.asOf < ctx.period.to ? ctx.asOf : ctx.period.to;
  const book = cachedBenchmarkBook(db, asOf);
  const id = ctx.account.id;
  const withSubject = book.some((s) => s.id === id)
    ? book
    : [...book, { id, segment: ctx.account.segment, values: emptyValues() }];
  const peers = withSubject.filter(
    (s) => s.id !== id && ctx.account.segment !== null && s.segment === ctx.account.segment,
  ).length;
  const rows = benchmarkAccount(id, withSubject).filter((r) => r.segment !== null);
  if (peers < MIN_PEERS || rows.length === 0) return noData(ctx, 'benchmarks');
  const better = (v: number | undefined) =>
    v === undefined ? '–' : ctx.t('bench.betterThan', { value: formatNumber(v, ctx.language, 0) });
  const label = (m: string) => ctx.t(`bench.measure.${m}` as MessageKey);
  return withData(ctx, 'benchmarks', {
    intro: ctx.t('bench.segment', { count: peers, segment: ctx.account.segment ?? '' }),
    columns: {
      measure: ctx.t('bench.col.measure'),
      value: ctx.t('bench.col.value'),
      segment: ctx.t('bench.col.segment'),
      book: ctx.t('bench.col.book'),
    },
    rows: rows.map((r) => ({
      measure: label(r.measure),
      value: r.value === null ? '–' : formatNumber(r.value, ctx.language, 2),
      segment: better(r.segment?.betterThanPercent),
      book: better(r.book?.betterThanPercent),
    })),
    chartTitle: ctx.t('bench.title'),
    chart: rows.map((r) => ({
      label: label(r.measure),
      betterThan: Math.round(r.segment?.betterThanPercent ?? 0),
    })),
  });
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
