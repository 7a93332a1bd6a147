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

export function backtest(
  accounts: readonly BacktestAccount[],
  horizonDays: number,
): BacktestResult {
  const churnedScores: number[] = [];
  const renewedScores: number[] = [];
  const excluded: string[] = [];
  const bands: Record<Band, BandOutcome> = {
    red: { accounts: 0, churned: 0, churnRate: null },
    yellow: { accounts: 0, churned: 0, churnRate: null },
    green: { accounts: 0, churned: 0, churnRate: null },
  };
  for (const account of accounts) {
    const cutoff = fromDay(toDay(account.outcomeDate) - horizonDays);
    const scored = account.snapshots.filter((s) => s.score !== null);
    const snapshot = snapshotOnOrBefore(scored, cutoff);
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
  };
}
