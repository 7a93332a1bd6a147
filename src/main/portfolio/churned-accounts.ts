// Churn records inside a period, for the churn-reason list and its post-mortems.
import type { Database } from 'sql.js';
import type { Period } from '../../shared/analytics/portfolio';
import { ChurnReasonCode } from '../../shared/domain/entities';
import type { ChurnedAccount } from '../../shared/ipc/contract/portfolio';
import { selectAll } from '../db/repos/rows';
import type { ReportFilter } from './context';

export function churnedIn(db: Database, period: Period, filter: ReportFilter): ChurnedAccount[] {
  return selectAll(
    db,
    `SELECT c.account_id, c.date, c.reason, a.name, a.segment, a.owner, p.account_id AS pm
     FROM churn_records c
     JOIN accounts a ON a.id = c.account_id
     LEFT JOIN churn_postmortems p ON p.account_id = c.account_id
     WHERE c.date >= ? AND c.date <= ? ORDER BY c.date DESC, a.name`,
    [period.from, period.to],
  )
    .filter((r) => filter.segment === undefined || r.segment === filter.segment)
    .filter((r) => filter.owner === undefined || r.owner === filter.owner)
    .map((r) => {
      const reason = ChurnReasonCode.safeParse(r.reason);
      return {
        accountId: String(r.account_id),
        accountName: String(r.name),
        date: String(r.date),
        reason: reason.success ? reason.data : 'other',
        hasPostMortem: r.pm !== null,
      };
    });
}
