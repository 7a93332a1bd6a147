// The workspace's as-of date and how far each source of data reaches. Every figure is computed
// as of the as-of date; the computer's clock only says how old the data are.
import type { IsoDate } from './entities';

/** The sources whose coverage is tracked, as the importer names their kinds. */
export const COVERAGE_KINDS = [
  'usage',
  'surveys',
  'tickets',
  'events',
  'contacts',
  'contract_lines',
] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/**
 * Kinds whose rows are observations dated as they happen: the latest of them is the day the data
 * reach. Contacts and contract lines describe states with start and end dates that may lie in the
 * future (a renewal signed ahead), so they are reported but do not move the as-of date.
 */
export const ACTIVITY_KINDS: readonly CoverageKind[] = ['usage', 'surveys', 'tickets', 'events'];

export interface SourceCoverage {
  kind: CoverageKind;
  /** The last date the source has data for, null when the workspace holds none of it. */
  lastDate: IsoDate | null;
  /** Days between lastDate and the as-of date (0 when it reaches it), null without data. */
  daysBehindAsOf: number | null;
  /** Days between lastDate and the clock's day, null without data. */
  dataAgeDays: number | null;
}

export type AsOfSource = 'data' | 'user' | 'sample';

export interface WorkspaceAsOf {
  /** The day every figure is computed as of. */
  asOf: IsoDate;
  /** Where it comes from: the latest date the data cover, the CSM's setting, or the sample's date. */
  source: AsOfSource;
  /** The latest date the activity sources reach (null for a workspace with no dated data). */
  dataEnd: IsoDate | null;
  /** The clock's day (UTC), only to say how old the data are. */
  today: IsoDate;
  /** Days from dataEnd to today (null without data); the banner shows above STALE_DATA_DAYS. */
  dataAgeDays: number | null;
  coverage: Record<CoverageKind, SourceCoverage>;
}

/** Data more than this many days older than today get a banner. */
export const STALE_DATA_DAYS = 14;
