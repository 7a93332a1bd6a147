// The importer's problems as catalogue keys with values, so the wizard shows them in the
// reader's language. Every key here must be translated in src/shared/i18n/import-messages.ts (a
// type error otherwise); main also renders each one in English for the CLI and its error files.
import type { DataKind } from '../../domain/kinds';
import { CSV_MESSAGE_KEYS } from './csv-messages';
import { MAP_MESSAGE_KEYS } from './map-messages';
import { READ_MESSAGE_KEYS } from './read-messages';

export * from './csv-messages';

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
  'import.row.cellTooLong',
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
  // A whole file refused: the AppError's details, with the file's name as {file}.
  'import.file.missing',
  'import.file.notAFile',
  'import.file.tooLarge',
  'import.file.empty',
  'import.file.oldExcel',
  'import.file.notXlsx',
  'import.file.notWorkbook',
  'import.file.notSpreadsheet',
  'import.file.unreadable',
  'import.file.refused',
  'import.file.tooManyCells',
  // Why a workbook could not be read (import.file.unreadable) or was refused (import.file.refused).
  'import.reason.noDirectory',
  'import.reason.zip64',
  'import.reason.directoryPastEnd',
  'import.reason.directoryDamaged',
  'import.reason.tooManyParts',
  'import.reason.encrypted',
  'import.reason.partZip64',
  'import.reason.expands',
  'import.reason.expandsTo',
  'import.reason.partMissing',
  'import.reason.partDamaged',
  'import.reason.partCutShort',
  'import.reason.compression',
  'import.reason.rowTooLarge',
  'import.reason.rowOrder',
  'import.reason.cellRange',
  // An import the user cancelled, closed, or chose sheets of that cannot be imported.
  'import.session.cancelled',
  'import.session.closed',
  'import.session.noSheet',
  'import.session.sheetRefused',
  // A row inside the data that is not a record, skipped (not a problem) with its reason.
  'import.skip.total',
  'import.skip.header',
  'import.skip.note',
  'import.skip.page',
  'import.skip.notData',
  // Delimited-text files: their bounds and encodings.
  ...CSV_MESSAGE_KEYS,
  // Header mapping: a sheet whose kind the importer is not sure of.
  ...MAP_MESSAGE_KEYS,
  // Workbooks: formats not read, and the reader's bounds.
  ...READ_MESSAGE_KEYS,
] as const;

export type ImportMessageKey = (typeof IMPORT_MESSAGE_KEYS)[number];

/**
 * A value in an importer message. Text and numbers are shown as they are (they come from the
 * user's file); `field` names one of the sheet kind's fields by id and `fields` lists several,
 * each an id or a group of ids of which one is needed: both are shown as the fields' labels.
 * `count` is a quantity of the importer's own (a limit, a size), grouped as the reader's
 * language groups digits; `message` is another message worded inside this one, with the kind
 * whose fields it names when that differs from the outer message's.
 */
export type ImportMessageParam =
  | string
  | number
  | { field: string }
  | { fields: readonly (string | readonly string[])[] }
  | { count: number }
  | { message: ImportMessage; kind?: DataKind | null };

export interface ImportMessage {
  key: ImportMessageKey;
  params: Readonly<Record<string, ImportMessageParam>>;
}
