// A goal of an account's success plan, bound to a measure of the workspace's data (or
// qualitative, with the status the CSM sets) and what it reads as of a day.
import { z } from 'zod';

/** What a goal can be measured by; each gives one value per Monday-Sunday week. */
export const GOAL_MEASURE_KINDS = [
  'usage',
  'seat_utilisation',
  'nps',
  'csat',
  'ces',
  'tickets_per_week',
  'median_resolution_hours',
  'experiment_kpi',
] as const;
export const GoalMeasureKind = z.enum(GOAL_MEASURE_KINDS);
export type GoalMeasureKind = z.infer<typeof GoalMeasureKind>;

/** Measures that read a name: the usage metric, or the experiment whose primary KPI is read. */
export const MEASURES_WITH_REF: ReadonlySet<GoalMeasureKind> = new Set(['usage', 'experiment_kpi']);

export const GoalDirection = z.enum(['up', 'down']);
export type GoalDirection = z.infer<typeof GoalDirection>;

/** Statuses a qualitative goal can be given by hand. */
export const MANUAL_STATUSES = ['on_track', 'at_risk', 'off_track', 'done'] as const;
export const ManualStatus = z.enum(MANUAL_STATUSES);
export type ManualStatus = z.infer<typeof ManualStatus>;

export type GoalStatus = ManualStatus | 'no_data' | 'closed';

export interface GoalMeasure {
  kind: GoalMeasureKind;
  /** The usage metric or experiment id; null for measures that read no name. */
  ref: string | null;
}

export interface Goal {
  id: number;
  accountId: string;
  title: string;
  owner: string | null;
  startDate: string;
  dueDate: string;
  direction: GoalDirection;
  /** Null for a qualitative goal. */
  measure: GoalMeasure | null;
  target: number | null;
  manualStatus: ManualStatus | null;
  note: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One Monday-Sunday week's value of a measure (week = its Monday). */
export interface WeekValue {
  week: string;
  value: number;
}

/** Why a measured goal shows no progress: said in words, never as 0%. */
export type NoDataReason = 'no_baseline' | 'no_current' | 'not_started';

export interface GoalEvaluation {
  baseline: WeekValue | null;
  current: WeekValue | null;
  target: number | null;
  /** Clipped to 0-100; null when the measure has no data (never 0 for "no data"). */
  progressPercent: number | null;
  /** Share of the goal's time elapsed as of the day, 0-100. */
  elapsedPercent: number;
  status: GoalStatus;
  noData: NoDataReason | null;
  /** The weeks from baseline to current, for the sparkline. */
  series: WeekValue[];
}

/** A goal with what it reads as of the day. */
export interface GoalView extends Goal {
  evaluation: GoalEvaluation;
}

/** One change to a goal, for its history. */
export interface GoalHistoryEntry {
  id: number;
  goalId: number;
  at: string;
  action: 'created' | 'edited' | 'closed' | 'reopened' | 'imported';
  /** The fields that changed: [before, after]. */
  changes: Record<string, [unknown, unknown]>;
}
