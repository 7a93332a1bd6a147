// Peer benchmarks from the book: where an account stands among similar customers (its segment)
// and the whole book, as a percentile. Only counts and percentiles leave here, never another
// customer's name or value, and a group of fewer than MIN_PEERS peers is hidden.

export const BENCHMARK_MEASURES = [
  'usage_per_seat',
  'seat_utilisation',
  'nps',
  'tickets_per_100_seats',
  'median_resolution_hours',
  'health_score',
] as const;
export type BenchmarkMeasure = (typeof BENCHMARK_MEASURES)[number];

/** Whether a higher value is the better one (fewer tickets and faster resolution are better). */
export const HIGHER_IS_BETTER: Readonly<Record<BenchmarkMeasure, boolean>> = {
  usage_per_seat: true,
  seat_utilisation: true,
  nps: true,
  tickets_per_100_seats: false,
  median_resolution_hours: false,
  health_score: true,
};

/** Fewer peers than this and the comparison could point at one customer: hidden. */
export const MIN_PEERS = 5;

export interface BenchmarkSubject {
  id: string;
  segment: string | null;
  values: Readonly<Record<BenchmarkMeasure, number | null>>;
}

export interface PeerComparison {
  /** Other accounts with a value for the measure (the account itself not counted). */
  peerCount: number;
  /** Percentile rank of the account's value among the peers, 0-100 (ties count half). */
  percentile: number;
  /** Share of peers the account does better than, in the measure's own sense of better. */
  betterThanPercent: number;
}

export interface BenchmarkRow {
  measure: BenchmarkMeasure;
  value: number | null;
  higherIsBetter: boolean;
  /** Null when the account has no value or fewer than MIN_PEERS peers have one. */
  segment: PeerComparison | null;
  book: PeerComparison | null;
  segmentPeerCount: number;
  bookPeerCount: number;
}

/** Percentile rank of `value` among `peers`: share below plus half the share equal, x 100. */
export function percentileRank(value: number, peers: readonly number[]): number {
  if (peers.length === 0) throw new RangeError('No peers to rank against.');
  let below = 0;
  let equal = 0;
  for (const p of peers) {
    if (p < value) below++;
    else if (p === value) equal++;
  }
  return ((below + equal / 2) / peers.length) * 100;
}

function compare(
  value: number | null,
  peers: readonly number[],
  higherIsBetter: boolean,
  minPeers: number,
): PeerComparison | null {
  if (value === null || peers.length < minPeers) return null;
  const percentile = percentileRank(value, peers);
  const worse = peers.filter((p) => (higherIsBetter ? p < value : p > value)).length;
  return {
    peerCount: peers.length,
    percentile,
    betterThanPercent: (worse / peers.length) * 100,
  };
}

/** The account's benchmark on every measure, against its segment and the whole book. */
export function benchmarkAccount(
  accountId: string,
  book: readonly BenchmarkSubject[],
  minPeers = MIN_PEERS,
): BenchmarkRow[] {
  const subject = book.find((s) => s.id === accountId);
  if (!subject) throw new RangeError(`No account ${accountId} in the book.`);
  const others = book.filter((s) => s.id !== accountId);
  const segmentPeers = others.filter(
    (s) => subject.segment !== null && s.segment === subject.segment,
  );
  return BENCHMARK_MEASURES.map((measure) => {
    const valuesOf = (list: readonly BenchmarkSubject[]) =>
      list.map((s) => s.values[measure]).filter((v): v is number => v !== null);
    const seg = valuesOf(segmentPeers);
    const all = valuesOf(others);
    const value = subject.values[measure];
    const higher = HIGHER_IS_BETTER[measure];
    return {
      measure,
      value,
      higherIsBetter: higher,
      segment: compare(value, seg, higher, minPeers),
      book: compare(value, all, higher, minPeers),
      segmentPeerCount: seg.length,
      bookPeerCount: all.length,
    };
  });
}

/**
 * Public reference lines for retention, kept as data with their citation and off by default:
 * they are other companies' figures, not this book's. Ranges as the source gives them across
 * contract sizes.
 */
export interface ReferenceLine {
  measure: 'nrr' | 'grr';
  lowPercent: number;
  highPercent: number;
  source: string;
  year: number;
  basis: string;
}

export const RETENTION_REFERENCES: readonly ReferenceLine[] = [
  {
    measure: 'nrr',
    lowPercent: 100,
    highPercent: 110,
    source: 'SaaS Capital',
    year: 2023,
    basis: 'median net revenue retention of private B2B SaaS companies, by contract size',
  },
  {
    measure: 'grr',
    lowPercent: 90,
    highPercent: 93,
    source: 'SaaS Capital',
    year: 2023,
    basis: 'median gross revenue retention of private B2B SaaS companies, by contract size',
  },
];

/** An account's benchmarks as the account page, the QBR and the CLI show them. */
export interface AccountBenchmarks {
  accountId: string;
  asOf: string;
  segment: string | null;
  /** Live accounts in the segment, the account excluded ("compared with N similar customers"). */
  segmentPeers: number;
  bookPeers: number;
  minPeers: number;
  rows: BenchmarkRow[];
  /** Public retention references, only when asked for (off by default). */
  references: ReferenceLine[];
}
