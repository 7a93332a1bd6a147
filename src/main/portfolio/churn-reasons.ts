// The churn-reason -> owning-teams mapping: the shipped defaults with the CSM's edits on top.
import type { Database } from 'sql.js';
import {
  DEFAULT_CHURN_REASON_OWNERS,
  type ChurnReasonOwners,
} from '../../shared/analytics/portfolio';
import { ChurnReasonCode } from '../../shared/domain/entities';
import { selectAll } from '../db/repos/rows';

export function churnReasonOwners(db: Database): ChurnReasonOwners {
  const owners: Record<ChurnReasonCode, readonly string[]> = { ...DEFAULT_CHURN_REASON_OWNERS };
  for (const row of selectAll(db, 'SELECT reason, teams FROM churn_reason_teams')) {
    const reason = ChurnReasonCode.safeParse(row.reason);
    const teams = parseTeams(String(row.teams));
    if (reason.success && teams) owners[reason.data] = teams;
  }
  return owners;
}

/** Stores the teams of each reason given; a reason set back to its defaults is simply removed. */
export function setChurnReasonOwners(
  db: Database,
  patch: Partial<Record<ChurnReasonCode, readonly string[]>>,
): ChurnReasonOwners {
  for (const [reason, teams] of Object.entries(patch)) {
    if (!teams) continue;
    const defaults = DEFAULT_CHURN_REASON_OWNERS[reason as ChurnReasonCode];
    if (sameTeams(defaults, teams)) {
      db.run('DELETE FROM churn_reason_teams WHERE reason = ?', [reason]);
    } else {
      db.run(
        'INSERT INTO churn_reason_teams (reason, teams) VALUES (?, ?) ON CONFLICT(reason) DO UPDATE SET teams = excluded.teams',
        [reason, JSON.stringify(teams)],
      );
    }
  }
  return churnReasonOwners(db);
}

function parseTeams(text: string): string[] | null {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) && value.every((t) => typeof t === 'string') ? value : null;
  } catch {
    return null;
  }
}

function sameTeams(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((team, i) => team === b[i]);
}
