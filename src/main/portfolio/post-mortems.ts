// A churn post-mortem per churned account: what happened, what could have been done, lessons.
import type { Database } from 'sql.js';
import { ChurnReasonCode } from '../../shared/domain/entities';
import type { PostMortem, PostMortemInput } from '../../shared/ipc/contract/portfolio';
import { AppError } from '../../shared/ipc/result';
import { selectAll } from '../db/repos/rows';

/** The saved post-mortem, or a draft pre-filled from the account's latest churn record. */
export function getPostMortem(db: Database, accountId: string): PostMortem {
  const account = selectAll(db, 'SELECT name FROM accounts WHERE id = ?', [accountId])[0];
  if (!account) throw new AppError('NOT_FOUND', `There is no account ${accountId}.`);
  const record = selectAll(
    db,
    'SELECT date, reason, note FROM churn_records WHERE account_id = ? ORDER BY date DESC LIMIT 1',
    [accountId],
  )[0];
  const saved = selectAll(db, 'SELECT * FROM churn_postmortems WHERE account_id = ?', [
    accountId,
  ])[0];
  const recordReason = ChurnReasonCode.safeParse(record?.reason);
  const savedReason = ChurnReasonCode.safeParse(saved?.reason);
  return {
    accountId,
    accountName: String(account.name),
    churnDate: text(saved?.churn_date) ?? text(record?.date),
    churnNote: text(record?.note),
    reason: savedReason.success
      ? savedReason.data
      : recordReason.success
        ? recordReason.data
        : 'other',
    couldHaveDone: text(saved?.could_have_done) ?? '',
    lessons: text(saved?.lessons) ?? '',
    updatedAt: text(saved?.updated_at),
  };
}

export function savePostMortem(
  db: Database,
  input: PostMortemInput,
  updatedAt: string,
): PostMortem {
  const current = getPostMortem(db, input.accountId);
  db.run(
    `INSERT INTO churn_postmortems (account_id, churn_date, reason, could_have_done, lessons, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(account_id) DO UPDATE SET churn_date = excluded.churn_date, reason = excluded.reason,
       could_have_done = excluded.could_have_done, lessons = excluded.lessons, updated_at = excluded.updated_at`,
    [
      input.accountId,
      input.churnDate ?? current.churnDate,
      input.reason,
      input.couldHaveDone,
      input.lessons,
      updatedAt,
    ],
  );
  return getPostMortem(db, input.accountId);
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
