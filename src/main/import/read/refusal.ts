// Refusals of a whole file or import. The AppError's message is English, which the CLI prints;
// its details are the message itself, which the wizard words in the reader's language.
import type {
  ImportMessage,
  ImportMessageKey,
  ImportMessageParam,
} from '../../../shared/ipc/contract';
import { renderImportMessage } from '../../../shared/i18n/import-message';
import type { ErrorCode } from '../../../shared/ipc/result';
import { AppError } from '../../../shared/ipc/result';
import { message } from '../check/messages';

type Params = Readonly<Record<string, ImportMessageParam>>;

export function refusal(code: ErrorCode, key: ImportMessageKey, params: Params = {}): AppError {
  const problem = message(key, params);
  return new AppError(code, renderImportMessage('en', null, problem), problem);
}

export const cancelled = (): AppError => refusal('CANCELLED', 'import.session.cancelled');

/**
 * Why part of a workbook cannot be read, thrown by the zip and XML readers, which do not know
 * the file's name; read-file.ts refuses the file with it as the reason.
 */
export class WorkbookDamage extends Error {
  constructor(readonly reason: ImportMessage) {
    super(renderImportMessage('en', null, reason));
    this.name = 'WorkbookDamage';
  }
}

export const damage = (key: ImportMessageKey, params: Params = {}): WorkbookDamage =>
  new WorkbookDamage(message(key, params));
