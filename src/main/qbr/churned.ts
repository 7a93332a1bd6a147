// Which accounts had left before a date: the batch writes packs for the live book only. An
// account counts as churned when its latest churn record is on or before the date and no paying
// contract line covers the date (a customer who came back has a new line); an account flagged
// churned without a churn record counts when no paying line covers the date either.
import type { Database } from 'sql.js';
import type { IsoDate } from '../../shared/domain/entities';
import { selectAll } from '../db/repos/rows';

export function churnedBy(db: Database, date: IsoDate): Set<string> {
  const rows = selectAll(
    db,
    `SELECT a.id AS id,
            (SELECT MAX(c.date) FROM churn_records c WHERE c.account_id = a.id) AS churned_on,
            a.churned AS flagged,
            EXISTS (SELECT 1 FROM contract_lines l
                     WHERE l.account_id = a.id AND l.start_date <= ?
                       AND (l.end_date IS NULL OR l.end_date > ?)
                       AND COALESCE(l.is_trial, 0) = 0) AS paying
       FROM accounts a`,
    [date, date],
  );
  const out = new Set<string>();
  for (const row of rows) {
    if (Number(row.paying) === 1) continue;
    const on = row.churned_on === null ? null : String(row.churned_on);
    if (on !== null ? on <= date : Number(row.flagged) === 1) out.add(String(row.id));
  }
  return out;
}
