// How the wizard names sheets, fields and notes, shared by the sheet cards and the summary.
import type { DataKind } from '../../../../shared/domain/kinds';
import type { ImportMessage } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { en } from '../../../../shared/i18n/en';
import { fieldLabelKey } from '../../../../shared/i18n/import-message';

export { fieldLabelKey };

/** "file · sheet", or just the file for a CSV, whose one sheet is named after the file anyway. */
export function sheetTitle(fileName: string, sheetName: string): string {
  return fileName.replace(/\.[^.]+$/, '') === sheetName ? fileName : `${fileName} · ${sheetName}`;
}

/** The problem a sheet shows once the user chose not to import it. */
export const SKIPPED_SHEET: ImportMessage = { key: 'import.sheet.skipped', params: {} };

/** Identifies a sheet across the preview and the commit's summary. */
export const summaryKey = (fileName: string, sheetName: string) => `${fileName}#${sheetName}`;

/** A note's parameters with its counts in the reader's number format. */
export function noteParams(
  params: Record<string, string | number>,
  number: (n: number) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]),
  );
}

/**
 * A field's label in the reader's language. A field the importer gained without a label (a unit
 * test forbids it) shows its code name rather than breaking the wizard.
 */
export function fieldLabel(
  t: (key: MessageKey) => string,
  kind: DataKind,
  fieldId: string,
): string {
  const key = fieldLabelKey(kind, fieldId);
  return key in en ? t(key as MessageKey) : fieldId;
}
