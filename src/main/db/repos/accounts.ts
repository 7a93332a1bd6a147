import type { Database } from 'sql.js';
import type { Account } from '../../../shared/domain/entities';
import { AppError } from '../../../shared/ipc/result';
import { TABLES, rowToEntity } from '../tables';
import { selectAll } from './rows';

const SORT_COLUMNS = {
  name: 'name',
  arr: 'arr',
  renewalDate: 'renewal_date',
  owner: 'owner',
  segment: 'segment',
} as const;

const TEXT_SORT = new Set(['name', 'owner', 'segment']);
// SQLite's NOCASE knows only ASCII: "İstanbul" would sort after "Zeta". Names sort by the
// Unicode collation instead, accents and Turkish dotted capitals next to their base letters.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface AccountQuery {
  search?: string | undefined;
  segment?: string | undefined;
  sortBy: keyof typeof SORT_COLUMNS;
  sortDir: 'asc' | 'desc';
}

export function listAccounts(db: Database, q: AccountQuery): Account[] {
  const where: string[] = [];
  const params: string[] = [];
  if (q.search) {
    where.push("(name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')");
    const like = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    params.push(like, like);
  }
  if (q.segment) {
    where.push('segment = ?');
    params.push(q.segment);
  }
  // Nulls last in either direction: an account without a renewal date is not "most urgent".
  const order = `${SORT_COLUMNS[q.sortBy]} IS NULL, ${SORT_COLUMNS[q.sortBy]} ${q.sortDir === 'desc' ? 'DESC' : 'ASC'}, id`;
  const sql = `SELECT * FROM accounts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`;
  const accounts = selectAll(db, sql, params).map((row) =>
    rowToEntity<Account>(TABLES.accounts, row),
  );
  if (TEXT_SORT.has(q.sortBy)) {
    const key = q.sortBy as 'name' | 'owner' | 'segment';
    const dir = q.sortDir === 'desc' ? -1 : 1;
    accounts.sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return dir * collator.compare(x, y) || a.id.localeCompare(b.id);
    });
  }
  return accounts;
}

export function getAccount(db: Database, id: string): Account {
  const row = selectAll(db, 'SELECT * FROM accounts WHERE id = ?', [id])[0];
  if (!row) throw new AppError('NOT_FOUND', `There is no account ${id}.`);
  return rowToEntity<Account>(TABLES.accounts, row);
}

export function countAccounts(db: Database): number {
  return Number(db.exec('SELECT COUNT(*) FROM accounts')[0]?.values[0]?.[0] ?? 0);
}
