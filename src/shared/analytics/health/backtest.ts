// How well did the score, N days before the outcome, separate accounts that churned from those
// that renewed? AUC is the probability that a renewed account scored higher than a churned one.
import type { IsoDate } from '../../domain/entities';
import { fromDay, toDay } from './days';
import { BAND_IDS } from './model';
import type { Band } from './model';
import { snapshotOnOrBefore } from './snapshots';
import type { HealthSnapshot } from './snapshots';

export interface BacktestAccount {
  accountId: string;
  outcome: 'churned' | 'renewed';
  /** The churn or renewal date. */
  outcomeDate: IsoDate;
  /** The account's snapshots, sorted by date. */
  snapshots: readonly HealthSnapshot[];
}

export interface BandOutcome {
  accounts: number;
  churned: number;
  /** churned / accounts, null for an empty band. */
  churnRate: number | null;
}

export interface BacktestResult {
  horizonDays: number;
  /** Null unless there is at least one churned and one renewed account with a score. */
  auc: number | null;
  churned: number;
  renewed: number;
  /** Accounts with no scored snapshot on or before the horizon. */
  excluded: string[];
  bands: Record<Band, BandOutcome>;
}

/**
 * Mann-Whitney AUC: P(positive > negative) + half P(tie), from mid-ranks of the pooled values
 * (O(n log n) rather than comparing every pair).
 */
export function mannWhitneyAuc(
  positives: readonly number[],
  negatives: readonly number[],
): number | null {
  if (positives.length === 0 || negatives.length === 0) return null;
  const pooled = [
    ...positives.map((value) => ({ value, positive: true })),
    ...negatives.map((value) => ({ value, positive: false })),
  ].sort((a, b) => a.value - b.value);
  let positiveRankSum = 0;
  let rank = 0;
  let tieStart = 0;
  let tiePositives = 0;
  let tieValue: number | null = null;
  const closeTieGroup = () => {
    positiveRankSum += (tiePositives * (tieStart + 1 + rank)) / 2;
  };
  for (const { value, positive } of pooled) {
    if (value !== tieValue) {
      closeTieGroup();
      tieStart = rank;
      tiePositives = 0;
      tieValue = value;
    }
    rank++;
    if (positive) tiePositives++;
  }
  closeTieGroup();
  const n1 = positives.length;
  const u = positiveRankSum - (n1 * (n1 + 1)) / 2;
  return u / (n1 * negatives.length);
}

export interface BacktestRow {
  accountId: string;
  /** outcomeDate minus the horizon: the day the score is read on. */
  cutoff: IsoDate;
  /** The latest scored snapshot on or before the cut-off; null when there is none (excluded). */
  score: number | null;
  band: Band | null;
  /** The Monday that snapshot was taken on. */
  scoredOn: IsoDate | null;
  outcome: 'churned' | 'renewed';
  outcomeDate: IsoDate;
}

/** How well one warning ("red", or "red or yellow") picked out the accounts that churned. */
export interface WarningQuality {
  /** Accounts flagged by the warning at their cut-off. */
  flagged: number;
  /** Flagged accounts that churned. */
  flaggedChurned: number;
  /** flaggedChurned / flagged: of the accounts warned about, the share that churned. */
  precision: number | null;
  /** flaggedChurned / churned: of the accounts that churned, the share warned about. */
  recall: number | null;
}

/** Calibration: churn rate among the accounts in each tenth of the scores (1 = lowest). */
export interface ScoreDecile {
  decile: number;
  accounts: number;
  churned: number;
  churnRate: number;
  minScore: number;
  maxScore: number;
}

export interface LeadTime {
  /** Median days from the first red week (in the year before the churn) to the churn. */
  medianDays: number | null;
  /** Churned accounts with a red week in that year. */
  accounts: number;
  /** Churned accounts never red in the year before they left. */
  neverRed: number;
}

export interface BacktestResult {
  horizonDays: number;
  /** Null unless there is at least one churned and one renewed account with a score. */
  auc: number | null;
  churned: number;
  renewed: number;
  /** Accounts with no scored snapshot on or before the horizon. */
  excluded: string[];
  bands: Record<Band, BandOutcome>;
  /** One row per account, so anyone can recompute the AUC. */
  rows: BacktestRow[];
  red: WarningQuality;
  redOrYellow: WarningQuality;
  deciles: ScoreDecile[];
  leadTime: LeadTime;
}

const LEAD_WINDOW_DAYS = 365;

function warningQuality(rows: readonly BacktestRow[], flags: (band: Band) => boolean) {
  const scored = rows.filter((r) => r.band !== null);
  const churned = scored.filter((r) => r.outcome === 'churned').length;
  const flagged = scored.filter((r) => flags(r.band as Band));
  const flaggedChurned = flagged.filter((r) => r.outcome === 'churned').length;
  return {
    flagged: flagged.length,
    flaggedChurned,
    precision: flagged.length === 0 ? null : flaggedChurned / flagged.length,
    recall: churned === 0 ? null : flaggedChurned / churned,
  };
}

/** Scored rows by score (ties by id, so the split never depends on input order) in tenths. */
function scoreDeciles(rows: readonly BacktestRow[]): ScoreDecile[] {
  const scored = rows
    .filter((r): r is BacktestRow & { score: number } => r.score !== null)
    .sort((a, b) => a.score - b.score || a.accountId.localeCompare(b.accountId));
  const deciles: ScoreDecile[] = [];
  scored.forEach((row, rank) => {
    const decile = Math.floor((rank * 10) / scored.length) + 1;
    let entry = deciles.at(-1);
    if (!entry || entry.decile !== decile) {
      entry = { decile, accounts: 0, churned: 0, churnRate: 0, minScore: row.score, maxScore: 0 };
      deciles.push(entry);
    }
    entry.accounts++;
    if (row.outcome === 'churned') entry.churned++;
    entry.maxScore = row.score;
    entry.churnRate = entry.churned / entry.accounts;
  });
  return deciles;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function leadTime(accounts: readonly BacktestAccount[]): LeadTime {
  const leads: number[] = [];
  let neverRed = 0;
  for (const account of accounts) {
    if (account.outcome !== 'churned') continue;
    const end = toDay(account.outcomeDate);
    const firstRed = account.snapshots.find(
      (s) => s.band === 'red' && toDay(s.date) <= end && toDay(s.date) >= end - LEAD_WINDOW_DAYS,
    );
    if (firstRed) leads.push(end - toDay(firstRed.date));
    else neverRed++;
  }
  return { medianDays: median(leads), accounts: leads.length, neverRed };
}

export function backtest(
  accounts: readonly BacktestAccount[],
  horizonDays: number,
): BacktestResult {
  const churnedScores: number[] = [];
  const renewedScores: number[] = [];
  const excluded: string[] = [];
  const rows: BacktestRow[] = [];
  const bands: Record<Band, BandOutcome> = {
    red: { accounts: 0, churned: 0, churnRate: null },
    yellow: { accounts: 0, churned: 0, churnRate: null },
    green: { accounts: 0, churned: 0, churnRate: null },
  };
  for (const account of accounts) {
    const cutoff = fromDay(toDay(account.outcomeDate) - horizonDays);
    const scored = account.snapshots.filter((s) => s.score !== null);
    const snapshot = snapshotOnOrBefore(scored, cutoff);
    const row: BacktestRow = {
      accountId: account.accountId,
      cutoff,
      score: snapshot?.score ?? null,
      band: snapshot?.band ?? null,
      scoredOn: snapshot?.date ?? null,
      outcome: account.outcome,
      outcomeDate: account.outcomeDate,
    };
    rows.push(row);
    if (!snapshot || snapshot.score === null || snapshot.band === null) {
      excluded.push(account.accountId);
      continue;
    }
    const churned = account.outcome === 'churned';
    (churned ? churnedScores : renewedScores).push(snapshot.score);
    bands[snapshot.band].accounts++;
    if (churned) bands[snapshot.band].churned++;
  }
  for (const band of BAND_IDS) {
    const entry = bands[band];
    entry.churnRate = entry.accounts === 0 ? null : entry.churned / entry.accounts;
  }
  return {
    horizonDays,
    auc: mannWhitneyAuc(renewedScores, churnedScores),
    churned: churnedScores.length,
    renewed: renewedScores.length,
    excluded,
    bands,
    rows,
    red: warningQuality(rows, (band) => band === 'red'),
    redOrYellow: warningQuality(rows, (band) => band !== 'green'),
    deciles: scoreDeciles(rows),
    leadTime: leadTime(accounts),
  };
}
