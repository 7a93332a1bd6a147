// Why the workbook reader refuses a file, as catalogue keys (worded in
// src/shared/i18n/read-messages.ts); spread into IMPORT_MESSAGE_KEYS.

export const READ_MESSAGE_KEYS = [
  // A whole file refused, with the file's name as {file}.
  'import.file.otherFormat',
  'import.file.noWorksheets',
  // Why a workbook was refused (inside import.file.refused or import.file.unreadable).
  'import.reason.rowBeyond',
  'import.reason.tagTooLarge',
  'import.reason.textTooLarge',
  'import.reason.unexpected',
] as const;

export type ReadMessageKey = (typeof READ_MESSAGE_KEYS)[number];
