// Percentile benchmarks: rank, direction of better, hidden under five peers, no names.
import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_MEASURES,
  RETENTION_REFERENCES,
  benchmarkAccount,
  percentileRank,
} from '../../../src/shared/analytics/benchmarks';
import type { BenchmarkSubject } from '../../../src/shared/analytics/benchmarks';

const subject = (id: string, segment: string, v: number): BenchmarkSubject => ({
  id,
  segment,
  values: Object.fromEntries(BENCHMARK_MEASURES.map((m) => [m, v])) as BenchmarkSubject['values'],
});

describe('benchmarks', () => {
  it('ranks with ties counting half', () => {
    expect(percentileRank(5, [1, 2, 3, 4])).toBe(100);
    expect(percentileRank(3, [1, 3, 5, 7])).toBe(37.5);
  });

  it('hides a group of fewer than 5 peers and reads lower as better for tickets', () => {
    const book = [
      subject('me', 'A', 3),
      ...[1, 2, 4, 5].map((v, i) => subject(`a${i}`, 'A', v)),
      ...[1, 2, 6, 7, 8].map((v, i) => subject(`b${i}`, 'B', v)),
    ];
    const rows = benchmarkAccount('me', book);
    const usage = rows.find((r) => r.measure === 'usage_per_seat');
    expect(usage?.segmentPeerCount).toBe(4);
    expect(usage?.segment).toBeNull();
    expect(usage?.book?.peerCount).toBe(9);
    expect(usage?.book?.betterThanPercent).toBeCloseTo((4 / 9) * 100, 10);
    const tickets = rows.find((r) => r.measure === 'tickets_per_100_seats');
    expect(tickets?.book?.betterThanPercent).toBeCloseTo((5 / 9) * 100, 10);
    expect(JSON.stringify(rows)).not.toMatch(/"a0"|"b0"/);
  });

  it('keeps the public references with their source and year', () => {
    for (const ref of RETENTION_REFERENCES) {
      expect(ref.source).toBe('SaaS Capital');
      expect(ref.year).toBe(2023);
    }
  });
});
