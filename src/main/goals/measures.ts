// A goal's measure as a weekly series read from the workspace (Monday-Sunday weeks).
import type { Database } from 'sql.js';
import {
  weeklyCounts,
  weeklyMean,
  weeklyMedian,
  weeklyNps,
  weeklySum,
} from '../../shared/analytics/goals/weekly';
import type { Dated } from '../../shared/analytics/goals/weekly';
import type { GoalMeasure, WeekValue } from '../../shared/analytics/goals/types';
import { ACTIVE_USERS_METRIC } from '../../shared/analytics/health/measures';
import { selectAll, selectValue } from '../db/repos/rows';

const dated = (rows: Record<string, unknown>[]): Dated[] =>
  rows.map((r) => ({ date: String(r.date), value: Number(r.value) }));

function surveyWeeks(db: Database, accountId: string, kind: string): Dated[] {
  return dated(
    selectAll(
      db,
      'SELECT date, score AS value FROM survey_responses WHERE account_id = ? AND kind = ?',
      [accountId, kind],
    ),
  );
}

/** Tickets opened per week, zero-filled from the account's first ticket to the tickets' end. */
function ticketsPerWeek(db: Database, accountId: string): WeekValue[] {
  const dates = selectAll(db, 'SELECT opened_date AS d FROM tickets WHERE account_id = ?', [
    accountId,
  ]).map((r) => String(r.d));
  const end = selectValue(
    db,
    "SELECT MAX(MAX(opened_date), COALESCE(MAX(closed_date), '')) FROM tickets",
  );
  if (dates.length === 0 || typeof end !== 'string') return [];
  return weeklyCounts(dates, [...dates].sort()[0] as string, end);
}

/**
 * Weekly mean of active users over the account's seats (accounts.seats): the share of licences
 * in use, as the health model's active-users-per-seat reads it.
 */
function seatUtilisation(db: Database, accountId: string): WeekValue[] {
  const seats = Number(selectValue(db, 'SELECT seats FROM accounts WHERE id = ?', [accountId]));
  if (!Number.isFinite(seats) || seats <= 0) return [];
  const rows = dated(
    selectAll(db, 'SELECT date, value FROM usage_points WHERE account_id = ? AND metric = ?', [
      accountId,
      ACTIVE_USERS_METRIC,
    ]),
  );
  return weeklyMean(rows).map((p) => ({ week: p.week, value: p.value / seats }));
}

/** The experiment's primary KPI, mean over its target group's units per week. */
function experimentKpi(db: Database, accountId: string, experimentId: string): WeekValue[] {
  const kpi = selectValue(
    db,
    'SELECT primary_kpi FROM experiments WHERE id = ? AND account_id = ?',
    [experimentId, accountId],
  );
  if (typeof kpi !== 'string') return [];
  return weeklyMean(
    dated(
      selectAll(
        db,
        "SELECT date, value FROM experiment_observations WHERE experiment_id = ? AND kpi = ? AND grp = 'target'",
        [experimentId, kpi],
      ),
    ),
  );
}

/** The weekly series of a measure for an account; empty when the workspace has no data for it. */
export function measureSeries(db: Database, accountId: string, measure: GoalMeasure): WeekValue[] {
  switch (measure.kind) {
    case 'usage':
      // Usage is summed over the week, across everything recorded for the account.
      return weeklySum(
        dated(
          selectAll(
            db,
            'SELECT date, value FROM usage_points WHERE account_id = ? AND metric = ?',
            [accountId, measure.ref ?? ''],
          ),
        ),
      );
    case 'seat_utilisation':
      return seatUtilisation(db, accountId);
    case 'nps':
      return weeklyNps(surveyWeeks(db, accountId, 'nps'));
    case 'csat':
      return weeklyMean(surveyWeeks(db, accountId, 'csat'));
    case 'ces':
      return weeklyMean(surveyWeeks(db, accountId, 'ces'));
    case 'tickets_per_week':
      return ticketsPerWeek(db, accountId);
    case 'median_resolution_hours':
      return weeklyMedian(
        dated(
          selectAll(
            db,
            'SELECT closed_date AS date, resolution_hours AS value FROM tickets WHERE account_id = ? AND closed_date IS NOT NULL AND resolution_hours IS NOT NULL',
            [accountId],
          ),
        ),
      );
    case 'experiment_kpi':
      return experimentKpi(db, accountId, measure.ref ?? '');
  }
}

/** The usage metrics an account has, for the goal form's choice. */
export function accountMetrics(db: Database, accountId: string): string[] {
  return selectAll(
    db,
    'SELECT DISTINCT metric FROM usage_points WHERE account_id = ? ORDER BY metric',
    [accountId],
  ).map((r) => String(r.metric));
}
