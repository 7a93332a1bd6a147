// What moved a score between two snapshots, component by component, biggest impact first.
import type { IsoDate } from '../../domain/entities';
import { fromDay, toDay } from './days';
import type { Band } from './model';
import type { ComponentScore, HealthScore } from './score';
import { snapshotOnOrBefore } from './snapshots';
import type { HealthSnapshot } from './snapshots';

export type MissingChange = 'became_missing' | 'became_available';

export interface ComponentChange {
  id: string;
  labelKey: string;
  previousValue: number | null;
  currentValue: number | null;
  previousSubScore: number | null;
  currentSubScore: number | null;
  previousContribution: number;
  currentContribution: number;
  /** Points this component added to (or took from) the score, re-weighting included. */
  impact: number;
  missingChange: MissingChange | null;
}

export interface ScoreChange {
  previousScore: number | null;
  currentScore: number | null;
  delta: number | null;
  previousBand: Band | null;
  currentBand: Band | null;
  /** Only components that moved, by absolute impact, largest first. */
  components: ComponentChange[];
}

// Floating-point noise from re-normalised weights is not a movement.
const EPSILON = 1e-9;

function missingChange(
  previous: ComponentScore | undefined,
  current: ComponentScore | undefined,
): MissingChange | null {
  const wasMissing = previous?.missing ?? true;
  const isMissing = current?.missing ?? true;
  if (wasMissing === isMissing) return null;
  return isMissing ? 'became_missing' : 'became_available';
}

export function explainChange(previous: HealthScore, current: HealthScore): ScoreChange {
  const previousById = new Map(previous.components.map((c) => [c.id, c]));
  const currentById = new Map(current.components.map((c) => [c.id, c]));
  const ids = [...new Set([...currentById.keys(), ...previousById.keys()])];
  const changes = ids.map((id): ComponentChange => {
    const before = previousById.get(id);
    const after = currentById.get(id);
    const previousContribution = before?.contribution ?? 0;
    const currentContribution = after?.contribution ?? 0;
    return {
      id,
      labelKey: (after ?? before)?.labelKey ?? id,
      previousValue: before?.value ?? null,
      currentValue: after?.value ?? null,
      previousSubScore: before?.subScore ?? null,
      currentSubScore: after?.subScore ?? null,
      previousContribution,
      currentContribution,
      impact: currentContribution - previousContribution,
      missingChange: missingChange(before, after),
    };
  });
  const moved = changes.filter(
    (c) =>
      Math.abs(c.impact) > EPSILON ||
      c.previousValue !== c.currentValue ||
      c.missingChange !== null,
  );
  moved.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || a.id.localeCompare(b.id));
  return {
    previousScore: previous.score,
    currentScore: current.score,
    delta:
      previous.score === null || current.score === null ? null : current.score - previous.score,
    previousBand: previous.band,
    currentBand: current.band,
    components: moved,
  };
}

export interface TrendExplanation {
  snapshot: HealthSnapshot | null;
  lastWeek: ScoreChange | null;
  lastQuarter: ScoreChange | null;
}

const QUARTER_DAYS = 91;

/** The explanation panel for a week: the snapshot on or before `date` against 1 and 13 weeks earlier. */
export function explainTrend(
  snapshots: readonly HealthSnapshot[],
  date: IsoDate,
): TrendExplanation {
  const current = snapshotOnOrBefore(snapshots, date);
  if (!current) return { snapshot: null, lastWeek: null, lastQuarter: null };
  const day = toDay(current.date);
  const weekBefore = snapshotOnOrBefore(snapshots, fromDay(day - 7));
  const quarterBefore = snapshotOnOrBefore(snapshots, fromDay(day - QUARTER_DAYS));
  return {
    snapshot: current,
    lastWeek: weekBefore ? explainChange(weekBefore, current) : null,
    lastQuarter: quarterBefore ? explainChange(quarterBefore, current) : null,
  };
}
