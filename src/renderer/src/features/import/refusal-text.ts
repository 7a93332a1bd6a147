// A failed import request in the reader's language: main sends the importer's refusals as a
// message in the error's details beside their English text, which stays the fallback for any
// other failure (a workspace that cannot be written, say).
import { renderImportMessage } from '../../../../shared/i18n/import-message';
import { IMPORT_MESSAGE_KEYS } from '../../../../shared/ipc/contract/import-messages';
import type { ImportMessage } from '../../../../shared/ipc/contract/import-messages';
import type { Locale } from '../../../../shared/ipc/contract/workspace';

const KEYS: ReadonlySet<string> = new Set(IMPORT_MESSAGE_KEYS);

function importMessage(details: unknown): ImportMessage | null {
  if (typeof details !== 'object' || details === null) return null;
  const { key, params } = details as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !KEYS.has(key)) return null;
  if (typeof params !== 'object' || params === null) return null;
  return details as ImportMessage;
}

export function refusalText(locale: Locale, err: Error): string {
  const message = importMessage((err as { details?: unknown }).details);
  return message ? renderImportMessage(locale, null, message) : err.message;
}
