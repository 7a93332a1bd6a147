// Reads what the portfolio metrics look at from the workspace tables. The whole book is read per
// request: 5,000 accounts and their lines load in milliseconds, and no cache can go stale.
import type { Database } from 'sql.js';
import type { Account, ChurnRecord, ContractLine } from '../../shared/domain/entities';
import type { PortfolioMetricsInput } from '../../shared/analytics/portfolio';
import { selectAll } from '../db/repos/rows';
import { TABLES, rowToEntity } from '../db/tables';

export function loadAccounts(db: Database): Account[] {
  return selectAll(db, 'SELECT * FROM accounts ORDER BY id').map((row) =>
    rowToEntity<Account>(TABLES.accounts, row),
  );
}

export function loadBook(db: Database): PortfolioMetricsInput {
  return {
    accounts: loadAccounts(db),
    lines: selectAll(db, 'SELECT * FROM contract_lines ORDER BY account_id, start_date, id').map(
      (row) => rowToEntity<ContractLine>(TABLES.contract_lines, row),
    ),
    churnRecords: selectAll(db, 'SELECT * FROM churn_records ORDER BY date, account_id').map(
      (row) => rowToEntity<ChurnRecord>(TABLES.churn, row),
    ),
  };
}
