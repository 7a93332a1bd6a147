// The importer's problems as catalogue keys with values, so the wizard shows them in the
// reader's language. Every key here must be translated in src/shared/i18n/import.ts (a type
// error otherwise); main also renders each one in English for the CLI and its error files.

export const IMPORT_MESSAGE_KEYS = [
  // A sheet that cannot be imported at all.
  'import.sheet.noHeader',
  'import.sheet.unrecognised',
  'import.sheet.unmapped',
  'import.sheet.wideUnmapped',
  'import.sheet.skipped',
  // A cell whose value does not read as its field's type.
  'import.value.notNumber',
  'import.value.expectedNumber',
  'import.value.notWhole',
  'import.value.excelError',
  'import.value.expectedYesNo',
  'import.value.notYesNo',
  'import.value.expectedDate',
  'import.value.notDate',
  'import.value.invalidDate',
  'import.value.invalidDateDMY',
  'import.value.invalidDateMDY',
  // A row that reads but cannot become a record.
  'import.row.required',
  'import.row.duplicateId',
  'import.row.duplicateKey',
  'import.row.noAccount',
  'import.row.unknownSubscription',
  'import.row.notSurveyType',
  'import.row.noScore',
  'import.row.notPriority',
  'import.row.noTitle',
  'import.row.noMrr',
  'import.row.notGroup',
  'import.row.notDirection',
  'import.row.noName',
  'import.row.currency',
  'import.row.atLeast',
  'import.row.above',
  'import.row.atMost',
  'import.row.below',
  'import.row.invalid',
  'import.row.failed',
] as const;

export type ImportMessageKey = (typeof IMPORT_MESSAGE_KEYS)[number];

/**
 * A value in an importer message. Text and numbers are shown as they are (they come from the
 * user's file); `field` names one of the sheet kind's fields by id and `fields` lists several,
 * each an id or a group of ids of which one is needed: both are shown as the fields' labels.
 */
export type ImportMessageParam =
  string | number | { field: string } | { fields: readonly (string | readonly string[])[] };

export interface ImportMessage {
  key: ImportMessageKey;
  params: Readonly<Record<string, ImportMessageParam>>;
}
