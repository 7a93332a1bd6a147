// Churn by reason code, each with the teams that own its mitigation. The mapping is a setting the
// CSM can edit; these are the defaults.
import { ChurnReasonCode, type ChurnRecord, type IsoDate } from '../../domain/entities';
import type { Period } from './periods';

/** Team ids, translated by the UI; a CSM may add their own in an edited mapping. */
export type MitigationTeam =
  'marketing' | 'sales' | 'onboarding' | 'product' | 'support' | 'relationship_management';

export type ChurnReasonOwners = Readonly<Record<ChurnReasonCode, readonly string[]>>;

export const DEFAULT_CHURN_REASON_OWNERS: Readonly<
  Record<ChurnReasonCode, readonly MitigationTeam[]>
> = {
  wrong_use_case: ['marketing', 'sales'],
  failed_launch: ['sales', 'onboarding'],
  features_usability: ['product', 'support'],
  low_usage: ['support', 'onboarding'],
  roi_value: ['support', 'relationship_management'],
  org_change: ['relationship_management'],
  other: [],
};

export interface ChurnReasonRow {
  reason: ChurnReasonCode;
  owners: readonly string[];
  /** Churn records with this reason dated inside the period. */
  count: number;
  /** The accounts' MRR on the day before each record's date, in the report currency. */
  mrrLost: number;
  accountIds: string[];
}

export interface ChurnRecordInPeriod {
  record: ChurnRecord;
  /** MRR in report cents on the day before the churn date. */
  mrrCentsBefore: number;
}

/** Records inside [from, to] for accounts in the book; every reason code gets a row, even at 0. */
export function churnByReason(
  records: readonly ChurnRecordInPeriod[],
  owners: ChurnReasonOwners,
): ChurnReasonRow[] {
  return ChurnReasonCode.options.map((reason) => {
    const matching = records.filter((r) => r.record.reason === reason);
    const cents = matching.reduce((sum, r) => sum + r.mrrCentsBefore, 0);
    return {
      reason,
      owners: owners[reason],
      count: matching.length,
      mrrLost: cents / 100,
      accountIds: [...new Set(matching.map((r) => r.record.accountId))].sort(),
    };
  });
}

export function recordsInPeriod(
  records: readonly ChurnRecord[],
  accountIds: ReadonlySet<string>,
  period: Period,
): ChurnRecord[] {
  const inside = (date: IsoDate) => date >= period.from && date <= period.to;
  return records.filter((r) => accountIds.has(r.accountId) && inside(r.date));
}
