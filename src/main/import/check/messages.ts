// The importer's problems leave main as catalogue keys with values (the wizard words them in the
// reader's language) and with their English text, which the CLI and error files print.
import type { z } from 'zod';
import type { DataKind } from '../../../shared/domain/kinds';
import type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParam,
  RowError,
} from '../../../shared/ipc/contract';
import { renderImportMessage } from '../../../shared/i18n/import-message';

export const message = (
  key: ImportMessageKey,
  params: Readonly<Record<string, ImportMessageParam>> = {},
): ImportMessage => ({ key, params });

export function rowError(
  kind: DataKind,
  row: number,
  column: string | null,
  problem: ImportMessage,
): RowError {
  return {
    row,
    column,
    key: problem.key,
    params: problem.params,
    message: renderImportMessage('en', kind, problem),
  };
}

/** A sheet's refusal, in English and as a message. */
export function sheetProblem(
  kind: DataKind | null,
  problem: ImportMessage,
): { problem: string; problemMessage: ImportMessage } {
  return { problem: renderImportMessage('en', kind, problem), problemMessage: problem };
}

type Issue = z.ZodError['issues'][number];

/**
 * What an entity schema's complaint means for the person fixing the file. The parsers and kinds
 * already catch what a cell can get wrong, so these are the few rules only the schema knows
 * (a currency code, alpha between 0 and 1, a value the row left empty).
 */
export function issueMessage(
  issue: Issue,
  entity: Readonly<Record<string, unknown>>,
): ImportMessage {
  const fieldId = String(issue.path[0] ?? '');
  const field = { field: fieldId };
  const value = entity[fieldId];
  const empty = value === null || value === undefined || value === '';
  if (empty && (issue.code === 'invalid_type' || issue.code === 'too_small'))
    return message('import.row.required', { field });
  if (issue.code === 'too_small' && issue.origin === 'number') {
    const limit = Number(issue.minimum);
    return message(issue.inclusive ? 'import.row.atLeast' : 'import.row.above', { field, limit });
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    const limit = Number(issue.maximum);
    return message(issue.inclusive ? 'import.row.atMost' : 'import.row.below', { field, limit });
  }
  if (issue.code === 'invalid_format' && fieldId === 'currency')
    return message('import.row.currency', { value: String(value) });
  return message('import.row.invalid', { field, value: String(value) });
}
