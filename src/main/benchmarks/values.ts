// Each account's benchmark values as of a day, read from the workspace with one query per
// measure over the whole book (a book of thousands stays a handful of scans).
import type { Database } from 'sql.js';
import type { BenchmarkMeasure, BenchmarkSubject } from '../../shared/analytics/benchmarks';
import { median } from '../../shared/analytics/goals/weekly';
import { ACTIVE_USERS_METRIC } from '../../shared/analytics/health/measures';
import { addDays } from '../../shared/domain/dates';
import { selectAll } from '../db/repos/rows';

/** Usage and seat measures read the last 28 days; tickets the last 90; NPS the last year. */
export const USAGE_WINDOW_DAYS = 28;
export const TICKET_WINDOW_DAYS = 90;
export const NPS_WINDOW_DAYS = 365;

function perAccount(db: Database, sql: string, params: (string | number)[]): Map<string, number> {
  return new Map(
    selectAll(db, sql, params)
      .filter((r) => r.v !== null && r.v !== undefined)
      .map((r) => [String(r.id), Number(r.v)]),
  );
}

function groupValues(db: Database, sql: string, params: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of selectAll(db, sql, params)) {
    const list = out.get(String(r.id)) ?? [];
    list.push(Number(r.v));
    out.set(String(r.id), list);
  }
  return out;
}

/**
 * The live (not churned) accounts with their values: usage per seat is the weekly usage of every
 * metric per licensed seat, seat utilisation the mean active users per seat, NPS promoters minus
 * detractors, tickets opened per 100 seats, median hours to resolve, and the latest health score.
 */
export function benchmarkBook(db: Database, asOf: string): BenchmarkSubject[] {
  const usageFrom = addDays(asOf, -USAGE_WINDOW_DAYS + 1);
  const ticketFrom = addDays(asOf, -TICKET_WINDOW_DAYS + 1);
  const npsFrom = addDays(asOf, -NPS_WINDOW_DAYS + 1);
  const usageTotal = perAccount(
    db,
    'SELECT account_id AS id, SUM(value) AS v FROM usage_points WHERE date BETWEEN ? AND ? GROUP BY account_id',
    [usageFrom, asOf],
  );
  const activeMean = perAccount(
    db,
    'SELECT account_id AS id, AVG(value) AS v FROM usage_points WHERE metric = ? AND date BETWEEN ? AND ? GROUP BY account_id',
    [ACTIVE_USERS_METRIC, usageFrom, asOf],
  );
  const tickets = perAccount(
    db,
    'SELECT account_id AS id, COUNT(*) AS v FROM tickets WHERE opened_date BETWEEN ? AND ? GROUP BY account_id',
    [ticketFrom, asOf],
  );
  const resolution = groupValues(
    db,
    'SELECT account_id AS id, resolution_hours AS v FROM tickets WHERE closed_date BETWEEN ? AND ? AND resolution_hours IS NOT NULL',
    [ticketFrom, asOf],
  );
  const npsScores = groupValues(
    db,
    "SELECT account_id AS id, score AS v FROM survey_responses WHERE kind = 'nps' AND date BETWEEN ? AND ?",
    [npsFrom, asOf],
  );
  const health = perAccount(
    db,
    `SELECT s.account_id AS id, s.score AS v FROM health_snapshots s
     JOIN (SELECT account_id, MAX(week) AS week FROM health_snapshots
           WHERE week <= ? AND score IS NOT NULL GROUP BY account_id) l
       ON l.account_id = s.account_id AND l.week = s.week`,
    [asOf],
  );
  const ticketsCovered = selectAll(db, 'SELECT 1 FROM tickets WHERE opened_date <= ? LIMIT 1', [
    asOf,
  ]).length;
  return selectAll(db, 'SELECT id, segment, seats FROM accounts WHERE churned = 0').map((a) => {
    const id = String(a.id);
    const seats = a.seats === null ? null : Number(a.seats);
    const perSeat = (v: number | undefined) =>
      v === undefined || seats === null || seats <= 0 ? null : v / seats;
    const scores = npsScores.get(id);
    const hours = resolution.get(id);
    const usage = usageTotal.get(id);
    const values: Record<BenchmarkMeasure, number | null> = {
      usage_per_seat: perSeat(usage === undefined ? undefined : (usage * 7) / USAGE_WINDOW_DAYS),
      seat_utilisation: perSeat(activeMean.get(id)),
      nps: scores && scores.length > 0 ? npsOf(scores) : null,
      // An account without tickets in a book that has tickets has none: zero, not missing.
      tickets_per_100_seats: ticketsCovered ? per100(perSeat(tickets.get(id) ?? 0)) : null,
      median_resolution_hours: hours && hours.length > 0 ? median(hours) : null,
      health_score: health.get(id) ?? null,
    };
    return { id, segment: a.segment === null ? null : String(a.segment), values };
  });
}

const per100 = (v: number | null): number | null => (v === null ? null : v * 100);

function npsOf(scores: readonly number[]): number {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}
